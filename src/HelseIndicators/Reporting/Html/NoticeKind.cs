namespace HelseIndicators.Reporting.Html;

/// <summary>The kind of a notice box in an HTML document.</summary>
/// <remarks>The values are explicit and never renumbered. The default value 0 is not a valid kind.</remarks>
public enum NoticeKind
{
    /// <summary>Information, such as the sources used (a blue-grey box).</summary>
    Info = 1,

    /// <summary>A warning the reader must see, such as "synthetic data" or "disclosure control off" (an amber box with a thick border).</summary>
    Warning = 2,
}
