namespace HelseIndicators.Model;

/// <summary>Assigns size classes and names them.</summary>
/// <remarks>
/// The thresholds of INDICATORS.md §4 are stated in whole employees (micro &lt; 10, small 10–49, medium 50–249,
/// large ≥ 250). Employees are full-time equivalents and may have decimals, so the classes are read as half-open
/// intervals: [0, 10), [10, 50), [50, 250), [250, ∞). A firm with 49.5 FTE is small.
/// </remarks>
public static class SizeClasses
{
    /// <summary>Gets the size class for a number of employees.</summary>
    /// <param name="employees">Full-time equivalents, ≥ 0 (a negative zero is 0); null when not reported.</param>
    /// <returns>The size class; <see cref="SizeClass.Unknown"/> when <paramref name="employees"/> is null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="employees"/> is below 0.</exception>
    public static SizeClass FromEmployees(decimal? employees)
    {
        if (employees is not { } e)
        {
            return SizeClass.Unknown;
        }

        // A comparison, not ThrowIfNegative: that refuses a negative zero (−0, as a file may write it), which is 0.
        if (e < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(employees), e, "The number of employees must not be negative.");
        }

        return e switch
        {
            < 10m => SizeClass.Micro,
            < 50m => SizeClass.Small,
            < 250m => SizeClass.Medium,
            _ => SizeClass.Large,
        };
    }

    /// <summary>Gets the id used in files and output: micro, small, medium, large or unknown.</summary>
    /// <param name="sizeClass">The size class.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined size class.</exception>
    public static string Id(SizeClass sizeClass) => sizeClass switch
    {
        SizeClass.Micro => "micro",
        SizeClass.Small => "small",
        SizeClass.Medium => "medium",
        SizeClass.Large => "large",
        SizeClass.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(sizeClass), sizeClass, "Not a size class."),
    };

    /// <summary>Parses a size-class id.</summary>
    /// <param name="id">micro, small, medium, large or unknown.</param>
    /// <returns>The size class, or a failure.</returns>
    public static ParseResult<SizeClass> Parse(string? id) => id switch
    {
        "micro" => ParseResult<SizeClass>.ForValue(SizeClass.Micro),
        "small" => ParseResult<SizeClass>.ForValue(SizeClass.Small),
        "medium" => ParseResult<SizeClass>.ForValue(SizeClass.Medium),
        "large" => ParseResult<SizeClass>.ForValue(SizeClass.Large),
        "unknown" => ParseResult<SizeClass>.ForValue(SizeClass.Unknown),
        _ => ParseResult<SizeClass>.ForError($"'{id}' is not a size class: use micro, small, medium, large or unknown"),
    };

    /// <summary>Gets the size classes in order, <see cref="SizeClass.Unknown"/> last.</summary>
    public static IReadOnlyList<SizeClass> All { get; } = [SizeClass.Micro, SizeClass.Small, SizeClass.Medium, SizeClass.Large, SizeClass.Unknown];
}
