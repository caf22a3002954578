using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Model;

public class FirmClassifierTests
{
    private static readonly OrganisationNumber s_firm = OrganisationNumber.FromInt32(923609016);

    [Fact]
    public void Classify_SegmentOnRow_WinsOverFirmListAndNace()
    {
        var classifier = new FirmClassifier(firmList: new FirmList([new FirmListEntry(s_firm, "diagnostics")]));
        var result = classifier.Classify(new FirmYear(s_firm, 2015) { SegmentId = "ehealth", NaceCode = NaceCode.Of("21.100") });
        Assert.Equal("ehealth", result.Segment!.Id);
        Assert.Equal(ClassificationSource.Row, result.Source);
    }

    [Fact]
    public void Classify_FirmList_WinsOverNace()
    {
        var classifier = new FirmClassifier(firmList: new FirmList([new FirmListEntry(s_firm, "diagnostics")]));
        var result = classifier.Classify(new FirmYear(s_firm, 2015) { NaceCode = NaceCode.Of("21.100") });
        Assert.Equal(("diagnostics", ClassificationSource.FirmList), (result.Segment!.Id, result.Source));
    }

    [Fact]
    public void Classify_NaceCode_WhenNothingElse()
    {
        var result = new FirmClassifier().Classify(new FirmYear(s_firm, 2015) { NaceCode = NaceCode.Of("86.211") });
        Assert.Equal(("health_services", ClassificationSource.NaceCode), (result.Segment!.Id, result.Source));
    }

    [Fact]
    public void Classify_Nothing_IsExplicitlyUnclassified()
    {
        var classifier = new FirmClassifier();
        var none = classifier.Classify(new FirmYear(s_firm, 2015));
        Assert.False(none.IsClassified);
        Assert.Equal(ClassificationSource.Unclassified, none.Source);
        Assert.NotNull(none.Reason);
        var outside = classifier.Classify(new FirmYear(s_firm, 2015) { NaceCode = NaceCode.Of("62.01") });
        Assert.Contains("62.01", outside.Reason);
        var unknown = classifier.Classify(new FirmYear(s_firm, 2015) { SegmentId = "biotech" });
        Assert.Contains("biotech", unknown.Reason);
    }

    [Fact]
    public void FirmList_LatestApplicableRowWins()
    {
        var list = new FirmList(
        [
            new FirmListEntry(s_firm, "ehealth"),
            new FirmListEntry(s_firm, "medtech", 2014),
            new FirmListEntry(s_firm, "diagnostics", 2017),
        ]);
        Assert.True(list.TryGetSegment(s_firm, 2010, out var a));
        Assert.Equal("ehealth", a);
        Assert.True(list.TryGetSegment(s_firm, 2016, out var b));
        Assert.Equal("medtech", b);
        Assert.True(list.TryGetSegment(s_firm, 2020, out var c));
        Assert.Equal("diagnostics", c);
        Assert.Equal(3, list.Count);
        Assert.Equal(1, list.FirmCount);
    }

    [Fact]
    public void FirmList_OnlyFromALaterYear_DoesNotApply()
    {
        var list = new FirmList([new FirmListEntry(s_firm, "medtech", 2018)]);
        Assert.False(list.TryGetSegment(s_firm, 2017, out _));
        Assert.False(list.TryGetSegment(OrganisationNumber.FromInt32(974760673), 2020, out _));
    }

    [Fact]
    public void FirmList_TwoRowsFromTheSameYear_AreRefused() =>
        Assert.Throws<ArgumentException>(() => new FirmList([new FirmListEntry(s_firm, "a", 2015), new FirmListEntry(s_firm, "b", 2015)]));

    /// <summary>Precedence: row, then firm list, then industry code, whatever combination of the three is present.</summary>
    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public Property Classify_FollowsPrecedence(OrganisationNumber firm, bool hasRow, bool hasList, bool hasNace)
    {
        var years = Gen.Choose(2000, 2030).ToArbitrary();
        return Prop.ForAll(years, year =>
        {
            var list = hasList ? new FirmList([new FirmListEntry(firm, "diagnostics", year - 1)]) : FirmList.Empty;
            var row = new FirmYear(firm, year)
            {
                SegmentId = hasRow ? "ehealth" : null,
                NaceCode = hasNace ? NaceCode.Of("86.10") : null,
            };
            var result = new FirmClassifier(firmList: list).Classify(row);
            var expected = hasRow ? ("ehealth", ClassificationSource.Row)
                : hasList ? ("diagnostics", ClassificationSource.FirmList)
                : hasNace ? ("health_services", ClassificationSource.NaceCode)
                : ((string?)null, ClassificationSource.Unclassified);
            return (result.Segment?.Id, result.Source) == expected;
        });
    }
}
