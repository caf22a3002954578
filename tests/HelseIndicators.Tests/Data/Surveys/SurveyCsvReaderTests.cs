using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data;
using HelseIndicators.Data.Surveys;
using HelseIndicators.Model;
using HelseIndicators.Surveys;

namespace HelseIndicators.Tests.Data.Surveys;

public class SurveyCsvReaderTests
{
    private static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "surveys", name);

    private static SurveyReadResult ReadText(string text, ReadMode mode = ReadMode.Strict) =>
        SurveyCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "s.csv", mode);

    [Fact]
    public void ReadFile_SemicolonDialectWithBom_ReadsCommaDecimalsAndQuotedSeparator()
    {
        var result = SurveyCsvReader.ReadFile(TestFile("survey-semicolon.csv"));

        Assert.Equal(';', result.Separator);
        Assert.Equal(6, result.Diagnostics.RowsRead);
        Assert.Equal(6, result.Diagnostics.RowsUsed);
        Assert.Empty(result.Diagnostics.Warnings);
        var first = result.Responses[0];
        Assert.Equal(new SurveyResponse("1", "Internasjonale ambisjoner", "Ja", 1.5m, OrganisationNumber.FromInt32(923609016)), first);
        Assert.Equal("Regulering; godkjenning", result.Responses[2].Answer);
        Assert.Null(result.Responses[3].OrganisationNumber);
        Assert.Equal(0.5m, result.Responses[3].Weight);

        var proportions = SurveyAnalysis.Compute(result.Responses);
        Assert.Equal(2.5 / 3.0, proportions.Find("Internasjonale ambisjoner", "Ja")!.Proportion, 1e-12);
        Assert.Equal(1.0, proportions.Find("Største flaskehals", "Tilgang på kapital")!.Proportion, 1e-12);
        Assert.Equal(0.75, proportions.Find("Største flaskehals", "Regulering; godkjenning")!.Proportion, 1e-12);
        Assert.Equal("Tilgang på kapital", proportions.Ranked("Største flaskehals")[0].Answer);
    }

    [Fact]
    public void ReadFile_CommaDialect_ReadsQuotesAndWarnsOfUnknownColumn()
    {
        var result = SurveyCsvReader.ReadFile(TestFile("survey-comma.csv"));

        Assert.Equal(',', result.Separator);
        Assert.Equal(3, result.Responses.Count);
        Assert.Equal(1.25m, result.Responses[1].Weight);
        var warning = Assert.Single(result.Diagnostics.Warnings);
        Assert.Equal("comment", warning.Column);
        Assert.Equal(1, warning.Line);
    }

    [Fact]
    public void ReadFile_Synthetic2016Survey_ReproducesPublishedHeadlines()
    {
        var result = SurveyAnalysis.Compute(SurveyCsvReader.ReadFile(TestFile("survey-2016-synthetic.csv")).Responses);

        Assert.Equal(0.8, result.Find("international_ambitions", "yes")!.Proportion, 1e-12);
        Assert.Equal(1.0 / 3.0, result.Find("world_leading", "yes")!.Proportion, 1e-12);
        var ranked = result.Ranked("bottleneck");
        Assert.Equal("access to capital", ranked[0].Answer);
        Assert.Equal(0.6, ranked[0].Proportion, 1e-12);
        Assert.All(result.Rows, r => Assert.Equal(30, r.Respondents));
    }

    [Fact]
    public void Read_NoWeightColumn_DefaultsToOne()
    {
        var result = ReadText("question,answer,respondent\nq,yes,1\nq,no,2\n");

        Assert.All(result.Responses, r => Assert.Equal(1m, r.Weight));
        Assert.Equal("q", result.Responses[0].Question);
        Assert.Equal("1", result.Responses[0].Respondent);
    }

    [Fact]
    public void Read_QuotedFieldWithLineBreak_KeepsBreakAndCountsLines()
    {
        var result = ReadText("respondent,question,answer\r\n1,\"two\r\nlines\",a\r\n2,q,\"x\"\"y\"\r\n3,q,bad\"\"\n4,q,\n", ReadMode.Lenient);

        Assert.Equal("two\r\nlines", result.Responses[0].Question);
        Assert.Equal("x\"y", result.Responses[1].Answer);
        Assert.Equal("bad\"\"", result.Responses[2].Answer);
        var problem = Assert.Single(result.Rejections);
        Assert.Equal(6, problem.Line);
        Assert.Equal("answer", problem.Column);
    }

    [Fact]
    public void Read_Strict_ListsEveryProblemWithLineColumnAndValue()
    {
        var text = "respondent;question;answer;weight;org_number\n" +
            "1;q;a;1.000;\n" +        // line 2: '.' in a semicolon file
            "2;q;a;-1;\n" +           // line 3: negative
            "3;q;a;1;123456789\n" +   // line 4: bad check digit
            "4;q;;1;\n" +             // line 5: empty answer
            "5;q;a;1\n" +             // line 6: too few fields
            "6;q;a;1;\n6;q;b;2;\n" +  // line 8: weight differs from line 7
            "6;q;a;1;\n" +            // line 9: duplicate answer
            "7;q;a;NA;\n";            // line 10: missing weight

        var e = Assert.Throws<DataException>(() => ReadText(text));

        Assert.Equal([2L, 3, 4, 5, 6, 8, 9, 10], e.Problems.Select(p => p.Line));
        Assert.Equal("weight", e.Problems[0].Column);
        Assert.Equal("1.000", e.Problems[0].Value);
        Assert.Contains("','", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("positive", e.Problems[1].Message, StringComparison.Ordinal);
        Assert.Equal("org_number", e.Problems[2].Column);
        Assert.Equal("123456789", e.Problems[2].Value);
        Assert.Equal("answer", e.Problems[3].Column);
        Assert.Contains("has 4 fields but the header has 5", e.Problems[4].Message, StringComparison.Ordinal);
        Assert.Contains("line 7", e.Problems[5].Message, StringComparison.Ordinal);
        Assert.Contains("twice", e.Problems[6].Message, StringComparison.Ordinal);
        Assert.Equal("s.csv", e.Problems[0].Source);
        Assert.StartsWith("s.csv:2: weight:", e.Problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Lenient_RejectsBadRowsAndAccountsForEveryRow()
    {
        var text = "respondent,question,answer,weight\n1,q,a,1\n2,q,a,1 000\n3,q,a,0\n\n4,q,b,2.5\n1,q,b,3\n";

        var result = ReadText(text, ReadMode.Lenient);

        Assert.Equal(5, result.Diagnostics.RowsRead);
        Assert.Equal(2, result.Diagnostics.RowsUsed);
        Assert.Equal(3, result.Diagnostics.RowsRejected);
        Assert.Equal(result.Diagnostics.RowsRead, result.Diagnostics.RowsUsed + result.Diagnostics.RowsRejected);
        Assert.Equal([3L, 4, 7], result.Rejections.Select(p => p.Line));
        Assert.Equal(["1", "4"], result.Responses.Select(r => r.Respondent));
    }

    [Fact]
    public void Read_MissingRequiredColumn_FailsEvenWhenLenient()
    {
        var e = Assert.Throws<DataException>(() => ReadText("respondent,answer\n1,a\n", ReadMode.Lenient));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("question", problem.Column);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Read_ColumnTwice_Fails() =>
        Assert.Throws<DataException>(() => ReadText("respondent,question,answer,Answer\n1,q,a,b\n"));

    [Fact]
    public void Read_EmptyFile_Fails()
    {
        var e = Assert.Throws<DataException>(() => ReadText(""));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnterminatedQuote_IsRowProblem()
    {
        var result = ReadText("respondent,question,answer\n1,q,a\n2,q,\"open\n3,q,a\n", ReadMode.Lenient);

        Assert.Equal(2, result.Diagnostics.RowsRead);
        var problem = Assert.Single(result.Rejections);
        Assert.Equal(3, problem.Line);
        Assert.Equal("answer", problem.Column);
        Assert.Contains("never closed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_IsRowProblemNamingTheColumn()
    {
        var result = ReadText("respondent,question,answer\n1,\"q\"x,a\n2,q,a\n", ReadMode.Lenient);

        Assert.Equal(2, result.Diagnostics.RowsRead);
        var problem = Assert.Single(result.Rejections);
        Assert.Equal(2, problem.Line);
        Assert.Equal("question", problem.Column);
        Assert.Contains("text after the closing quote", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n\nrespondent;question;answer;weight\n1;q;a;1,5\n")]
    [InlineData("  \r\n\t\r\nrespondent;question;answer;weight\r\n1;q;a;1,5\r\n")]
    [InlineData("\"a,b,c,d,e,f\";respondent;question;answer;weight\n;1;q;a;1,5\n")]
    public void Read_DialectComesFromTheHeaderLineOutsideQuotes(string text)
    {
        var result = ReadText(text);

        Assert.Equal(';', result.Separator);
        Assert.Equal(1.5m, Assert.Single(result.Responses).Weight);
    }

    [Fact]
    public void Read_QuotedEmptyLine_IsBlankNotARow()
    {
        var result = ReadText("respondent,question,answer\n1,q,a\n\"\"\n2,q,a\n");

        Assert.Equal(2, result.Diagnostics.RowsRead);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Read_LineNumbersCountBlankLinesAndQuotedLineBreaks(string newline)
    {
        var text = "\n\nrespondent,question,answer,weight\n\n1,\"x\ny\",a,1\n\n2,q,a,0\n".Replace("\n", newline, StringComparison.Ordinal);

        var e = Assert.Throws<DataException>(() => ReadText(text));

        Assert.Equal(8, Assert.Single(e.Problems).Line);
    }

    [Fact]
    public void Read_TextReader_ReadsAsTheBytesDo()
    {
        var text = "\uFEFFrespondent;question;answer;weight\r\n1;\"Største flaskehals\";\"\U0001F600 \"\"ja\"\"\";1,5\r\n2;q;\"two\r\nlines\";2\r\n" +
            string.Concat(Enumerable.Range(3, 2000).Select(i => $"{i};q;{new string('æ', i % 7)}x;1\r\n"));

        var fromText = SurveyCsvReader.Read(new StringReader(text), "s.csv");
        var fromBytes = ReadText(text);

        Assert.Equal(';', fromText.Separator);
        Assert.Equal(fromBytes.Responses, fromText.Responses);
        Assert.Equal("\U0001F600 \"ja\"", fromText.Responses[0].Answer);
        Assert.Equal("two\r\nlines", fromText.Responses[1].Answer);
    }

    [Fact]
    public void Read_TextReader_UnpairedSurrogateIsReplacedNotAnError()
    {
        var result = SurveyCsvReader.Read(new StringReader("respondent,question,answer\n1,q,a\uD800\n"));

        Assert.Equal("a\uFFFD", Assert.Single(result.Responses).Answer);
    }

    [Fact]
    public void Read_LinesOfSpacesBeforeHeader_AreSkipped()
    {
        var result = ReadText("   \n\t\nrespondent,question,answer\n1,q,a\n");

        Assert.Equal("a", Assert.Single(result.Responses).Answer);
    }

    [Fact]
    public void Read_HeaderOfOneQuotedEmptyField_IsADataException()
    {
        // The survey's own tokenizer returned no record for this line and the reader failed with InvalidOperationException.
        var e = Assert.Throws<DataException>(() => ReadText("\"\"\n1,q,a\n"));

        Assert.Equal(["respondent", "question", "answer"], e.Problems.Select(p => p.Column));
    }

    [Fact]
    public void Read_HeaderNamesIgnoreCaseAndSpaces()
    {
        var result = ReadText("\uFEFF Respondent , QUESTION,Answer\n1,q,a\n");
        Assert.Equal("a", Assert.Single(result.Responses).Answer);
    }

    [Property(MaxTest = 100)]
    public Property Read_Lenient_RowsReadIsUsedPlusRejected() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            string[] weights = ["1", "2.5", "0", "-1", "x", "", "1,5", "3"];
            var text = new StringBuilder("respondent,question,answer,weight\n");
            var rows = random.Next(0, 40);
            for (var i = 0; i < rows; i++)
            {
                var respondent = random.Next(0, 8);
                var answer = random.Next(0, 2) == 0 ? "" : "a" + random.Next(0, 3);
                text.Append($"r{respondent},q{random.Next(0, 2)},{answer},{weights[random.Next(weights.Length)]}\n");
            }

            var d = ReadText(text.ToString(), ReadMode.Lenient).Diagnostics;
            return d.RowsRead == rows && d.RowsUsed + d.RowsRejected == rows;
        });
}
