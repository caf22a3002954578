using HelseIndicators.Model;
using HelseIndicators.Tests.Laws;
using NodaTime;

namespace HelseIndicators.Tests.Model;

public class ValueTypesTests
{
    [Theory]
    [InlineData("NOK", "NOK")]
    [InlineData("eur", "EUR")]
    [InlineData(" sek ", "SEK")]
    public void Currency_Parse_UpperCases(string text, string code) => Assert.Equal(code, Currency.Parse(text).Value.Code);

    [Theory]
    [InlineData("NO")]
    [InlineData("NOK1")]
    [InlineData("kr.")]
    [InlineData(null)]
    public void Currency_Parse_Refuses(string? text) => Assert.False(Currency.Parse(text).Success);

    [Fact]
    public void Currency_DefaultIsNok_AndFollowsTheLaws()
    {
        Assert.Equal(Currency.Nok, default);
        EqualityLaws.AssertEqualityLaws(Currency.Of("NOK"), default, Currency.Eur);
    }

    [Fact]
    public void PriceBasis_TextForm_RoundTrips()
    {
        Assert.Equal("current", PriceBasis.Current.ToString());
        Assert.Equal("constant-2015", PriceBasis.ConstantPrices(2015).ToString());
        Assert.Equal(PriceBasis.ConstantPrices(2015), PriceBasis.Parse("constant-2015").Value);
        Assert.Equal(PriceBasis.Current, PriceBasis.Parse("current").Value);
        Assert.False(PriceBasis.Parse("constant-").Success);
        Assert.False(PriceBasis.Parse("real").Success);
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceBasis.ConstantPrices(0));
        EqualityLaws.AssertEqualityLaws(PriceBasis.ConstantPrices(2015), PriceBasis.Parse("constant-2015").Value, PriceBasis.Current);
    }

    [Fact]
    public void FiscalPeriod_IsAssignedToTheYearItEnds()
    {
        var split = new FiscalPeriod(new LocalDate(2014, 7, 1), new LocalDate(2015, 6, 30));
        Assert.Equal(2015, split.FiscalYear);
        Assert.Equal(365, split.Days);
        Assert.Equal(2016, FiscalPeriod.CalendarYear(2016).FiscalYear);
        Assert.Equal(366, FiscalPeriod.CalendarYear(2016).Days);
        Assert.Throws<ArgumentException>(() => new FiscalPeriod(new LocalDate(2015, 1, 2), new LocalDate(2015, 1, 1)));
        EqualityLaws.AssertOrderingLaws(split, FiscalPeriod.CalendarYear(2015));
    }

    [Theory]
    [InlineData(null, SizeClass.Unknown)]
    [InlineData("0", SizeClass.Micro)]
    [InlineData("9.99", SizeClass.Micro)]
    [InlineData("10", SizeClass.Small)]
    [InlineData("49.5", SizeClass.Small)]
    [InlineData("50", SizeClass.Medium)]
    [InlineData("249.99", SizeClass.Medium)]
    [InlineData("250", SizeClass.Large)]
    [InlineData("12000", SizeClass.Large)]
    public void SizeClasses_Thresholds(string? employees, SizeClass expected) =>
        Assert.Equal(expected, SizeClasses.FromEmployees(employees is null ? null : decimal.Parse(employees, System.Globalization.CultureInfo.InvariantCulture)));

    // A file may write "-0"; it is 0 employees, not a negative number (decimal keeps its sign, and
    // ArgumentOutOfRangeException.ThrowIfNegative refused it, so a read by size class failed).
    [Fact]
    public void SizeClasses_NegativeZero_IsMicro() =>
        Assert.Equal(SizeClass.Micro, SizeClasses.FromEmployees(new decimal(0, 0, 0, isNegative: true, scale: 1)));

    [Fact]
    public void SizeClasses_Ids_RoundTrip()
    {
        Assert.All(SizeClasses.All, c => Assert.Equal(c, SizeClasses.Parse(SizeClasses.Id(c)).Value));
        Assert.False(SizeClasses.Parse("tiny").Success);
        Assert.Throws<ArgumentOutOfRangeException>(() => SizeClasses.FromEmployees(-1m));
    }

    [Fact]
    public void PriceIndex_DeflationFactor_AndMissingYear()
    {
        var index = new PriceIndex([new(2015, 100m), new(2020, 110m)], "KPI");
        Assert.Equal(100m / 110m, index.DeflationFactor(2020, 2015));
        var missing = Assert.Throws<KeyNotFoundException>(() => index.IndexOf(2018));
        Assert.Contains("2018", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PriceIndex([new(2015, 0m)]));
        Assert.Throws<ArgumentException>(() => new PriceIndex([new(2015, 1m), new(2015, 2m)]));
    }

    [Fact]
    public void YearSeries_IsOrdered_AndKeepsMissingValues()
    {
        var series = new YearSeries([new(2016, 3m), new(2014, 1m), new(2015, null)], "x", "NOK");
        Assert.Equal([2014, 2015, 2016], series.Years);
        Assert.True(series.TryGetValue(2015, out var missing));
        Assert.Null(missing);
        Assert.False(series.TryGetValue(2013, out _));
        Assert.Equal(3m, series.ValueOf(2016));
        Assert.Throws<ArgumentException>(() => new YearSeries([new(2014, 1m), new(2014, 2m)]));
    }

    [Fact]
    public void ParseResult_Failure_ThrowsFormatExceptionOnValue()
    {
        var failure = ParseResult<int>.ForError("bad");
        Assert.Equal("bad", Assert.Throws<FormatException>(() => failure.Value).Message);
        Assert.False(failure.TryGetValue(out _));
        Assert.Equal(7, failure.GetValueOrDefault(7));
        Assert.False(default(ParseResult<int>).Success);
        Assert.Throws<InvalidOperationException>(() => ParseResult<int>.ForValue(1).Exception);
    }
}
