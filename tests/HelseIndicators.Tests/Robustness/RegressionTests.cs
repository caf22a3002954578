using HelseIndicators.Data;
using HelseIndicators.Data.Bronnoysund;
using HelseIndicators.Data.JsonStat;
using HelseIndicators.Data.Surveys;

namespace HelseIndicators.Tests.Robustness;

/// <summary>Regression tests for the bugs the fuzz suite found, one each, on the smallest input that showed it.</summary>
public sealed class RegressionTests
{
    [Fact]
    public void SurveyRead_InvalidUtf8InARow_IsALocatedDataExceptionNotDecoderFallbackException()
    {
        byte[] input = [.. Fuzz.Utf8("respondent,question,answer\nA,q,yes\nB,q,"), 0xC0, 0xAF, .. Fuzz.Utf8("\n")];
        var e = Assert.Throws<DataException>(() => SurveyCsvReader.Read(new MemoryStream(input)));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal("answer", problem.Column);
        Assert.Contains("UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SurveyRead_InvalidUtf8Lenient_RejectsTheRowAndKeepsTheAccounting()
    {
        byte[] input = [.. Fuzz.Utf8("respondent,question,answer\nA,q,yes\nB,q,"), 0xFF, .. Fuzz.Utf8("\nC,q,no\n")];
        var result = SurveyCsvReader.Read(new MemoryStream(input), mode: ReadMode.Lenient);
        Assert.Equal(3, result.Diagnostics.RowsRead);
        Assert.Equal(2, result.Diagnostics.RowsUsed);
        Assert.Equal(1, result.Diagnostics.RowsRejected);
        Assert.Equal(3, Assert.Single(result.Rejections).Line);
    }

    [Fact]
    public void SurveyRead_InvalidUtf8InHeader_IsALocatedDataException()
    {
        byte[] input = [.. Fuzz.Utf8("respondent,question,ans"), 0xA7, .. Fuzz.Utf8("wer\nA,q,yes\n")];
        var e = Assert.Throws<DataException>(() => SurveyCsvReader.Read(new MemoryStream(input)));
        Assert.Equal(1, Assert.Single(e.Problems).Line);
    }

    [Fact]
    public void JsonStatRead_InvalidUtf8InAString_IsADataExceptionNotInvalidOperationException()
    {
        byte[] input = [.. Fuzz.Utf8("{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"a"), 0xFF, .. Fuzz.Utf8("\",\"id\":[\"x\"],\"size\":[1],\"dimension\":{\"x\":{\"category\":{\"index\":[\"a\"]}}},\"value\":[1]}")];
        var e = Assert.Throws<DataException>(() => JsonStatReader.Read(new MemoryStream(input)));
        Assert.Equal(JsonStatErrorKind.Syntax, e.JsonStatErrorKind());
        Assert.Contains("UTF-8", Assert.Single(e.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnhetsregisteretRead_InvalidUtf8InAName_IsADataExceptionNotInvalidOperationException()
    {
        byte[] input = [.. Fuzz.Utf8("[{\"organisasjonsnummer\":\"928765431\",\"navn\":\"FJORD"), 0xC3, .. Fuzz.Utf8("\"}]")];
        var e = Assert.Throws<DataException>(() => EnhetsregisteretReader.Read(new MemoryStream(input)).ToList());
        Assert.Equal("$[0]", Assert.Single(e.Problems).Column);
    }

    [Fact]
    public void RegnskapsregisteretRead_InvalidUtf8InWholeDocument_NamesTheLine()
    {
        byte[] input = [.. Fuzz.Utf8("{\n\"valuta\":\"NO"), 0xFF, .. Fuzz.Utf8("K\"}")];
        var e = Assert.Throws<DataException>(() => RegnskapsregisteretReader.Read(new MemoryStream(input)));
        Assert.Equal(2, Assert.Single(e.Problems).Line);
    }
}
