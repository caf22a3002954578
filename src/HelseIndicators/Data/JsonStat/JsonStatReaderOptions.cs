namespace HelseIndicators.Data.JsonStat;

/// <summary>Limits and leniencies of <see cref="JsonStatReader"/>.</summary>
/// <remarks>
/// Default value: the limits below; sizes given as strings accepted with a warning. Thread safety: a mutable options object; do not change
/// it while a read that uses it is running. Equality: by reference.
/// </remarks>
public sealed class JsonStatReaderOptions
{
    /// <summary>The default of <see cref="MaxCells"/>: 50 million cells.</summary>
    public const long DefaultMaxCells = 50_000_000;

    /// <summary>The default of <see cref="MaxDepth"/>: 64 levels.</summary>
    public const int DefaultMaxDepth = 64;

    private long _maxCells = DefaultMaxCells;
    private int _maxDepth = DefaultMaxDepth;

    /// <summary>Gets the shared default options (do not change them).</summary>
    internal static JsonStatReaderOptions Default { get; } = new();

    /// <summary>
    /// Gets or sets the largest accepted product of <c>size</c> (the cell count). A document above it is refused with
    /// <see cref="JsonStatErrorKind.TooManyCells"/> before any cell storage is allocated. Range 1 to
    /// <see cref="Array.MaxLength"/>; default <see cref="DefaultMaxCells"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public long MaxCells
    {
        get => _maxCells;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Array.MaxLength);
            _maxCells = value;
        }
    }

    /// <summary>
    /// Gets or sets the deepest JSON nesting accepted (passed to <see cref="System.Text.Json.JsonDocumentOptions.MaxDepth"/>).
    /// Range 8 to 1000; default <see cref="DefaultMaxDepth"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 8);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1000);
            _maxDepth = value;
        }
    }

    /// <summary>
    /// Gets or sets whether <c>size</c> entries given as JSON strings holding a positive integer (<c>["37","15"]</c>) are
    /// accepted. The JSON-stat schema requires integers, but real responses (CSO Ireland's JSON-stat 1.x API) send strings
    /// and jsonstat.py accepts them, so the default is <see langword="true"/>: such a document reads, with a
    /// <see cref="JsonStatErrorKind.SizeAsStrings"/> warning. Set <see langword="false"/> to validate strictly: the
    /// document is then refused with <see cref="JsonStatErrorKind.SizeInvalid"/>.
    /// </summary>
    public bool AllowSizeAsStrings { get; set; } = true;
}
