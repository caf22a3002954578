using System.Globalization;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Tests.Reporting.Tables;

public class DisplayFormatTests
{
    private static readonly CultureInfo s_nb = TableSamples.Nb;
    private static readonly CultureInfo s_en = TableSamples.En;
    private static string G => s_nb.NumberFormat.NumberGroupSeparator;
    private static string D => s_nb.NumberFormat.NumberDecimalSeparator;

    [Fact]
    public void Number_NbNo_UsesCultureSeparators() =>
        Assert.Equal($"1{G}234{D}5", DisplayFormat.Number(1234.5m, s_nb));

    [Fact]
    public void Number_Invariant_UsesCommaGroupsAndPoint() =>
        Assert.Equal("1,234.5", DisplayFormat.Number(1234.5m, CultureInfo.InvariantCulture));

    [Fact]
    public void Compact_Billions_UsesCultureWord()
    {
        Assert.Equal($"52{D}0\u00A0mrd.", DisplayFormat.Compact(52_000_000_000m, s_nb));
        Assert.Equal("52.0\u00A0bn", DisplayFormat.Compact(52_000_000_000m, s_en));
    }

    [Fact]
    public void Compact_Millions_UsesCultureWord()
    {
        Assert.Equal($"3{D}4\u00A0mill.", DisplayFormat.Compact(3_400_000m, s_nb));
        Assert.Equal("3.4\u00A0mn", DisplayFormat.Compact(3_400_000m, s_en));
    }

    [Fact]
    public void Compact_BelowAMillion_WritesFullNumber() =>
        Assert.Equal("999,999", DisplayFormat.Compact(999_999m, s_en));

    [Fact]
    public void Compact_Negative_KeepsCultureMinusSign() =>
        Assert.Equal($"{s_nb.NumberFormat.NegativeSign}3{D}5\u00A0mill.", DisplayFormat.Compact(-3_500_000m, s_nb));

    [Fact]
    public void Nok_NorwegianAndEnglish_PutCurrencyWhereReadersExpectIt()
    {
        Assert.Equal($"52{D}0\u00A0mrd.\u00A0kr", DisplayFormat.Nok(52_000_000_000m, s_nb));
        Assert.Equal("NOK\u00A020.0\u00A0bn", DisplayFormat.Nok(20_000_000_000m, s_en));
        Assert.Equal("NOK\u00A01,234", DisplayFormat.Nok(1234m, s_en, compact: false));
    }

    [Fact]
    public void Percent_OneDecimalInCulture()
    {
        var nb = DisplayFormat.Percent(0.4123m, s_nb);
        Assert.StartsWith($"41{D}2", nb);
        Assert.EndsWith("%", nb);
        Assert.Equal("41.2%", DisplayFormat.Percent(0.4123m, CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void Count_HasNoDecimals() => Assert.Equal($"1{G}235", DisplayFormat.Count(1234.6m, s_nb));

    [Fact]
    public void Value_PercentColumn_WritesPercentWithoutSign() =>
        Assert.Equal($"41{D}2", DisplayFormat.Value(0.4123m, CellFormat.Percent, 1, s_nb, false));

    [Theory]
    [InlineData("nb-NO", true)]
    [InlineData("nn-NO", true)]
    [InlineData("en-GB", false)]
    [InlineData("", false)]
    public void IsNorwegian_ByLanguage(string name, bool expected) =>
        Assert.Equal(expected, DisplayFormat.IsNorwegian(CultureInfo.GetCultureInfo(name)));

    [Fact]
    public void Number_DecimalsOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DisplayFormat.Number(1m, s_nb, 11));
}
