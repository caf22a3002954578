using HelseIndicators.Data.Csv;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Panel;

/// <summary>Options of <see cref="PanelCsvReader"/>.</summary>
/// <remarks>
/// Default value: strict, dialect detected, no taxonomy check, 1000 problems listed, years 1900–2100. Equality: by
/// value. Thread safety: immutable.
/// </remarks>
public sealed record PanelCsvOptions : CsvReadOptions
{
    /// <summary>Gets the default options.</summary>
    public static PanelCsvOptions Default { get; } = new();

    /// <summary>
    /// Gets a taxonomy whose segment ids the <c>segment</c> column is checked against, and whose classification
    /// version the <c>nace</c> column is read in; null (the default) checks no segment and reads SN2007 codes.
    /// </summary>
    public Taxonomy? Taxonomy { get; init; }

    /// <summary>Gets the earliest year accepted (default <see cref="PanelCsvReader.DefaultMinYear"/>; at least 1).</summary>
    public int MinYear { get; init; } = PanelCsvReader.DefaultMinYear;

    /// <summary>Gets the latest year accepted (default <see cref="PanelCsvReader.DefaultMaxYear"/>; at most 9999).</summary>
    public int MaxYear { get; init; } = PanelCsvReader.DefaultMaxYear;

    /// <summary>Lines added to the line numbers after the header (a part of a file read behind a copy of its header).</summary>
    internal long LineOffset { get; init; }

    /// <summary>Whether names are checked but not kept (an aggregate does not need them).</summary>
    internal bool SkipNames { get; init; }

    /// <summary>
    /// The order the rows must come in (<see cref="FirmGroupedOrder"/>, <see cref="YearGroupedOrder"/>), or null for
    /// any: in an order, the read keeps no key per row for duplicate detection and throws
    /// <see cref="PanelNotGroupedException"/> at the first firm-year out of that order.
    /// </summary>
    internal PanelRowOrder? RequiredOrder { get; init; }

    /// <summary>The number of rows expected, when known (sizes the duplicate detection); 0 = unknown.</summary>
    internal int ExpectedRows { get; init; }

    /// <summary>The firms seen by the parts of a read grouped by firm, shared by the parts (see
    /// <see cref="FirmGroupedOrder"/>); null = a set of the read's own.</summary>
    internal OrganisationNumberBits? FirmsSeen { get; init; }

    /// <summary>Whether the rows are a part of a file that follows another part (its first firm may go on from the
    /// part before).</summary>
    internal bool FollowsPart { get; init; }
}
