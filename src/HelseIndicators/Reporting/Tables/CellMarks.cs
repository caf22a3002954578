using System.Globalization;

namespace HelseIndicators.Reporting.Tables;

/// <summary>
/// The marks written in place of a value that is not shown, and the words that explain them.
/// </summary>
/// <remarks>
/// The default, <see cref="Standard"/>, follows Statistics Norway's standard table symbols: <c>:</c> withheld for
/// confidentiality (suppressed by disclosure control), <c>.</c> cannot occur / cannot be computed (undefined),
/// <c>..</c> data not available (missing). A dash is deliberately not used: in official tables "-" means nil (zero).
/// Renderers also give each mark a CSS class (<c>suppressed</c>, <c>undefined</c>, <c>missing</c>) and a tooltip (the
/// kind's label and the cell's note). Equality: by reference. Thread safety: immutable, safe to share.
/// </remarks>
public sealed class CellMarks
{
    /// <summary>Creates a set of marks.</summary>
    /// <param name="suppressed">The mark of a suppressed cell.</param>
    /// <param name="undefined">The mark of an undefined cell.</param>
    /// <param name="missing">The mark of a missing cell.</param>
    /// <exception cref="ArgumentException">A mark is null or empty, or two marks are equal.</exception>
    public CellMarks(string suppressed, string undefined, string missing)
    {
        ArgumentException.ThrowIfNullOrEmpty(suppressed);
        ArgumentException.ThrowIfNullOrEmpty(undefined);
        ArgumentException.ThrowIfNullOrEmpty(missing);
        if (suppressed == undefined || suppressed == missing || undefined == missing)
        {
            throw new ArgumentException("The marks must differ from one another.", nameof(suppressed));
        }

        SuppressedMark = suppressed;
        UndefinedMark = undefined;
        MissingMark = missing;
    }

    /// <summary>Gets Statistics Norway's symbols: ":" suppressed, "." undefined, ".." missing.</summary>
    public static CellMarks Standard { get; } = new(":", ".", "..");

    /// <summary>Gets the mark of a suppressed cell.</summary>
    public string SuppressedMark { get; }

    /// <summary>Gets the mark of an undefined cell.</summary>
    public string UndefinedMark { get; }

    /// <summary>Gets the mark of a missing cell.</summary>
    public string MissingMark { get; }

    /// <summary>Gets the mark of a kind; the empty string for <see cref="DisplayCellKind.Ok"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The mark.</returns>
    public string MarkOf(DisplayCellKind kind) => kind switch
    {
        DisplayCellKind.Suppressed => SuppressedMark,
        DisplayCellKind.Undefined => UndefinedMark,
        DisplayCellKind.Missing => MissingMark,
        _ => "",
    };

    /// <summary>Gets the words that explain a kind, in the culture's language (Norwegian or English).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>For example "suppressed (disclosure control)" or "skjult (konfidensialitet)".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static string LabelOf(DisplayCellKind kind, CultureInfo culture)
    {
        var nb = DisplayFormat.IsNorwegian(culture);
        return kind switch
        {
            DisplayCellKind.Suppressed => nb ? "skjult (konfidensialitet)" : "suppressed (disclosure control)",
            DisplayCellKind.Undefined => nb ? "kan ikke beregnes" : "cannot be computed",
            DisplayCellKind.Missing => nb ? "mangler i dataene" : "missing in the data",
            _ => "",
        };
    }

    /// <summary>Gets the tooltip of a cell: the label of its kind, then its note: "suppressed (disclosure control): fewer than 3 firms".</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The tooltip; for a value, its note or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string? TooltipOf(DisplayCell cell, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Kind == DisplayCellKind.Ok)
        {
            return cell.Note;
        }

        var label = LabelOf(cell.Kind, culture);
        label = char.ToUpper(label[0], culture) + label[1..];
        return cell.Note is null ? label : label + ": " + cell.Note;
    }
}
