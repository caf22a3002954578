using System.Globalization;
using HelseIndicators.Aggregation;
using HelseIndicators.Model;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>The parameters of a <see cref="DisclosureAudit"/>: how the microdata is classified, which cells are
/// sensitive, how much protection they need, and how large a problem the audit takes on.</summary>
/// <remarks>
/// <para>Defaults (<see cref="Default"/>): the default taxonomy, no firm list, the primary rules of
/// <see cref="DisclosureControlOptions.Default"/> (at least 3 firms, (n, k) = (2, 85)), a protection level p = 0.10
/// and at most 20 000 unknowns.</para>
/// <para>Range: 0 ≤ <see cref="ProtectionLevel"/> &lt; 1; <see cref="MaxUnknowns"/> ≥ 1; <see cref="Disclosure"/> as
/// <see cref="DisclosureControlOptions.Validate"/> checks it. <see cref="DisclosureControlOptions.Enabled"/> is ignored:
/// the audit always applies the rules' parameters, since a publication released without control is the one that most
/// needs auditing. <see cref="Validate"/> checks the ranges.</para>
/// <para>Equality: value equality (a record; the taxonomy and firm list by reference). Thread safety: immutable.</para>
/// </remarks>
public sealed record DisclosureAuditOptions
{
    /// <summary>The default largest number of unknowns (<see cref="MaxUnknowns"/>).</summary>
    public const int DefaultMaxUnknowns = 20_000;

    /// <summary>Gets the default options.</summary>
    public static DisclosureAuditOptions Default { get; } = new();

    /// <summary>Gets the taxonomy the publication was computed with; default <see cref="Taxonomy.Default"/>.</summary>
    public Taxonomy Taxonomy { get; init; } = Taxonomy.Default;

    /// <summary>Gets the firm list the publication was computed with; default null (none).</summary>
    public FirmList? FirmList { get; init; }

    /// <summary>Gets the primary rules that decide which cells are sensitive; default
    /// <see cref="DisclosureControlOptions.Default"/>.</summary>
    public DisclosureControlOptions Disclosure { get; init; } = DisclosureControlOptions.Default;

    /// <summary>Gets the protection level p of INDICATORS.md §5.1: the intruder must not prove an upper bound below
    /// v + p·|v| nor a lower bound above v − p·|v|; default 0.10.</summary>
    public decimal ProtectionLevel { get; init; } = 0.10m;

    /// <summary>Gets the largest number of unknowns the audit solves for (firm values in at least one released
    /// equation, after interchangeable firm-years are merged); default 20 000. Beyond it
    /// <see cref="DisclosureAudit.Run"/> throws rather than run for hours.</summary>
    public int MaxUnknowns { get; init; } = DefaultMaxUnknowns;

    /// <summary>Checks the ranges.</summary>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    /// <exception cref="ArgumentNullException"><see cref="Taxonomy"/> or <see cref="Disclosure"/> is null.</exception>
    public DisclosureAuditOptions Validate()
    {
        ArgumentNullException.ThrowIfNull(Taxonomy);
        ArgumentNullException.ThrowIfNull(Disclosure);
        _ = Disclosure.Validate();
        if (ProtectionLevel is < 0m or >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(ProtectionLevel), ProtectionLevel, "The protection level is a fraction in [0, 1), such as 0.1.");
        }

        if (MaxUnknowns < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxUnknowns), MaxUnknowns, "The largest number of unknowns must be at least 1.");
        }

        return this;
    }

    /// <summary>Describes the rules: "min 3 firms, (n,k) = (2,85), p = 0.1".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"min {Disclosure.MinFirms} firms, (n,k) = ({Disclosure.DominanceN},{Disclosure.DominanceK}), p = {ProtectionLevel / 1.0000000000000000000000000000m}");
}
