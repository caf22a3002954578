using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Sample;

namespace HelseIndicators.Tests.Sample;

public class SyntheticPanelProperties
{
    private static Arbitrary<SyntheticPanelOptions> SmallOptions() =>
        (from firms in Gen.Choose(1, 200)
         from first in Gen.Choose(1990, 2030)
         from span in Gen.Choose(1, 10)
         from seed in Gen.Choose(int.MinValue, int.MaxValue)
         select new SyntheticPanelOptions { Firms = firms, FromYear = first, ToYear = first + span - 1, Seed = seed * 7919L })
        .ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Generate_SmallOptions_EveryRowValidAndInSpan() =>
        Prop.ForAll(SmallOptions(), options =>
        {
            var rows = SyntheticPanel.Generate(options).ToList();
            return rows.All(r => r.Validate().Count == 0 && r.Year >= options.FromYear && r.Year <= options.ToYear && r.Revenue >= 0)
                && rows.Select(r => r.OrganisationNumber).Distinct().Count() == options.Firms
                && rows.GroupBy(r => r.Year).All(g => g.Select(r => r.OrganisationNumber).Distinct().Count() == g.Count());
        });

    [Property(MaxTest = 40)]
    public Property Generate_SmallOptions_IsDeterministic() =>
        Prop.ForAll(SmallOptions(), options =>
            SyntheticPanel.Generate(options).SequenceEqual(SyntheticPanel.Generate(options with { }).ToList()));
}
