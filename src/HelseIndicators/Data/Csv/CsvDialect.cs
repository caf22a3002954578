namespace HelseIndicators.Data.Csv;

/// <summary>The two CSV dialects the readers accept (INDICATORS.md §3), detected from the header row.</summary>
/// <remarks>Values are explicit and never renumbered.</remarks>
public enum CsvDialect
{
    /// <summary>Comma-separated with <c>.</c> as the decimal mark and RFC 4180 quoting: <c>1234.5</c>.</summary>
    Comma = 1,

    /// <summary>Semicolon-separated with <c>,</c> as the decimal mark, as Norwegian Excel writes it: <c>1234,5</c>.</summary>
    Semicolon = 2,
}
