using System.Text.Json;
using HelseIndicators.Data.Surveys;
using HelseIndicators.Surveys;

namespace HelseIndicators.Tests.Data.Surveys;

public class SurveyWriterTests
{
    private static SurveyResult Sample() => SurveyAnalysis.Compute(
        Enumerable.Range(1, 10).Select(i => new SurveyResponse($"r{i}", "Største flaskehals", i <= 8 ? "kapital, tilgang" : "regulering")));

    [Fact]
    public void ToJson_HasSchemaAndRowShape()
    {
        using var doc = JsonDocument.Parse(SurveyWriter.ToJson(Sample()));

        Assert.Equal("helse-survey/1", doc.RootElement.GetProperty("schema").GetString());
        var rows = doc.RootElement.GetProperty("rows");
        Assert.Equal(2, rows.GetArrayLength());
        var first = rows[0];
        Assert.Equal(["question", "answer", "proportion", "lower", "upper", "respondents", "effective_n"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Største flaskehals", first.GetProperty("question").GetString());
        Assert.Equal("kapital, tilgang", first.GetProperty("answer").GetString());
        Assert.Equal(0.8, first.GetProperty("proportion").GetDouble());
        Assert.Equal(0.4901624715366418, first.GetProperty("lower").GetDouble(), 1e-15);
        Assert.Equal(10, first.GetProperty("respondents").GetInt32());
        Assert.Equal(10d, first.GetProperty("effective_n").GetDouble());
    }

    [Fact]
    public void ToJson_KeepsNorwegianLettersReadable() =>
        Assert.Contains("Største", SurveyWriter.ToJson(Sample()), StringComparison.Ordinal);

    [Fact]
    public void ToCsv_SameColumnsInvariantCultureAndQuoting()
    {
        var lines = SurveyWriter.ToCsv(Sample()).Split('\n');

        Assert.Equal("question,answer,proportion,lower,upper,respondents,effective_n", lines[0]);
        Assert.StartsWith("Største flaskehals,\"kapital, tilgang\",0.8,0.490162471536641", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",10,10", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Største flaskehals,regulering,0.2,", lines[2], StringComparison.Ordinal);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void ToCsv_ThenReadBack_RoundTripsNumbers()
    {
        var result = Sample();
        var line = SurveyWriter.ToCsv(result).Split('\n')[2].Split(',');

        Assert.Equal(result.Rows[1].Lower, double.Parse(line[3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(result.Rows[1].Upper, double.Parse(line[4], System.Globalization.CultureInfo.InvariantCulture));
    }
}
