using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Model;

public class FirmYearTests
{
    private static readonly OrganisationNumber s_firm = OrganisationNumber.FromInt32(974760673);

    [Fact]
    public void MissingFigures_AreNull_NotZero()
    {
        var row = new FirmYear(s_firm, 2015) { Revenue = 100m };
        Assert.Null(row.Exports);
        Assert.Null(row.GetMoney(AccountField.Exports));
        Assert.Equal(Money.Nok(100m), row.GetMoney(AccountField.Revenue));
        Assert.Equal(SizeClass.Unknown, row.SizeClass);
        Assert.Throws<ArgumentException>(() => row.GetMoney(AccountField.Employees));
    }

    [Fact]
    public void Validate_NegativeWhereNotAllowed_AndExportsAboveRevenue()
    {
        var row = new FirmYear(s_firm, 2015) { Revenue = 100m, Exports = 150m, WageCosts = -1m, OperatingProfit = -50m };
        var problems = row.Validate();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Field == AccountField.WageCosts && p.Message.Contains("must not be negative", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == AccountField.Exports && p.Message.Contains("greater than revenue", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ValidRow_HasNoProblems() =>
        Assert.Empty(new FirmYear(s_firm, 2015) { Revenue = 100m, Exports = 100m, OperatingProfit = -10m, Employees = 0m }.Validate());

    [Fact]
    public void AccountFields_IdsRoundTrip()
    {
        Assert.All(AccountFields.All, f =>
        {
            Assert.True(AccountFields.TryParse(AccountFields.Id(f), out var parsed));
            Assert.Equal(f, parsed);
        });
        Assert.False(AccountFields.TryParse("profit", out _));
        Assert.Equal(7, AccountFields.All.Count);
    }

    [Property]
    public Property WithThenGet_ReturnsTheValue()
    {
        var gen = from field in Gen.Elements(AccountFields.All.ToArray())
                  from value in ArbMap.Default.GeneratorFor<decimal?>()
                  select (field, value);
        return Prop.ForAll(gen.ToArbitrary(), p =>
        {
            var row = new FirmYear(s_firm, 2015).With(p.field, p.value);
            return row.Get(p.field) == p.value
                && AccountFields.All.Where(f => f != p.field).All(f => row.Get(f) is null);
        });
    }

    [Property]
    public bool Validate_FlagsExactlyTheNegativeNonProfitFields(decimal revenue, decimal wages, decimal profit)
    {
        var row = new FirmYear(s_firm, 2015) { Revenue = revenue, WageCosts = wages, OperatingProfit = profit };
        var problems = row.Validate();
        var expected = (revenue < 0 ? 1 : 0) + (wages < 0 ? 1 : 0);
        return problems.Count == expected && problems.All(p => p.Field != AccountField.OperatingProfit);
    }
}
