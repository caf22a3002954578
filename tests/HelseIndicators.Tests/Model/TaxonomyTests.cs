using HelseIndicators.Model;

namespace HelseIndicators.Tests.Model;

public class TaxonomyTests
{
    [Fact]
    public void Default_HasTheLinksOfTheContract_InValueChainOrder()
    {
        var taxonomy = Taxonomy.Default;
        Assert.Equal(["industry", "distribution", "treatment"], taxonomy.Links.Select(l => l.Id));
        Assert.Equal([1, 2, 3], taxonomy.Links.Select(l => l.Order));
        Assert.Equal(
            ["pharma", "diagnostics", "medtech", "ehealth", "suppliers", "wholesale", "retail", "health_services", "care_services"],
            taxonomy.Segments.Select(s => s.Id));
        Assert.All(taxonomy.Segments, s => Assert.Contains(s, s.Link.Segments));
        Assert.Equal("Legemidler", taxonomy.FindSegment("pharma")!.Name.Norwegian);
        Assert.Equal("Pharmaceuticals", taxonomy.FindSegment("pharma")!.Name.For(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Legemidler", taxonomy.FindSegment("pharma")!.Name.For(new System.Globalization.CultureInfo("nb-NO")));
    }

    [Theory]
    [InlineData("21.100", "pharma")]
    [InlineData("72.110", "pharma")]
    [InlineData("26.600", "medtech")]
    [InlineData("32.501", "medtech")]
    [InlineData("46.460", "wholesale")]
    [InlineData("47.730", "retail")]
    [InlineData("47.74", "retail")]
    [InlineData("86.211", "health_services")]
    [InlineData("87.101", "care_services")]
    [InlineData("88.101", "care_services")]
    public void SegmentForNaceCode_DefaultCodes(string code, string segment) =>
        Assert.Equal(segment, Taxonomy.Default.SegmentForNaceCode(NaceCode.Of(code))?.Id);

    [Theory]
    [InlineData("72.19")]
    [InlineData("88.91")]
    [InlineData("46.49")]
    [InlineData("62.01")]
    public void SegmentForNaceCode_OutsideTheTaxonomy_IsNull(string code) =>
        Assert.Null(Taxonomy.Default.SegmentForNaceCode(NaceCode.Of(code)));

    [Fact]
    public void SegmentForNaceCode_LongestPrefixWins()
    {
        var taxonomy = Taxonomy.Create(
        [
            new LinkDefinition("a", new("A", "A"),
            [
                new SegmentDefinition("broad", new("Bred", "Broad"), ["21"]),
                new SegmentDefinition("narrow", new("Smal", "Narrow"), ["21.20"]),
            ]),
        ]);
        Assert.Equal("narrow", taxonomy.SegmentForNaceCode(NaceCode.Of("21.201"))!.Id);
        Assert.Equal("broad", taxonomy.SegmentForNaceCode(NaceCode.Of("21.100"))!.Id);
        Assert.Equal("broad", taxonomy.SegmentForNaceCode(NaceCode.Of("21.2"))!.Id);
    }

    [Fact]
    public void Create_RefusesRepeatedIds_AndSharedCodes()
    {
        Assert.Throws<ArgumentException>(() => Taxonomy.Create(
            [new LinkDefinition("a", new("A", "A"), [new SegmentDefinition("a", new("A", "A"), [])])]));
        var shared = Assert.Throws<ArgumentException>(() => Taxonomy.Create(
            [new LinkDefinition("a", new("A", "A"), [new SegmentDefinition("x", new("X", "X"), ["21"]), new SegmentDefinition("y", new("Y", "Y"), ["C21"])])]));
        Assert.Contains("given to both", shared.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Taxonomy.Create([]));
        Assert.Throws<ArgumentException>(() => Taxonomy.Create(
            [new LinkDefinition("Bad Id", new("A", "A"), [])]));
        Assert.Throws<ArgumentException>(() => Taxonomy.Create(
            [new LinkDefinition("a", new("A", "A"), [new SegmentDefinition("x", new("X", "X"), ["2"])])]));
    }

    [Fact]
    public void Find_UnknownIds_AreNull()
    {
        Assert.Null(Taxonomy.Default.FindSegment("biotech"));
        Assert.Null(Taxonomy.Default.FindSegment(null));
        Assert.Equal("treatment", Taxonomy.Default.FindLink("treatment")!.Id);
        Assert.Null(Taxonomy.Default.FindLink("PHARMA"));
    }
}
