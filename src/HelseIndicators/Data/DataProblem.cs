using System.Globalization;

namespace HelseIndicators.Data;

/// <summary>
/// One problem found while reading a data file: where it is (file, line, column), the value, and what is wrong and
/// what to do, in words a person can act on.
/// </summary>
/// <param name="Source">The file name or another description of the input, such as "panel.csv".</param>
/// <param name="Line">The 1-based line number, or 0 when the problem concerns the whole input.</param>
/// <param name="Column">The column name (or JSON path), or null when the problem concerns the whole line.</param>
/// <param name="Value">The offending text as read, or null.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <remarks>Equality: by value. Thread safety: immutable.</remarks>
public sealed record DataProblem(string Source, long Line, string? Column, string? Value, string Message)
{
    /// <summary>Formats as the command line prints it: <c>FILE:LINE: column: message</c> (INDICATORS.md §8).</summary>
    /// <returns>The problem on one line.</returns>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}") : Source;
        var value = Value is null ? "" : $" (value '{Value}')";
        return Column is null ? $"{where}: {Message}{value}" : $"{where}: {Column}: {Message}{value}";
    }
}
