namespace HelseIndicators.Model;

/// <summary>
/// The size class of a firm by its employees (full-time equivalents), after EU recommendation 2003/361 as
/// Eurostat's structural business statistics apply it: by employees only.
/// </summary>
/// <remarks>Values are explicit and never renumbered. See <see cref="SizeClasses"/> for the thresholds and ids.</remarks>
public enum SizeClass
{
    /// <summary>Fewer than 10 FTE (<c>micro</c>).</summary>
    Micro = 1,

    /// <summary>10 to under 50 FTE (<c>small</c>).</summary>
    Small = 2,

    /// <summary>50 to under 250 FTE (<c>medium</c>).</summary>
    Medium = 3,

    /// <summary>250 FTE or more (<c>large</c>).</summary>
    Large = 4,

    /// <summary>Employees not reported (<c>unknown</c>).</summary>
    Unknown = 5,
}
