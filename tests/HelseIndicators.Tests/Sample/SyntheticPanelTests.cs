using HelseIndicators.Model;
using HelseIndicators.Sample;
using static HelseIndicators.Tests.Sample.SamplePanelFacts;

namespace HelseIndicators.Tests.Sample;

public class SyntheticPanelTests
{
    private static readonly int[] s_years = Enumerable.Range(2010, 11).ToArray();

    [Fact]
    public void Generate_SameOptions_GivesIdenticalRows()
    {
        var options = SyntheticPanel.Default with { Firms = 300 };
        Assert.Equal(SyntheticPanel.Generate(options).ToList(), SyntheticPanel.Generate(options).ToList());
    }

    [Fact]
    public void Generate_EnumeratedTwice_GivesIdenticalRows()
    {
        var rows = SyntheticPanel.Generate(SyntheticPanel.Default with { Firms = 200 });
        Assert.Equal(rows.ToList(), rows.ToList());
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentRows()
    {
        var a = SyntheticPanel.Generate(SyntheticPanel.Default with { Firms = 300, Seed = 1 }).ToList();
        var b = SyntheticPanel.Generate(SyntheticPanel.Default with { Firms = 300, Seed = 2 }).ToList();
        Assert.NotEqual(a, b);
        Assert.NotEqual(Digest(a), Digest(b));
    }

    [Fact]
    public void Generate_Default_MatchesPinnedDigest()
    {
        // Pins the embedded sample: a change of generator, PRNG or maths shows here (and must be announced).
        Assert.Equal(SampleDigest, Digest(Rows));
    }

    internal const ulong SampleDigest = 7032745829401305177UL;

    [Fact]
    public void Generate_NoArgument_IsTheDefaultSample()
    {
        Assert.Equal(SyntheticPanel.Generate(null).Take(50), SyntheticPanel.Generate().Take(50));
        Assert.Equal(1500, SyntheticPanel.Default.Firms);
        Assert.Equal(2010, SyntheticPanel.Default.FromYear);
        Assert.Equal(2020, SyntheticPanel.Default.ToYear);
        Assert.Same(Taxonomy.Default, SyntheticPanel.Default.Taxonomy);
    }

    [Theory]
    [InlineData(0, 2010, 2020)]
    [InlineData(-5, 2010, 2020)]
    [InlineData(SyntheticPanel.MaxFirms + 1, 2010, 2020)]
    [InlineData(10, 2015, 2014)]
    [InlineData(10, 1899, 2000)]
    [InlineData(10, 2000, 2101)]
    public void Generate_OptionsOutOfRange_ThrowsAtOnce(int firms, int from, int to)
    {
        // Thrown by the call itself, before any enumeration.
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticPanel.Generate(new SyntheticPanelOptions { Firms = firms, FromYear = from, ToYear = to }));
    }

    [Fact]
    public void Generate_Default_EveryRowIsValid()
    {
        Assert.All(Rows, r => Assert.Empty(r.Validate()));
        Assert.All(Rows, r => Assert.InRange(r.Year, 2010, 2020));
    }

    [Fact]
    public void PublishedFigures_AreReproducedWithinTolerance()
    {
        Assert.Equal(7, SyntheticPanel.PublishedFigures.Count);
        foreach (var figure in SyntheticPanel.PublishedFigures)
        {
            var sample = LinkSum(figure.LinkId, figure.Field, figure.Year);
            var error = Math.Abs(sample / figure.Value - 1m);
            Assert.True(error <= figure.Tolerance, $"{figure.Description.English}: sample {sample}, error {error:P2}");
        }
    }

    [Fact]
    public void Calibration_Industry2014And2015_Within1Percent()
    {
        // The figures of INDICATORS.md §9, hand-written here rather than read from PublishedFigures.
        AssertWithin(47e9m, LinkSum("industry", AccountField.Revenue, 2014), 0.01m);
        AssertWithin(52e9m, LinkSum("industry", AccountField.Revenue, 2015), 0.01m);
        AssertWithin(20e9m, LinkSum("industry", AccountField.Exports, 2015), 0.01m);
        AssertWithin(2.55e9m, LinkSum("industry", AccountField.RdExpenditure, 2015), 0.01m);
        Assert.True(LinkSum("industry", AccountField.RdExpenditure, 2015) > 2.5e9m, "R&D is over 2.5 bn");
        // Export growth 2014 → 2015: 11 %.
        var growth = LinkSum("industry", AccountField.Exports, 2015) / LinkSum("industry", AccountField.Exports, 2014) - 1m;
        Assert.InRange(growth, 0.10m, 0.12m);
    }

    [Fact]
    public void Calibration_2017Split_Within3Percent()
    {
        AssertWithin(57e9m, LinkSum("industry", AccountField.Revenue, 2017), 0.03m);
        AssertWithin(51e9m, LinkSum("treatment", AccountField.Revenue, 2017), 0.03m);
        AssertWithin(34e9m, LinkSum("distribution", AccountField.Revenue, 2017), 0.03m);
        AssertWithin(142e9m, Sum(Rows.Where(r => r.Year == 2017), AccountField.Revenue), 0.03m);
    }

    [Fact]
    public void Calibration_OtherFirmCounts_ScaleTotalsByFirmsOver1500()
    {
        var options = SyntheticPanel.Default with { Firms = 3000 };
        var classifier = new FirmClassifier();
        var industry2015 = SyntheticPanel.Generate(options)
            .Where(r => r.Year == 2015 && classifier.Classify(r).Segment!.Link.Id == "industry")
            .ToList();
        AssertWithin(104e9m, Sum(industry2015, AccountField.Revenue), 0.01m);
        AssertWithin(40e9m, Sum(industry2015, AccountField.Exports), 0.01m);
    }

    [Fact]
    public void Generate_Default_EverySegmentHasAtLeast10FirmsEveryYear()
    {
        foreach (var segment in Taxonomy.Default.Segments)
        {
            foreach (var year in s_years)
            {
                var firms = Rows.Count(r => r.Year == year && SegmentOf(r) == segment);
                Assert.True(firms >= 10, $"{segment.Id} {year}: {firms} firms");
            }
        }
    }

    [Fact]
    public void Generate_Default_EveryRowIsClassified()
    {
        Assert.All(Rows, r => Assert.True(new FirmClassifier().Classify(r).IsClassified));
    }

    [Fact]
    public void Generate_Default_PharmaTopTwoExportersWellBelowDominanceLimit()
    {
        foreach (var year in s_years)
        {
            var share = TopTwoShare(Rows.Where(r => r.Year == year && SegmentOf(r).Id == "pharma").Select(r => r.Exports));
            Assert.InRange(share, 0.30m, 0.65m); // dominant, but well below 85 %
        }
    }

    [Fact]
    public void Generate_Default_NoHeadlineCellFailsTheDominanceRule()
    {
        var groups = Rows.GroupBy(r => (Group: SegmentOf(r).Id, r.Year))
            .Concat(Rows.GroupBy(r => (Group: SegmentOf(r).Link.Id, r.Year)));
        foreach (var g in groups)
        {
            foreach (var (name, selector) in new (string, Func<FirmYear, decimal?>)[]
                     {
                         ("revenue", r => r.Revenue), ("exports", r => r.Exports), ("rd_expenditure", r => r.RdExpenditure), ("value_added", ValueAdded),
                     })
            {
                var contributions = g.Select(selector).ToList();
                Assert.True(contributions.Count(v => v.HasValue) >= 3, $"{g.Key} {name}: fewer than 3 firms");
                var share = TopTwoShare(contributions);
                Assert.True(share <= 0.85m, $"{g.Key} {name}: top two hold {share:P1}");
            }
        }
    }

    [Fact]
    public void Generate_Default_OrganisationNumbersUniquePerYearAndOnePerFirm()
    {
        foreach (var year in s_years)
        {
            var numbers = Rows.Where(r => r.Year == year).Select(r => r.OrganisationNumber).ToList();
            Assert.Equal(numbers.Count, numbers.Distinct().Count());
        }

        // Each number always carries the same name: one firm, one number.
        Assert.All(Rows.GroupBy(r => r.OrganisationNumber), g => Assert.Single(g.Select(r => r.Name).Distinct()));
        // Every number passes the MOD11 check when parsed back from its digits.
        Assert.All(Rows, r => Assert.True(OrganisationNumber.Parse(r.OrganisationNumber.ToString("D", null)).Success));
    }

    [Fact]
    public void Generate_Default_NamesSayTheFirmsAreSynthetic()
    {
        Assert.All(Rows, r => Assert.Matches(@"^Synthetic [A-Za-z -]+ \d{4} AS$", r.Name!));
        Assert.Contains(Rows, r => r.Name == "Synthetic Pharma 0001 AS");
    }

    [Fact]
    public void Generate_Default_IndustryCodesFitTheSegment()
    {
        foreach (var row in Rows)
        {
            Assert.NotNull(row.NaceCode);
            var byCode = Taxonomy.Default.SegmentForNaceCode(row.NaceCode!.Value);
            if (row.SegmentId is null)
            {
                Assert.NotNull(byCode); // classified by its code
            }
            else
            {
                Assert.NotSame(byCode, Taxonomy.Default.FindSegment(row.SegmentId)); // a segment on the row only where the code does not give it
            }
        }

        // Firm-list segments carry their segment; code segments are classified by code.
        foreach (var id in new[] { "diagnostics", "ehealth", "suppliers" })
        {
            Assert.All(Rows.Where(r => SegmentOf(r).Id == id), r => Assert.Equal(id, r.SegmentId));
        }

        Assert.All(Rows.Where(r => SegmentOf(r).Id == "pharma"), r => Assert.True(r.NaceCode!.Value.Digits.StartsWith("21", StringComparison.Ordinal) || r.NaceCode.Value.Digits == "7211"));
        Assert.Contains(Rows, r => r.SegmentId is null);
    }

    [Fact]
    public void Generate_Default_EverySizeClassAndManyCounties()
    {
        var classes = Rows.Select(r => r.SizeClass).Distinct().ToHashSet();
        foreach (var sizeClass in SizeClasses.All)
        {
            Assert.Contains(sizeClass, classes);
        }

        Assert.All(Rows, r => Assert.False(string.IsNullOrEmpty(r.County)));
        Assert.True(Rows.Select(r => r.County).Distinct().Count() >= 10);
        Assert.Contains(Rows, r => r.County == "Oslo");
    }

    [Fact]
    public void Generate_Default_HasEntrantsAndExits()
    {
        var lives = Rows.GroupBy(r => r.OrganisationNumber).Select(g => (First: g.Min(r => r.Year), Last: g.Max(r => r.Year), Count: g.Count())).ToList();
        Assert.Contains(lives, l => l.First > 2010);
        Assert.Contains(lives, l => l.Last < 2020);
        Assert.Contains(lives, l => l.First == 2010 && l.Last == 2020);
        // A firm lives in consecutive years.
        Assert.All(lives, l => Assert.Equal(l.Last - l.First + 1, l.Count));
        // Entrants and exits every year.
        foreach (var year in s_years.Skip(1))
        {
            Assert.Contains(lives, l => l.First == year);
        }
    }

    [Fact]
    public void Generate_Default_YoungPharmaFirmsMakeLosses()
    {
        var firstYear = Rows.GroupBy(r => r.OrganisationNumber).ToDictionary(g => g.Key, g => g.Min(r => r.Year));
        var young = Rows.Where(r => SegmentOf(r).Id == "pharma" && firstYear[r.OrganisationNumber] > 2010 && r.Year - firstYear[r.OrganisationNumber] < 3 && r.OperatingProfit is not null).ToList();
        Assert.NotEmpty(young);
        var lossShare = (decimal)young.Count(r => r.OperatingProfit < 0) / young.Count;
        Assert.True(lossShare >= 0.5m, $"{lossShare:P0} of young pharma firm-years make losses");
        // The industry as a whole is profitable.
        Assert.True(LinkSum("industry", AccountField.OperatingProfit, 2015) > 0);
    }

    [Fact]
    public void Generate_Default_StartUpsExportFromTheirFirstYear()
    {
        var firstYear = Rows.GroupBy(r => r.OrganisationNumber).ToDictionary(g => g.Key, g => g.Min(r => r.Year));
        var startUps = Rows.Where(r => SegmentOf(r).Id is "ehealth" or "medtech" && firstYear[r.OrganisationNumber] > 2010 && r.Year == firstYear[r.OrganisationNumber] && r.Exports is not null).ToList();
        Assert.True(startUps.Count >= 20, $"{startUps.Count} start-ups");
        Assert.All(startUps, r => Assert.True(r.Exports > 0, $"{r.Name} {r.Year} has no exports"));
        Assert.Contains(startUps, r => r.SizeClass == SizeClass.Micro);
    }

    [Fact]
    public void Generate_Default_SomeFiguresAreMissing()
    {
        Assert.Contains(Rows, r => r.RdExpenditure is null);
        Assert.Contains(Rows, r => r.RdExpenditure == 0m); // reported zero, not missing
        Assert.Contains(Rows, r => r.Depreciation is null);
        Assert.Contains(Rows, r => r.Employees is null);
        Assert.Contains(Rows, r => r.Exports is null);
        Assert.Contains(Rows, r => r.WageCosts is null);
        // Missing is rare enough that totals are meaningful.
        Assert.InRange(Rows.Count(r => r.Depreciation is null), 1, Rows.Count / 10);
        Assert.All(Rows, r => Assert.NotNull(r.Revenue));
    }

    [Fact]
    public void Generate_Default_HasAboutElevenThousandRowsInEveryLink()
    {
        Assert.InRange(Rows.Count, 10_000, 14_000);
        Assert.Equal(1500, Rows.Select(r => r.OrganisationNumber).Distinct().Count());
        foreach (var link in Taxonomy.Default.Links)
        {
            Assert.Contains(Rows, r => SegmentOf(r).Link == link);
        }
    }

    [Fact]
    public void Generate_CustomTaxonomy_UsesItsSegments()
    {
        var taxonomy = Taxonomy.Create(
        [
            new LinkDefinition("makers", new("Produsenter", "Makers"),
            [
                new SegmentDefinition("drugs", new("Legemidler", "Drugs"), ["21"]),
                new SegmentDefinition("apps", new("Apper", "Apps"), []),
            ]),
        ]);
        var rows = SyntheticPanel.Generate(new SyntheticPanelOptions { Firms = 100, Taxonomy = taxonomy }).ToList();
        var classifier = new FirmClassifier(taxonomy);
        Assert.All(rows, r => Assert.True(classifier.Classify(r).IsClassified));
        Assert.Equal(["apps", "drugs"], rows.Select(r => classifier.Classify(r).Segment!.Id).Distinct().Order().ToArray());
        Assert.All(rows, r => Assert.Empty(r.Validate()));
        Assert.Contains(rows, r => r.Name == "Synthetic Apps 0001 AS");
        // "apps" has no industry code, so its firms carry the segment; "drugs" firms are classified by code 21.
        Assert.All(rows.Where(r => classifier.Classify(r).Segment!.Id == "apps"), r => Assert.Equal("apps", r.SegmentId));
        Assert.All(rows.Where(r => classifier.Classify(r).Segment!.Id == "drugs"), r => Assert.Null(r.SegmentId));
    }

    [Fact]
    public void Generate_TaxonomyWithoutSegments_Throws()
    {
        var empty = Taxonomy.Create([new LinkDefinition("nothing", new("Ingenting", "Nothing"), [])]);
        Assert.Throws<ArgumentException>(() => SyntheticPanel.Generate(new SyntheticPanelOptions { Taxonomy = empty }));
    }

    [Fact]
    public void Generate_LargePanel_StreamsLazily()
    {
        // Taking the first rows of a large panel does not need the whole panel in memory.
        var first = SyntheticPanel.Generate(SyntheticPanel.Default with { Firms = 200_000, FromYear = 2015, ToYear = 2016 }).Take(5).ToList();
        Assert.Equal(5, first.Count);
    }

    [Fact]
    public void Notice_SaysSyntheticInBothLanguages()
    {
        Assert.Contains("Syntetiske data", SyntheticPanel.Notice.Norwegian, StringComparison.Ordinal);
        Assert.Contains("Synthetic data", SyntheticPanel.Notice.English, StringComparison.Ordinal);
        Assert.Equal(SyntheticPanel.Notice.Norwegian, SyntheticPanel.Notice.For(new System.Globalization.CultureInfo("nb-NO")));
    }

    private static void AssertWithin(decimal expected, decimal actual, decimal tolerance)
    {
        var error = Math.Abs(actual / expected - 1m);
        Assert.True(error <= tolerance, $"expected {expected:N0} within {tolerance:P0}, got {actual:N0} ({error:P2} off)");
    }
}
