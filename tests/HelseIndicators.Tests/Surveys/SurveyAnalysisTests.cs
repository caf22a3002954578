using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Surveys;

namespace HelseIndicators.Tests.Surveys;

public class SurveyAnalysisTests
{
    // Expected intervals below were computed by hand from the Wilson formula (z = 1.959963984540054).
    private const double Tolerance = 1e-12;

    private static SurveyResponse R(string respondent, string question, string answer, decimal weight = 1m) =>
        new(respondent, question, answer, weight);

    private static IEnumerable<SurveyResponse> EightOfTen() =>
        Enumerable.Range(1, 10).Select(i => R($"r{i}", "ambitions", i <= 8 ? "international" : "domestic"));

    [Fact]
    public void Compute_EightOfTen_GivesContractExample()
    {
        var row = SurveyAnalysis.Compute(EightOfTen()).Find("ambitions", "international")!;

        Assert.Equal(0.8, row.Proportion, Tolerance);
        Assert.Equal(0.4902, Math.Round(row.Lower, 4));
        Assert.Equal(0.9433, Math.Round(row.Upper, 4));
        Assert.Equal(0.4901624715366418, row.Lower, Tolerance);
        Assert.Equal(0.9433178485456248, row.Upper, Tolerance);
        Assert.Equal(10, row.Respondents);
        Assert.Equal(10d, row.EffectiveN, Tolerance);
    }

    [Fact]
    public void Compute_Weighted_UsesWeightedProportionAndKishN()
    {
        // A (w 1) yes, B (w 1) no, C (w 2) yes: p(yes) = 3/4; n = (1+1+2)² / (1+1+4) = 16/6.
        var result = SurveyAnalysis.Compute([R("A", "q", "yes"), R("B", "q", "no"), R("C", "q", "yes", 2m)]);

        var yes = result.Find("q", "yes")!;
        Assert.Equal(0.75, yes.Proportion, Tolerance);
        Assert.Equal(16d / 6d, yes.EffectiveN, Tolerance);
        Assert.Equal(3, yes.Respondents);
        Assert.Equal(0.23850187716594407, yes.Lower, Tolerance);
        Assert.Equal(0.966370222476688, yes.Upper, Tolerance);

        var no = result.Find("q", "no")!;
        Assert.Equal(0.25, no.Proportion, Tolerance);
        Assert.Equal(0.03362977752331203, no.Lower, Tolerance);
        Assert.Equal(0.761498122834056, no.Upper, Tolerance);
    }

    [Fact]
    public void EffectiveSampleSize_Weights1To4_IsTenSquaredOverThirty()
    {
        Assert.Equal(100d / 30d, SurveyAnalysis.EffectiveSampleSize([1m, 2m, 3m, 4m]), Tolerance);
        Assert.Equal(7d, SurveyAnalysis.EffectiveSampleSize(Enumerable.Repeat(0.3m, 7)), Tolerance);
    }

    [Fact]
    public void Compute_MultipleChoice_CountsEachRespondentOnceInDenominator()
    {
        var result = SurveyAnalysis.Compute(
        [
            R("1", "bottleneck", "capital"), R("1", "bottleneck", "market access"),
            R("2", "bottleneck", "capital"),
            R("3", "bottleneck", "regulation"),
            R("4", "bottleneck", "capital"), R("4", "bottleneck", "regulation"),
        ]);

        var rows = result.ForQuestion("bottleneck");
        Assert.All(rows, r => Assert.Equal(4, r.Respondents));
        Assert.Equal(0.75, result.Find("bottleneck", "capital")!.Proportion, Tolerance);
        Assert.Equal(0.5, result.Find("bottleneck", "regulation")!.Proportion, Tolerance);
        Assert.Equal(0.25, result.Find("bottleneck", "market access")!.Proportion, Tolerance);
        Assert.Equal(1.5, rows.Sum(r => r.Proportion), Tolerance);
        Assert.Equal(0.30064184258240184, result.Find("bottleneck", "capital")!.Lower, Tolerance);
        Assert.Equal(0.8499610108478505, result.Find("bottleneck", "regulation")!.Upper, Tolerance);
    }

    [Fact]
    public void Ranked_BiggestBottleneckFirst_TiesByAnswer()
    {
        var result = SurveyAnalysis.Compute(
        [
            R("1", "b", "regulation"), R("1", "b", "capital"), R("2", "b", "capital"), R("3", "b", "skills"),
            R("3", "b", "competence"),
        ]);

        Assert.Equal(["capital", "competence", "regulation", "skills"], result.Ranked("b").Select(r => r.Answer));
        Assert.Empty(result.Ranked("no such question"));
    }

    [Fact]
    public void Compute_QuestionsAreSeparate_RespondentsCountPerQuestion()
    {
        var result = SurveyAnalysis.Compute(
        [
            R("1", "q1", "yes"), R("2", "q1", "no"), R("3", "q1", "yes"),
            R("1", "q2", "world-leading"),
        ]);

        Assert.Equal(["q1", "q2"], result.Questions);
        Assert.Equal(3, result.Find("q1", "yes")!.Respondents);
        Assert.Equal(1, result.Find("q2", "world-leading")!.Respondents);
        Assert.Equal(["q1", "q1", "q2"], result.Rows.Select(r => r.Question));
        Assert.Equal(["no", "yes"], result.ForQuestion("q1").Select(r => r.Answer));
    }

    [Fact]
    public void Compute_OneRespondent_GivesProportionOneAndWideInterval()
    {
        var row = Assert.Single(SurveyAnalysis.Compute([R("only", "q", "a", 3.5m)]).Rows);

        Assert.Equal(1d, row.Proportion);
        Assert.Equal(1d, row.Upper);
        Assert.Equal(0.20654931437723745, row.Lower, Tolerance);
        Assert.Equal(1d, row.EffectiveN, Tolerance);
    }

    [Fact]
    public void Wilson_ProportionZero_LowerIsExactlyZero()
    {
        var (lower, upper) = SurveyAnalysis.Wilson(0d, 10d);

        Assert.Equal(0d, lower);
        Assert.Equal(0.2775327998628892, upper, Tolerance);
    }

    [Fact]
    public void Wilson_OneOfThree_MatchesHandComputation()
    {
        var (lower, upper) = SurveyAnalysis.Wilson(1d / 3d, 3d);

        Assert.Equal(0.06149194472039615, lower, Tolerance);
        Assert.Equal(0.7923403991979523, upper, Tolerance);
    }

    [Theory]
    [InlineData(-0.1, 10)]
    [InlineData(1.1, 10)]
    [InlineData(double.NaN, 10)]
    [InlineData(0.5, 0)]
    [InlineData(0.5, -1)]
    public void Wilson_OutOfRange_Throws(double p, double n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SurveyAnalysis.Wilson(p, n));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Compute_NonPositiveWeight_Throws(int weight)
    {
        var e = Assert.Throws<ArgumentException>(() => SurveyAnalysis.Compute([R("1", "q", "a", weight)]));
        Assert.Contains("must be positive", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_WeightDiffersBetweenRows_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => SurveyAnalysis.Compute([R("1", "q1", "a", 1m), R("1", "q2", "b", 2m)]));
        Assert.Contains("same on all its rows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_DuplicateAnswer_Throws() =>
        Assert.Throws<ArgumentException>(() => SurveyAnalysis.Compute([R("1", "q", "a"), R("1", "q", "a")]));

    [Fact]
    public void Compute_EmptyAnswer_Throws() =>
        Assert.Throws<ArgumentException>(() => SurveyAnalysis.Compute([R("1", "q", " ")]));

    [Fact]
    public void Compute_Nothing_GivesEmptyResult() => Assert.Empty(SurveyAnalysis.Compute([]).Rows);

    [Fact]
    public void Compute_HugeWeights_DoNotOverflow()
    {
        var row = SurveyAnalysis.Compute([R("1", "q", "a", 7e27m), R("2", "q", "b", 7e27m), R("3", "q", "a", 3.5e27m)]).Find("q", "a")!;

        Assert.Equal(10.5 / 17.5, row.Proportion, Tolerance);
        Assert.Equal(17.5 * 17.5 / (49 + 49 + 12.25), row.EffectiveN, Tolerance);
    }

    // --- Properties -------------------------------------------------------------------------------------------

    /// <summary>A random survey from a seed: 1–25 respondents, 1–3 questions, multiple choice among 4 answers.</summary>
    private static List<SurveyResponse> RandomSurvey(int seed, bool equalWeights = false)
    {
        var random = new Random(seed);
        var rows = new List<SurveyResponse>();
        string[] answers = ["capital", "market", "regulation", "skills"];
        var respondents = random.Next(1, 26);
        var questions = random.Next(1, 4);
        for (var r = 0; r < respondents; r++)
        {
            var weight = equalWeights ? 1m : random.Next(1, 1000) / 100m;
            for (var q = 0; q < questions; q++)
            {
                if (random.NextDouble() < 0.2)
                {
                    continue; // did not answer this question
                }

                var given = answers.Where(_ => random.NextDouble() < 0.4).ToList();
                if (given.Count == 0)
                {
                    given.Add(answers[random.Next(answers.Length)]);
                }

                rows.AddRange(given.Select(a => R($"r{r}", $"q{q}", a, weight)));
            }
        }

        return rows;
    }

    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Compute_ProportionAndIntervalAreOrderedWithinUnitInterval() =>
        Prop.ForAll(Seeds, seed => SurveyAnalysis.Compute(RandomSurvey(seed)).Rows.All(r =>
            r.Proportion is >= 0d and <= 1d && 0d <= r.Lower && r.Lower <= r.Proportion && r.Proportion <= r.Upper && r.Upper <= 1d
            && r.EffectiveN >= 1d - 1e-12 && r.EffectiveN <= r.Respondents + 1e-12));

    [Property(MaxTest = 200)]
    public Property Compute_ScalingAllWeights_ChangesNothing() =>
        Prop.ForAll(Seeds, Gen.Elements(0.001m, 0.5m, 3m, 1000m, 123456.789m).ToArbitrary(), (seed, k) =>
        {
            var survey = RandomSurvey(seed);
            var a = SurveyAnalysis.Compute(survey).Rows;
            var b = SurveyAnalysis.Compute(survey.Select(r => r with { Weight = r.Weight * k })).Rows;
            return a.Count == b.Count && a.Zip(b).All(p =>
                p.First.Question == p.Second.Question && p.First.Answer == p.Second.Answer
                && Close(p.First.Proportion, p.Second.Proportion) && Close(p.First.Lower, p.Second.Lower)
                && Close(p.First.Upper, p.Second.Upper) && Close(p.First.EffectiveN, p.Second.EffectiveN)
                && p.First.Respondents == p.Second.Respondents);
        });

    [Property(MaxTest = 200)]
    public Property Compute_EqualWeights_IsPlainWilsonOfCounts() =>
        Prop.ForAll(Seeds, seed =>
        {
            var survey = RandomSurvey(seed, equalWeights: true);
            return SurveyAnalysis.Compute(survey).Rows.All(row =>
            {
                var n = survey.Where(r => r.Question == row.Question).Select(r => r.Respondent).Distinct().Count();
                var k = survey.Count(r => r.Question == row.Question && r.Answer == row.Answer);
                var (lower, upper) = PlainWilson(k, n);
                return row.EffectiveN == n && Close(row.Proportion, (double)k / n) && Close(row.Lower, lower) && Close(row.Upper, upper);
            });
        });

    [Property(MaxTest = 200)]
    public Property Compute_RowOrder_IsIrrelevant() =>
        Prop.ForAll(Seeds, seed =>
        {
            var survey = RandomSurvey(seed);
            var random = new Random(seed + 1);
            var shuffled = survey.OrderBy(_ => random.Next()).ToList();
            var a = SurveyAnalysis.Compute(survey).Rows;
            var b = SurveyAnalysis.Compute(shuffled).Rows;
            // Decimal sums may differ in the 28th digit with the order of addition: compare to 1e-12.
            return a.Count == b.Count && a.Zip(b).All(p =>
                p.First.Question == p.Second.Question && p.First.Answer == p.Second.Answer
                && Close(p.First.Proportion, p.Second.Proportion) && Close(p.First.Lower, p.Second.Lower)
                && Close(p.First.Upper, p.Second.Upper) && Close(p.First.EffectiveN, p.Second.EffectiveN));
        });

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-12;

    /// <summary>The textbook Wilson interval of k successes in n trials, written independently of the library.</summary>
    private static (double Lower, double Upper) PlainWilson(int k, int n)
    {
        const double z = 1.959963984540054;
        var p = (double)k / n;
        var centre = (k + z * z / 2) / (n + z * z);
        var half = z * Math.Sqrt(n) / (n + z * z) * Math.Sqrt(p * (1 - p) + z * z / (4d * n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
