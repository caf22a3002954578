namespace HelseIndicators.Reporting.Tables;

/// <summary>
/// One cell of a <see cref="DisplayTable"/>: a number or a text, or a mark saying why there is no value
/// (<see cref="DisplayCellKind.Suppressed"/>, <see cref="DisplayCellKind.Undefined"/>, <see cref="DisplayCellKind.Missing"/>),
/// with an optional note that renderers show as a tooltip.
/// </summary>
/// <remarks>
/// Built through the factories (<see cref="FromNumber(decimal, string?)"/>, <see cref="FromText"/>,
/// <see cref="Suppressed"/>, <see cref="Undefined"/>, <see cref="Missing"/>). A cell of kind
/// <see cref="DisplayCellKind.Ok"/> holds either <see cref="Number"/> or <see cref="Text"/>; the other kinds hold
/// neither. Equality: by value (kind, number, text and note). Thread safety: immutable, safe to share.
/// </remarks>
public sealed class DisplayCell : IEquatable<DisplayCell>
{
    private DisplayCell(DisplayCellKind kind, decimal? number, string? text, string? note)
    {
        Kind = kind;
        Number = number;
        Text = text;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
    }

    /// <summary>Gets the kind of the cell.</summary>
    public DisplayCellKind Kind { get; }

    /// <summary>Gets the number, or null when the cell holds a text or no value.</summary>
    public decimal? Number { get; }

    /// <summary>Gets the text, or null when the cell holds a number or no value.</summary>
    public string? Text { get; }

    /// <summary>Gets the note (the reason for a mark, or a remark on a value), or null.</summary>
    public string? Note { get; }

    /// <summary>Gets an empty text cell.</summary>
    public static DisplayCell Empty { get; } = new(DisplayCellKind.Ok, null, "", null);

    /// <summary>Creates a cell holding a number.</summary>
    /// <param name="value">The number (a fraction for a percent column, NOK for an amount column).</param>
    /// <param name="note">An optional note, shown as a tooltip.</param>
    /// <returns>The cell.</returns>
    public static DisplayCell FromNumber(decimal value, string? note = null) => new(DisplayCellKind.Ok, value, null, note);

    /// <summary>Creates a cell holding a number, or a <see cref="DisplayCellKind.Missing"/> cell when it is null.</summary>
    /// <param name="value">The number or null.</param>
    /// <param name="note">An optional note, shown as a tooltip.</param>
    /// <returns>The cell.</returns>
    public static DisplayCell FromNumber(decimal? value, string? note = null) =>
        value is { } v ? FromNumber(v, note) : Missing(note);

    /// <summary>Creates a cell holding a text, such as a group name.</summary>
    /// <param name="text">The text; null is taken as empty. It is encoded by the renderers, never trusted as markup.</param>
    /// <param name="note">An optional note, shown as a tooltip.</param>
    /// <returns>The cell.</returns>
    public static DisplayCell FromText(string? text, string? note = null) => new(DisplayCellKind.Ok, null, text ?? "", note);

    /// <summary>Creates a cell withheld by disclosure control.</summary>
    /// <param name="reason">Why, such as "fewer than 3 firms"; optional.</param>
    /// <returns>The cell.</returns>
    public static DisplayCell Suppressed(string? reason = null) => new(DisplayCellKind.Suppressed, null, null, reason);

    /// <summary>Creates a cell whose value cannot be computed.</summary>
    /// <param name="reason">Why, such as "base is not positive"; optional.</param>
    /// <returns>The cell.</returns>
    public static DisplayCell Undefined(string? reason = null) => new(DisplayCellKind.Undefined, null, null, reason);

    /// <summary>Creates a cell whose value is absent from the data.</summary>
    /// <param name="note">An optional note.</param>
    /// <returns>The cell.</returns>
    public static DisplayCell Missing(string? note = null) => new(DisplayCellKind.Missing, null, null, note);

    /// <inheritdoc/>
    public bool Equals(DisplayCell? other) =>
        other is not null && Kind == other.Kind && Number == other.Number
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DisplayCell);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Number, Text, Note);

    /// <summary>Describes the cell for debugging: the kind and the value.</summary>
    /// <returns>For example "Ok 1234.5" or "Suppressed (fewer than 3 firms)".</returns>
    public override string ToString() => Kind switch
    {
        DisplayCellKind.Ok => Number is { } n ? "Ok " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Ok \"" + Text + "\"",
        _ => Note is null ? Kind.ToString() : $"{Kind} ({Note})",
    };
}
