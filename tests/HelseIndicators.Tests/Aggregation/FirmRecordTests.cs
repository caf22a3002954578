using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using static HelseIndicators.Tests.Aggregation.TestFirms;

namespace HelseIndicators.Tests.Aggregation;

public class FirmRecordTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("12.50")]
    [InlineData("-12.5")]
    [InlineData("0.000")]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775807")]
    [InlineData("0.0000000000000000000000000001")]
    public void TrySet_FittingValue_ComesBackBitForBit(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var record = default(FirmRecord);
        Assert.True(record.TrySet(3, value));
        var back = record.Get(3);
        Assert.Equal(decimal.GetBits(value), decimal.GetBits(back));
        Assert.Equal(text, back.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-92233720368547758.08")]
    public void TrySet_MantissaBeyond63Bits_NeedsTheWideForm(string text)
    {
        var record = default(FirmRecord);
        Assert.False(record.TrySet(0, decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void TrySet_NegativeZero_NeedsTheWideForm()
    {
        var record = default(FirmRecord);
        Assert.False(record.TrySet(0, decimal.Negate(0m)));
    }

    [Property]
    public Property TrySet_AnyDecimal_IsExactOrWide() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(int.MinValue, int.MaxValue).SelectMany(lo => Gen.Choose(int.MinValue, int.MaxValue).SelectMany(mid =>
                Gen.Elements(0, 0, 0, 1, int.MaxValue).SelectMany(hi => Gen.Choose(0, 28).SelectMany(scale =>
                    Gen.Elements(false, true).Select(negative => new decimal(lo, mid, hi, negative, (byte)scale))))))),
            Gen.Choose(0, 6).ToArbitrary(),
            (value, f) =>
            {
                var record = default(FirmRecord);
                return !record.TrySet(f, value) || decimal.GetBits(record.Get(f)).SequenceEqual(decimal.GetBits(value));
            });

    [Fact]
    public void Compute_WideAndTrailingZeroValues_SumExactlyAsDecimals()
    {
        // 10^20 does not fit a 64-bit mantissa: that record is kept wide; 12.50 keeps its trailing zero.
        var big = 100_000_000_000_000_000_000m;
        var rows = new[]
        {
            Row(0, 2015, revenue: big, exports: 1m, county: "Oslo"),
            Row(1, 2015, revenue: 12.50m, exports: decimal.Negate(0m), county: "Viken"),
            Row(2, 2015, revenue: 0.25m, exports: 0.25m, county: "Oslo"),
        };
        var table = new IndicatorEngine().Compute(rows, new IndicatorRequest
        {
            Dimensions = [GroupDimension.County],
            Disclosure = DisclosureControlOptions.Disabled,
        });
        var revenue = table.Find(IndicatorId.Revenue, 2015, GroupKey.Total)!.Value!.Value;
        Assert.Equal(big + 12.50m + 0.25m, revenue);
        Assert.Equal("100000000000000000012.75", revenue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1.25m, table.Find(IndicatorId.Exports, 2015, GroupKey.Total)!.Value);
        Assert.Equal(big + 0.25m, table.Find(IndicatorId.Revenue, 2015, GroupKey.Of(GroupDimension.County, "Oslo"))!.Value);
        Assert.Equal(12.50m, table.Find(IndicatorId.Revenue, 2015, GroupKey.Of(GroupDimension.County, "Viken"))!.Value);
    }

    [Fact]
    public void Merge_WideRecordsAndCounties_AreCarriedOver()
    {
        var big = 100_000_000_000_000_000_000m;
        var request = new IndicatorRequest { Dimensions = [GroupDimension.County], Disclosure = DisclosureControlOptions.Disabled };
        var a = new PanelAggregate();
        a.Add(Row(0, 2015, revenue: 1m, county: "Oslo"));
        var b = new PanelAggregate(a.Taxonomy, a.FirmList);
        b.Add(Row(1, 2015, revenue: 2m, county: "Agder"));
        b.Add(Row(2, 2015, revenue: big, county: "Oslo"));
        b.Add(Row(3, 2015, revenue: 4m));
        a.Merge(b);
        var table = a.ToTable(request);
        Assert.Equal(1m + big, table.Find(IndicatorId.Revenue, 2015, GroupKey.Of(GroupDimension.County, "Oslo"))!.Value);
        Assert.Equal(2m, table.Find(IndicatorId.Revenue, 2015, GroupKey.Of(GroupDimension.County, "Agder"))!.Value);
        Assert.Equal(4m, table.Find(IndicatorId.Revenue, 2015, GroupKey.Of(GroupDimension.County, "unknown"))!.Value);
        Assert.Equal(big + 7m, table.Find(IndicatorId.Revenue, 2015, GroupKey.Total)!.Value);
    }
}
