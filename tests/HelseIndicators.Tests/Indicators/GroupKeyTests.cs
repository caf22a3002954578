using HelseIndicators.Indicators;

namespace HelseIndicators.Tests.Indicators;

public class GroupKeyTests
{
    [Fact]
    public void Create_OrdersPairsByDimension_AndEqualityIgnoresGivenOrder()
    {
        var a = GroupKey.Total.With(GroupDimension.County, "Oslo").With(GroupDimension.Segment, "pharma");
        var b = GroupKey.Create([new(GroupDimension.Segment, "pharma"), new(GroupDimension.County, "Oslo")]);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal([GroupDimension.Segment, GroupDimension.County], a.Dimensions);
        Assert.Equal("segment=pharma;county=Oslo", a.ToString());
        Assert.Equal("Oslo", a.ValueOf(GroupDimension.County));
        Assert.Null(a.ValueOf(GroupDimension.SizeClass));
    }

    [Fact]
    public void Total_IsEmptyAndSortsFirst()
    {
        Assert.True(GroupKey.Total.IsTotal);
        Assert.Empty(GroupKey.Total.Pairs);
        Assert.Equal("total", GroupKey.Total.ToString());
        Assert.True(GroupKey.Total.CompareTo(GroupKey.Of(GroupDimension.Segment, "a")) < 0);
        Assert.True(GroupKey.Of(GroupDimension.Segment, "a").CompareTo(GroupKey.Of(GroupDimension.Segment, "b")) < 0);
        Assert.Equal(0, GroupKey.Of(GroupDimension.Link, "x").CompareTo(GroupKey.Of(GroupDimension.Link, "x")));
        Assert.True(GroupKey.Total.CompareTo(null) > 0);
    }

    [Fact]
    public void With_ReplacesAValue_AndValidates()
    {
        var key = GroupKey.Of(GroupDimension.Segment, "a").With(GroupDimension.Segment, "b");
        Assert.Equal(GroupKey.Of(GroupDimension.Segment, "b"), key);
        Assert.Throws<ArgumentException>(() => GroupKey.Of(GroupDimension.Segment, ""));
        Assert.Throws<ArgumentException>(() => GroupKey.Create([new(GroupDimension.Segment, "a"), new(GroupDimension.Segment, "b")]));
        Assert.False(GroupKey.Of(GroupDimension.Segment, "a").Equals(null));
        Assert.NotEqual(GroupKey.Of(GroupDimension.Segment, "a"), GroupKey.Of(GroupDimension.Link, "a"));
    }

    [Fact]
    public void GroupDimensions_ParseListAndIds()
    {
        Assert.Equal([GroupDimension.Segment, GroupDimension.County], GroupDimensions.ParseList("segment, county").Value);
        Assert.Empty(GroupDimensions.ParseList(null).Value);
        Assert.False(GroupDimensions.ParseList("segment,segment").Success);
        Assert.False(GroupDimensions.ParseList("sector").Success);
        Assert.Equal("size_class", GroupDimensions.Id(GroupDimension.SizeClass));
        Assert.Equal(GroupDimension.Link, GroupDimensions.Parse("link").Value);
    }
}
