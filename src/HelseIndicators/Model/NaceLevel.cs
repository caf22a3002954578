namespace HelseIndicators.Model;

/// <summary>The level of a <see cref="NaceCode"/> in the classification hierarchy, from the broadest.</summary>
/// <remarks>Values are explicit and never renumbered; a higher value is a finer level.</remarks>
public enum NaceLevel
{
    /// <summary>A section, a letter such as "C" (manufacturing).</summary>
    Section = 1,

    /// <summary>A division, two digits such as "21".</summary>
    Division = 2,

    /// <summary>A group, three digits such as "21.1".</summary>
    Group = 3,

    /// <summary>A class, four digits such as "21.10".</summary>
    Class = 4,

    /// <summary>A national subclass, five digits such as "21.100".</summary>
    Subclass = 5,
}
