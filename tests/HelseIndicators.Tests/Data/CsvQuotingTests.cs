using HelseIndicators.Data;

namespace HelseIndicators.Tests.Data;

public class CsvQuotingTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("pharma", "pharma")]
    [InlineData("in the middle", "in the middle")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\r", "\"cr\r\"")]
    [InlineData(" leading", "\" leading\"")]
    [InlineData("trailing ", "\"trailing \"")]
    [InlineData("\ttab", "\"\ttab\"")]
    [InlineData("semi;colon", "semi;colon")]
    public void Quote_FollowsRfc4180AndKeepsBlanks(string text, string expected) =>
        Assert.Equal(expected, CsvQuoting.Quote(text));

    [Fact]
    public void Quote_NoQuotesNeeded_ReturnsTheSameString()
    {
        var text = "Helsenæringen";
        Assert.Same(text, CsvQuoting.Quote(text));
    }
}
