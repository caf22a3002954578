using HelseIndicators.Data.Csv;
using HelseIndicators.Model;

namespace HelseIndicators.Data.FirmLists;

/// <summary>Options of <see cref="FirmListCsvReader"/>.</summary>
/// <remarks>Default value: strict, dialect detected, no taxonomy check. Equality: by value. Thread safety: immutable.</remarks>
public sealed record FirmListCsvOptions : CsvReadOptions
{
    /// <summary>Gets the default options.</summary>
    public static FirmListCsvOptions Default { get; } = new();

    /// <summary>Gets a taxonomy whose segment ids the <c>segment</c> column is checked against; null (the default) checks none.</summary>
    public Taxonomy? Taxonomy { get; init; }
}
