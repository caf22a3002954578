namespace HelseIndicators.Reporting.Tables;

/// <summary>A column of a <see cref="DisplayTable"/>: its header, the unit shown in the header, its format and alignment.</summary>
/// <remarks>
/// The header shown is <see cref="HeaderText"/>: "Revenue (NOK)" for the header "Revenue" and the unit "NOK".
/// A percent column shows its unit in the header only: "Export share (%)" over cells "41,2"; its unit defaults to "%".
/// Defaults: numeric formats align right, text aligns left; decimals are 1 for <see cref="CellFormat.Number"/> and
/// <see cref="CellFormat.Percent"/>, 0 otherwise. Equality: by reference. Thread safety: immutable, safe to share.
/// </remarks>
public sealed class DisplayColumn
{
    /// <summary>Creates a column.</summary>
    /// <param name="header">The header text, such as "Revenue".</param>
    /// <param name="unit">The unit shown in the header, such as "NOK"; null or empty for none ("%" for a percent column).</param>
    /// <param name="format">How numbers are written; default <see cref="CellFormat.Text"/>.</param>
    /// <param name="alignment">The alignment; null chooses right for numeric formats and left for text.</param>
    /// <param name="decimals">Decimals of numbers, 0 to 10; null chooses the format's default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–10, or a enum value is undefined.</exception>
    public DisplayColumn(string header, string? unit = null, CellFormat format = CellFormat.Text,
        ColumnAlignment? alignment = null, int? decimals = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown cell format.");
        }

        if (alignment is { } a && !Enum.IsDefined(a))
        {
            throw new ArgumentOutOfRangeException(nameof(alignment), a, "Unknown alignment.");
        }

        if (decimals is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals must be between 0 and 10.");
        }

        Header = header;
        Unit = string.IsNullOrWhiteSpace(unit) ? (format == CellFormat.Percent ? "%" : null) : unit;
        Format = format;
        Alignment = alignment ?? (format == CellFormat.Text ? ColumnAlignment.Left : ColumnAlignment.Right);
        Decimals = decimals ?? (format is CellFormat.Number or CellFormat.Percent ? 1 : 0);
    }

    /// <summary>Gets the header, without the unit.</summary>
    public string Header { get; }

    /// <summary>Gets the unit, or null.</summary>
    public string? Unit { get; }

    /// <summary>Gets how numbers are written.</summary>
    public CellFormat Format { get; }

    /// <summary>Gets the alignment.</summary>
    public ColumnAlignment Alignment { get; }

    /// <summary>Gets the number of decimals.</summary>
    public int Decimals { get; }

    /// <summary>Gets the header as shown: "Revenue (NOK)", or "Revenue" when there is no unit.</summary>
    public string HeaderText => Unit is null ? Header : $"{Header} ({Unit})";

    /// <summary>Creates a text column (left aligned).</summary>
    /// <param name="header">The header.</param>
    /// <returns>The column.</returns>
    public static DisplayColumn ForText(string header) => new(header);

    /// <summary>Creates a NOK amount column: "Revenue (NOK)".</summary>
    /// <param name="header">The header.</param>
    /// <param name="unit">The unit; default "NOK".</param>
    /// <returns>The column.</returns>
    public static DisplayColumn ForAmount(string header, string unit = "NOK") => new(header, unit, CellFormat.Amount);

    /// <summary>Creates a percent column for ratios held as fractions: "Export share (%)".</summary>
    /// <param name="header">The header.</param>
    /// <param name="decimals">Decimals; default 1.</param>
    /// <returns>The column.</returns>
    public static DisplayColumn ForPercent(string header, int decimals = 1) => new(header, "%", CellFormat.Percent, decimals: decimals);

    /// <summary>Creates a count column.</summary>
    /// <param name="header">The header.</param>
    /// <param name="unit">An optional unit.</param>
    /// <returns>The column.</returns>
    public static DisplayColumn ForCount(string header, string? unit = null) => new(header, unit, CellFormat.Count);

    /// <summary>Creates a number column.</summary>
    /// <param name="header">The header.</param>
    /// <param name="unit">An optional unit, such as "FTE".</param>
    /// <param name="decimals">Decimals; default 1.</param>
    /// <returns>The column.</returns>
    public static DisplayColumn ForNumber(string header, string? unit = null, int decimals = 1) =>
        new(header, unit, CellFormat.Number, decimals: decimals);
}
