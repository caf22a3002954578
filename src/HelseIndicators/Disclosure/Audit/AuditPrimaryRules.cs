using System.Globalization;
using HelseIndicators.Aggregation;
using HelseIndicators.Disclosure.Solving;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// The primary rules of INDICATORS.md §5, recomputed by the auditor on its own (independent of the engine's code): a
/// cell is sensitive when fewer than <see cref="DisclosureControlOptions.MinFirms"/> firms contribute, or when its
/// <see cref="DisclosureControlOptions.DominanceN"/> largest contributions by absolute value exceed
/// <see cref="DisclosureControlOptions.DominanceK"/> % of its total of absolute values (exactly k % is not sensitive;
/// a cell of zeros is not dominated). A set with no firm is not a cell.
/// </summary>
internal static class AuditPrimaryRules
{
    /// <summary>Why the sum is sensitive, or null when it is not (or has no firm).</summary>
    public static string? Sensitivity(AuditSum sum, AuditPanel panel, DisclosureControlOptions rules)
    {
        var n = sum.Firms.Count;
        if (n == 0)
        {
            return null;
        }

        if (n < rules.MinFirms)
        {
            return string.Create(CultureInfo.InvariantCulture, $"fewer than {rules.MinFirms} contributing firms ({n})");
        }

        var absolute = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            absolute[i] = Math.Abs(panel.FirmYears[sum.Firms.Indices[i]].Value(sum.Measure));
        }

        Array.Sort(absolute);
        var total = Rational.Zero;
        var largest = Rational.Zero;
        for (var i = 0; i < n; i++)
        {
            var a = Rational.FromDecimal(absolute[i]);
            total += a;
            if (i >= n - rules.DominanceN)
            {
                largest += a;
            }
        }

        return total.Sign > 0 && largest * 100 > Rational.FromDecimal(rules.DominanceK) * total
            ? string.Create(CultureInfo.InvariantCulture,
                $"the {rules.DominanceN} largest contributions exceed {rules.DominanceK} % of the total of absolute values")
            : null;
    }
}
