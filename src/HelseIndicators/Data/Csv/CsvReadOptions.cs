namespace HelseIndicators.Data.Csv;

/// <summary>Options shared by the CSV readers: mode, the name of the input in messages, the dialect and progress.</summary>
/// <remarks>
/// Default value: strict, dialect detected from the header, 1000 problems listed. Equality: by value. Thread safety:
/// immutable (the <see cref="Progress"/> sink is called on the reading thread).
/// </remarks>
public record CsvReadOptions
{
    /// <summary>Gets how rows that break the rules are treated; <see cref="ReadMode.Strict"/> by default.</summary>
    public ReadMode Mode { get; init; } = ReadMode.Strict;

    /// <summary>
    /// Gets the name of the input in messages (<c>FILE:LINE: column: message</c>); null means the file name when
    /// reading a path, else "input".
    /// </summary>
    public string? SourceName { get; init; }

    /// <summary>Gets the dialect, or null (the default) to detect it from the header row.</summary>
    public CsvDialect? Dialect { get; init; }

    /// <summary>
    /// Gets how many problems are listed (default 1000, at least 1); beyond it a final "…and N more problems" entry
    /// gives the count.
    /// </summary>
    public int MaxProblems { get; init; } = 1000;

    /// <summary>Gets a sink told the number of bytes read so far, after each buffer (64 KiB) read; null for none.</summary>
    public IProgress<long>? Progress { get; init; }

    internal string ResolveSource(string? path) =>
        SourceName ?? (path is null ? "input" : Path.GetFileName(path));
}
