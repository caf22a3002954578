using System.Globalization;

namespace HelseIndicators.Reporting.Tables;

/// <summary>How a <see cref="DisplayTable"/> is rendered: culture, row cap, compact amounts, marks and HTML details.</summary>
/// <remarks>
/// Defaults: every row, amounts in full, <see cref="CellMarks.Standard"/>, a legend of the marks used, no style
/// block, CSS class "helse-table". Equality: by reference. Thread safety: immutable once built, safe to share.
/// </remarks>
public sealed class TableOptions
{
    private readonly int? _maxRows;

    /// <summary>Creates options for a culture.</summary>
    /// <param name="culture">The culture of numbers and words: nb-NO for Norwegian readers, en-GB or the invariant culture otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public TableOptions(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Culture = culture;
    }

    /// <summary>Gets the culture of numbers and words.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets the most rows shown, null for all; when rows are left out a last row says "(N more)".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? MaxRows
    {
        get => _maxRows;
        init
        {
            if (value is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The row cap cannot be negative.");
            }

            _maxRows = value;
        }
    }

    /// <summary>Gets whether amount columns are written compactly ("52,0 mrd." / "52.0 bn"); default false.</summary>
    public bool CompactAmounts { get; init; }

    /// <summary>Gets the marks of cells without a value; default <see cref="CellMarks.Standard"/>.</summary>
    public CellMarks Marks { get; init; } = CellMarks.Standard;

    /// <summary>Gets whether a legend explaining the marks used is written under the table; default true.</summary>
    public bool ShowMarkLegend { get; init; } = true;

    /// <summary>Gets whether the HTML renderer writes a small <c>&lt;style&gt;</c> block before the table; default false.</summary>
    public bool IncludeStyle { get; init; }

    /// <summary>Gets the CSS class of the HTML table; default "helse-table".</summary>
    public string CssClass { get; init; } = "helse-table";

    /// <summary>Gets the text of the row that says how many rows were left out: "(12 more)" or "(12 rader til)".</summary>
    /// <param name="count">The number of rows left out.</param>
    /// <returns>The text.</returns>
    public string MoreRowsText(int count)
    {
        var n = count.ToString("N0", Culture);
        return DisplayFormat.IsNorwegian(Culture) ? (count == 1 ? $"({n} rad til)" : $"({n} rader til)") : $"({n} more)";
    }
}
