using HelseIndicators.Data;
using HelseIndicators.Data.Bronnoysund;
using HelseIndicators.Model;
using NodaTime;

namespace HelseIndicators.Tests.Data.Bronnoysund;

public class RegnskapsregisteretReaderTests
{
    private static IReadOnlyList<AnnualAccounts> Fixture() =>
        RegnskapsregisteretReader.ReadFile(EnhetsregisteretReaderTests.TestFile("regnskap-928765431.json"));

    [Fact]
    public void ReadFile_MapsEveryKey()
    {
        var filings = Fixture();

        Assert.Equal(4, filings.Count);
        var f = filings[0];
        Assert.Equal(OrganisationNumber.FromInt32(928765431), f.OrganisationNumber);
        Assert.Equal(new LocalDate(2023, 12, 31), f.PeriodEnd);
        Assert.Equal(new LocalDate(2023, 1, 1), f.PeriodStart);
        Assert.Equal(2023, f.Year);
        Assert.Equal(4216803L, f.Id);
        Assert.Equal("2024123456", f.JournalNumber);
        Assert.Equal("SELSKAP", f.AccountsType);
        Assert.False(f.IsGroupAccounts);
        Assert.Equal(Currency.Nok, f.Currency);
        Assert.Equal("AS", f.OrganisationalForm);
        Assert.True(f.IsParentCompany);
        Assert.False(f.SmallEnterprise);                          // regnkapsprinsipper (sic)
        Assert.Equal("regnskapslovenAlminneligRegler", f.AccountingRules);
        Assert.Equal(523_750_000.5m, f.Revenue);
        Assert.Equal(42_000_000m, f.OperatingProfit);
        Assert.Equal(176_300_000m, f.WageCosts);
        Assert.Equal(481_750_000.5m, f.OperatingCosts);
        Assert.Equal(31_098_600m, f.AnnualResult);
        Assert.Equal(412_350_000m, f.TotalAssets);
        Assert.Equal(188_400_000m, f.Equity);
        Assert.Equal(90_000_000m, f.PaidInEquity);                // sumInnskuttEgenkaptial (sic)
        Assert.Equal(223_950_000m, f.Debt);
    }

    [Fact]
    public void ReadFile_AbsentFieldsAreNullNotZero()
    {
        var filings = Fixture();

        Assert.Null(filings[1].WageCosts);        // loennskostnad absent
        Assert.Equal(-3_100_000m, filings[1].OperatingProfit);
        var shortYear = filings[3];
        Assert.Null(shortYear.OperatingProfit);    // driftsresultat: null
        Assert.Equal(0m, shortYear.Revenue);       // a published zero stays zero
        Assert.Null(shortYear.WageCosts);
        Assert.Null(shortYear.TotalAssets);
        Assert.Null(shortYear.PaidInEquity);
        Assert.False(shortYear.IsParentCompany);
        Assert.Equal(3511007L, shortYear.Id);
        Assert.Equal(Currency.Eur, shortYear.Currency);
        Assert.True(shortYear.SmallEnterprise);
    }

    [Fact]
    public void Read_CorrectlySpelledKeys_AreNotRead()
    {
        // The register publishes "regnkapsprinsipper" and "sumInnskuttEgenkaptial"; the "corrected" spellings are not its keys.
        var f = Assert.Single(RegnskapsregisteretReader.Parse("""
            [{"virksomhet":{"organisasjonsnummer":"928765431"},"regnskapsperiode":{"tilDato":"2023-12-31"},
              "regnskapsprinsipper":{"smaaForetak":true},
              "egenkapitalGjeld":{"egenkapital":{"innskuttEgenkapital":{"sumInnskuttEgenkapital":5}}}}]
            """));

        Assert.Null(f.SmallEnterprise);
        Assert.Null(f.PaidInEquity);
        Assert.Null(f.Revenue);
        Assert.Equal(Currency.Nok, f.Currency); // valuta absent: NOK
    }

    [Fact]
    public void ToFirmYears_CompanyAccounts_YearFromPeriodEnd()
    {
        var rows = RegnskapsregisteretReader.ToFirmYears(Fixture());

        Assert.Equal([2021, 2022, 2023], rows.Select(r => r.Year));
        var y2023 = rows[2];
        Assert.Equal(OrganisationNumber.FromInt32(928765431), y2023.OrganisationNumber);
        Assert.Equal(523_750_000.5m, y2023.Revenue);
        Assert.Equal(42_000_000m, y2023.OperatingProfit);
        Assert.Equal(176_300_000m, y2023.WageCosts);
        Assert.Null(y2023.Exports);
        Assert.Null(y2023.Depreciation);
        Assert.Null(rows[1].WageCosts);
        Assert.Equal(Currency.Eur, rows[0].Currency);
    }

    [Fact]
    public void ToFirmYears_GroupAccounts_OnlyWhenAsked()
    {
        var row = Assert.Single(RegnskapsregisteretReader.ToFirmYears(Fixture(), groupAccounts: true));
        Assert.Equal(610_000_000m, row.Revenue);
    }

    [Fact]
    public void ToFirmYears_TwoFilingsEndingInSameYear_Throws()
    {
        var a = new AnnualAccounts(OrganisationNumber.FromInt32(928765431), new LocalDate(2023, 6, 30));
        var b = a with { PeriodEnd = new LocalDate(2023, 12, 31) };

        var e = Assert.Throws<DataException>(() => RegnskapsregisteretReader.ToFirmYears([a, b]));
        Assert.Contains("two filings ending in 2023", Assert.Single(e.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToFirmYear_PeriodEndingInJanuary_BelongsToThatYear()
    {
        var a = new AnnualAccounts(OrganisationNumber.FromInt32(928765431), new LocalDate(2024, 1, 31)) { PeriodStart = new LocalDate(2023, 2, 1) };
        Assert.Equal(2024, a.ToFirmYear().Year);
    }

    [Theory]
    [InlineData("""[{"regnskapsperiode":{"tilDato":"2023-12-31"}}]""", "$[0].virksomhet.organisasjonsnummer")]
    [InlineData("""[{"virksomhet":{"organisasjonsnummer":"928765431"}}]""", "$[0].regnskapsperiode.tilDato")]
    [InlineData("""[{"virksomhet":{"organisasjonsnummer":"928765431"},"regnskapsperiode":{"tilDato":"2023-12-31"},"valuta":"kroner"}]""", "$[0].valuta")]
    [InlineData("""[{"virksomhet":{"organisasjonsnummer":"928765431"},"regnskapsperiode":{"tilDato":"2023-12-31"},"resultatregnskapResultat":{"driftsresultat":{"driftsinntekter":{"sumDriftsinntekter":"1 000"}}}}]""",
        "$[0].resultatregnskapResultat.driftsresultat.driftsinntekter.sumDriftsinntekter")]
    [InlineData("""[{"virksomhet":{"organisasjonsnummer":"928765431"},"regnskapsperiode":{"tilDato":"2023-12-31"}}, {"virksomhet": ]""", "$[1]")]
    [InlineData("""{"virksomhet":{"organisasjonsnummer":"928765431"},"regnskapsperiode":{"tilDato":2023}}""", "$.regnskapsperiode.tilDato")]
    public void Parse_BadJson_ThrowsDataExceptionWithPath(string json, string path)
    {
        var e = Assert.Throws<DataException>(() => RegnskapsregisteretReader.Parse(json));
        Assert.Equal(path, Assert.Single(e.Problems).Column);
    }

    [Fact]
    public void Parse_OneFilingObject_IsAccepted() =>
        Assert.Single(RegnskapsregisteretReader.Parse("""{"virksomhet":{"organisasjonsnummer":"928765431"},"regnskapsperiode":{"tilDato":"2023-12-31"}}"""));
}
