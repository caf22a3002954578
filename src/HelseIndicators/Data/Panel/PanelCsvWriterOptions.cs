using HelseIndicators.Data.Csv;

namespace HelseIndicators.Data.Panel;

/// <summary>Options of <see cref="PanelCsvWriter"/>.</summary>
/// <remarks>Default value: comma dialect, LF line ends, no BOM. Equality: by value. Thread safety: immutable.</remarks>
public sealed record PanelCsvWriterOptions
{
    /// <summary>Gets the default options.</summary>
    public static PanelCsvWriterOptions Default { get; } = new();

    /// <summary>Gets the dialect; <see cref="CsvDialect.Comma"/> by default. Use <see cref="CsvDialect.Semicolon"/> for Norwegian Excel.</summary>
    public CsvDialect Dialect { get; init; } = CsvDialect.Comma;

    /// <summary>Gets the line end: "\n" (the default) or "\r\n".</summary>
    public string NewLine { get; init; } = "\n";

    /// <summary>Gets whether a UTF-8 byte order mark starts the file (Excel wants one to read UTF-8); false by default.</summary>
    public bool WriteByteOrderMark { get; init; }
}
