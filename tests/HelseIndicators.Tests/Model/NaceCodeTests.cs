using FsCheck.Xunit;
using HelseIndicators.Model;
using HelseIndicators.Tests.Laws;

namespace HelseIndicators.Tests.Model;

public class NaceCodeTests
{
    [Theory]
    [InlineData("21.100")]
    [InlineData("21100")]
    [InlineData("C21.100")]
    [InlineData("c21100")]
    [InlineData(" 21.100 ")]
    public void Parse_FormsOfOneSubclass_AreEqual(string text)
    {
        var code = NaceCode.Parse(text).Value;
        Assert.Equal(NaceCode.Of("21.100"), code);
        Assert.Equal(NaceLevel.Subclass, code.Level);
        Assert.Equal('C', code.Section);
        Assert.Equal(21, code.Division);
    }

    [Theory]
    [InlineData("2110", "21.10", NaceLevel.Class)]
    [InlineData("21.10", "21.10", NaceLevel.Class)]
    [InlineData("21.1", "21.1", NaceLevel.Group)]
    [InlineData("21", "21", NaceLevel.Division)]
    [InlineData("C21", "21", NaceLevel.Division)]
    [InlineData("Q", "Q", NaceLevel.Section)]
    public void Parse_Levels_FormatCanonically(string text, string canonical, NaceLevel level)
    {
        var code = NaceCode.Parse(text).Value;
        Assert.Equal(canonical, code.ToString());
        Assert.Equal(level, code.Level);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("2", "at least the two digits")]
    [InlineData("211000", "more than five digits")]
    [InlineData("21.1.0", "a dot may only follow")]
    [InlineData("2.110", "a dot may only follow")]
    [InlineData("21x", "'x' is not a digit")]
    [InlineData("A21", "lies in section C, not A")]
    [InlineData("Z", "has no section Z")]
    [InlineData("00", "divisions run from 01 to 99")]
    public void Parse_Malformed_SaysWhy(string text, string expected)
    {
        var result = NaceCode.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void Sections_SN2007_AndSN2025_Differ()
    {
        Assert.Equal('Q', NaceCode.Of("86.211").Section);
        Assert.Equal('R', NaceCode.Of("86.211", ClassificationVersion.SN2025).Section);
        Assert.Equal('G', NaceCode.Of("46.46").Section);
        Assert.Equal('M', NaceCode.Of("72.11").Section);
        Assert.Equal('N', NaceCode.Of("72.11", ClassificationVersion.SN2025).Section);
        Assert.True(NaceCode.Parse("V", ClassificationVersion.SN2025).Success);
        Assert.False(NaceCode.Parse("V").Success);
    }

    [Fact]
    public void Contains_IsPrefixContainmentWithinAVersion()
    {
        var division = NaceCode.Of("21");
        Assert.True(division.Contains(NaceCode.Of("21.100")));
        Assert.True(division.Contains(division));
        Assert.False(NaceCode.Of("21.1").Contains(NaceCode.Of("21.20")));
        Assert.False(NaceCode.Of("21.100").Contains(division));
        Assert.True(NaceCode.Of("C").Contains(NaceCode.Of("26.60")));
        Assert.False(NaceCode.Of("Q").Contains(NaceCode.Of("26.60")));
        Assert.False(division.Contains(NaceCode.Of("21.100", ClassificationVersion.SN2025)));
        Assert.True(default(NaceCode).Contains(NaceCode.Of("86")));
    }

    [Fact]
    public void Parent_WalksUpTheHierarchy()
    {
        var code = NaceCode.Of("21.100");
        Assert.Equal(NaceCode.Of("21.10"), code.Parent);
        Assert.Equal(NaceCode.Of("C"), NaceCode.Of("21").Parent);
        Assert.Null(NaceCode.Of("C").Parent);
    }

    [Fact]
    public void ToString_Formats()
    {
        var code = NaceCode.Of("2110");
        Assert.Equal("2110", code.ToString("D", null));
        Assert.Equal("C21.10", code.ToString("S", null));
        Assert.Throws<FormatException>(() => code.ToString("X", null));
    }

    [Fact]
    public void Equality_And_Ordering_FollowTheLaws()
    {
        EqualityLaws.AssertEqualityLaws(NaceCode.Of("21.10"), NaceCode.Of("C2110"), NaceCode.Of("21.10", ClassificationVersion.SN2025));
        EqualityLaws.AssertOrderingLaws(NaceCode.Of("21"), NaceCode.Of("21.1"));
        EqualityLaws.AssertOrderingLaws(NaceCode.Of("21.10"), NaceCode.Of("22"));
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool ParseOfFormat_RoundTrips(NaceCode code) =>
        NaceCode.Parse(code.ToString(), code.Version).Value == code
        && NaceCode.Parse(code.ToString("D", null), code.Version).Value == code
        && NaceCode.Parse(code.ToString("S", null), code.Version).Value == code;

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool EveryAncestor_ContainsTheCode(NaceCode code)
    {
        for (NaceCode? ancestor = code; ancestor is { } a; ancestor = a.Parent)
        {
            if (!a.Contains(code))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Ordering_IsConsistentWithEquality(NaceCode a, NaceCode b) => EqualityLaws.OrderingIsConsistent(a, b);

    [Property]
    public bool Parse_NeverThrows(string? text)
    {
        var result = NaceCode.Parse(text);
        return result.Success || !string.IsNullOrEmpty(result.Error);
    }
}
