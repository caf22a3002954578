using System.Diagnostics.CodeAnalysis;

namespace HelseIndicators.Model;

/// <summary>
/// The outcome of parsing a text into a <typeparamref name="T"/>: either a value or a message that says
/// why the text is not one. Parsing returns this instead of throwing, so that readers of large files can
/// collect every problem.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks>
/// Range: a success holds a valid <typeparamref name="T"/>; a failure holds a non-empty message.
/// Default value: <c>default(ParseResult&lt;T&gt;)</c> is a failure with the message "no value was parsed".
/// Equality: reference semantics of the struct's fields (not meant for comparison).
/// Thread safety: immutable, safe to share between threads.
/// </remarks>
public readonly struct ParseResult<T>
{
    private readonly T _value;
    private readonly string? _error;
    private readonly bool _success;

    private ParseResult(T value, string? error, bool success)
    {
        _value = value;
        _error = error;
        _success = success;
    }

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The parsed value.</param>
    /// <returns>A result whose <see cref="Success"/> is true.</returns>
    public static ParseResult<T> ForValue(T value) => new(value, null, true);

    /// <summary>Creates a failed result.</summary>
    /// <param name="error">Why the text could not be parsed, in words a person can act on.</param>
    /// <returns>A result whose <see cref="Success"/> is false.</returns>
    /// <exception cref="ArgumentException"><paramref name="error"/> is null or empty.</exception>
    public static ParseResult<T> ForError(string error)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        return new(default!, error, false);
    }

    /// <summary>Gets whether the text was parsed.</summary>
    public bool Success => _success;

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="FormatException">The parse failed; the message says why.</exception>
    public T Value => _success ? _value : throw Exception;

    /// <summary>Gets why the parse failed, or null after a success.</summary>
    public string? Error => _success ? null : _error ?? "no value was parsed";

    /// <summary>Gets the exception that <see cref="Value"/> throws after a failure (a <see cref="FormatException"/>).</summary>
    /// <exception cref="InvalidOperationException">The parse succeeded.</exception>
    public FormatException Exception =>
        _success ? throw new InvalidOperationException("The parse succeeded; there is no exception.") : new FormatException(Error);

    /// <summary>Gets the value if the parse succeeded.</summary>
    /// <param name="value">The parsed value, or the default of <typeparamref name="T"/>.</param>
    /// <returns>Whether the parse succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return _success;
    }

    /// <summary>Gets the value, or <paramref name="fallback"/> after a failure.</summary>
    /// <param name="fallback">The value to return when the parse failed.</param>
    /// <returns>The parsed value or <paramref name="fallback"/>.</returns>
    public T GetValueOrDefault(T fallback) => _success ? _value : fallback;

    /// <inheritdoc/>
    public override string ToString() => _success ? $"Success: {_value}" : $"Failure: {Error}";
}
