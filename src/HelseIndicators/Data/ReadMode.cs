namespace HelseIndicators.Data;

/// <summary>How a reader treats rows that break the rules.</summary>
/// <remarks>Values are explicit and never renumbered.</remarks>
public enum ReadMode
{
    /// <summary>The default: any row error fails the whole read, with every problem listed.</summary>
    Strict = 1,

    /// <summary>Bad rows are rejected and counted (rows read = rows used + rows rejected); good rows are used.</summary>
    Lenient = 2,
}
