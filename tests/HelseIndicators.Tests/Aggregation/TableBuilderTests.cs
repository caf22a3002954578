using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;

namespace HelseIndicators.Tests.Aggregation;

public class TableBuilderTests
{
    [Property]
    public Property Build_InParallelPartitionsOfYears_EqualsOnePass() => Prop.ForAll(
        Gen.Choose(0, 1_000_000).ToArbitrary(),
        Gen.Choose(2, 5).ToArbitrary(),
        Gen.Elements(true, false).ToArbitrary(),
        (seed, parts, disclosure) =>
        {
            var aggregate = new PanelAggregate();
            IndicatorEngineProperties.RandomPanel(seed).ForEach(r => aggregate.Add(r));
            var request = new IndicatorRequest
            {
                Dimensions = [GroupDimension.Segment, GroupDimension.County],
                Disclosure = disclosure ? DisclosureControlOptions.Default : DisclosureControlOptions.Disabled,
            };
            var one = aggregate.Build(request, DisclosureControlOptions.Default, partitions: 1);
            var parallel = aggregate.Build(request, DisclosureControlOptions.Default, partitions: parts);
            return one.SequenceEqual(parallel) && one.Groups.SequenceEqual(parallel.Groups);
        });

    [Fact]
    public void Build_InParallelPartitions_GivesTheHandComputedPanel()
    {
        var aggregate = new PanelAggregate();
        foreach (var row in IndicatorEngineTests.Panel())
        {
            aggregate.Add(row);
        }

        var request = new IndicatorRequest { Dimensions = [GroupDimension.Segment], Disclosure = DisclosureControlOptions.Disabled };
        var table = aggregate.Build(request, DisclosureControlOptions.Default, partitions: 2);
        Assert.Equal(600m, table.Find(IndicatorId.Revenue, 2014, GroupKey.Total)!.Value);
        Assert.Equal(740m, table.Find(IndicatorId.Revenue, 2015, GroupKey.Total)!.Value);
        Assert.Equal(300m, table.Find(IndicatorId.Revenue, 2014, GroupKey.Of(GroupDimension.Segment, "pharma"))!.Value);
        Assert.True(table.SequenceEqual(aggregate.Build(request, DisclosureControlOptions.Default, partitions: 1)));
    }
}
