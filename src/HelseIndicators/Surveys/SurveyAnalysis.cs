namespace HelseIndicators.Surveys;

/// <summary>
/// Weighted proportions of survey answers with Wilson 95 % intervals on the Kish effective sample size
/// (INDICATORS.md §6).
/// </summary>
/// <remarks>
/// <para>
/// For each question q, let R(q) be the respondents who gave at least one answer to q, each counted once, with weight wᵣ.
/// For each answer a given to q:
/// </para>
/// <list type="bullet">
/// <item><description>p = Σ_{r ∈ R(q)} wᵣ·[r gave a] / Σ_{r ∈ R(q)} wᵣ, the weighted proportion;</description></item>
/// <item><description>n = (Σ wᵣ)² / Σ wᵣ², the Kish effective sample size of q (n = |R(q)| when the weights are equal);</description></item>
/// <item><description>
/// the Wilson score interval (Wilson 1927) with z = 1.959963984540054 (the 97.5 % normal quantile):
/// centre = (p + z²/(2n)) / (1 + z²/n), half-width = z / (1 + z²/n) · √(p(1 − p)/n + z²/(4n²)).
/// </description></item>
/// </list>
/// <para>
/// A multiple-choice question lets a respondent give several answers: each answer is its own indicator [r gave a] and the
/// respondent still counts once in the denominator, so the proportions of one question may add up to more than 1.
/// </para>
/// <para>
/// Degenerate cases: p = 0 gives lower = 0 exactly and p = 1 gives upper = 1 exactly (the Wilson interval never leaves
/// [0, 1]; rounding noise is clamped). One respondent gives n = 1, p = 1 and the interval [0.2065, 1]. Weights are
/// normalised by the question's largest weight before summing (the formulas are invariant under scaling), so sums
/// are exact decimals and cannot overflow; p and n are then converted to <see cref="double"/> for the square root.
/// A weight of zero or below, a respondent whose weight differs between rows, an empty respondent, question or
/// answer, and the same (respondent, question, answer) twice are errors. Nothing is rounded: round for display only.
/// </para>
/// <para>Thread safety: stateless, safe to call from any thread.</para>
/// </remarks>
public static class SurveyAnalysis
{
    /// <summary>The two-sided 95 % normal quantile z = Φ⁻¹(0.975) used for the intervals.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Computes the proportion and interval of every (question, answer) given.</summary>
    /// <param name="responses">The rows of the survey, in any order.</param>
    /// <returns>One row per (question, answer) given, ordered by question and then answer (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">
    /// A weight is zero or negative, a respondent's weight differs between its rows, an id, question or answer is
    /// empty, or the same answer of a respondent to a question appears twice.
    /// </exception>
    public static SurveyResult Compute(IEnumerable<SurveyResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);

        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        // question → respondent → answers given
        var questions = new SortedDictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.Ordinal);
        foreach (var response in responses)
        {
            ArgumentNullException.ThrowIfNull(response, nameof(responses));
            Require(response.Respondent, "respondent", response, nameof(responses));
            Require(response.Question, "question", response, nameof(responses));
            Require(response.Answer, "answer", response, nameof(responses));
            if (response.Weight <= 0m)
            {
                throw new ArgumentException(
                    $"Respondent '{response.Respondent}' has weight {response.Weight}; a survey weight must be positive.", nameof(responses));
            }

            if (!weights.TryAdd(response.Respondent, response.Weight) && weights[response.Respondent] != response.Weight)
            {
                throw new ArgumentException(
                    $"Respondent '{response.Respondent}' has weight {weights[response.Respondent]} on one row and {response.Weight} on another; " +
                    "a respondent's weight must be the same on all its rows.", nameof(responses));
            }

            if (!questions.TryGetValue(response.Question, out var respondents))
            {
                questions.Add(response.Question, respondents = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));
            }

            if (!respondents.TryGetValue(response.Respondent, out var answers))
            {
                respondents.Add(response.Respondent, answers = new HashSet<string>(StringComparer.Ordinal));
            }

            if (!answers.Add(response.Answer))
            {
                throw new ArgumentException(
                    $"Respondent '{response.Respondent}' gives the answer '{response.Answer}' to '{response.Question}' twice; remove the duplicate row.",
                    nameof(responses));
            }
        }

        var rows = new List<SurveyProportion>();
        foreach (var (question, respondents) in questions)
        {
            var max = respondents.Keys.Max(r => weights[r]);
            decimal total = 0m, totalSquares = 0m;
            var byAnswer = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var (respondent, answers) in respondents)
            {
                // Normalised weight in (0, 1]: the sums stay below the number of respondents and cannot overflow.
                var u = weights[respondent] / max;
                total += u;
                totalSquares += u * u;
                foreach (var answer in answers)
                {
                    byAnswer[answer] = byAnswer.GetValueOrDefault(answer) + u;
                }
            }

            var n = (double)(total * total / totalSquares);
            foreach (var (answer, weight) in byAnswer)
            {
                var p = Math.Clamp((double)(weight / total), 0d, 1d);
                var (lower, upper) = Wilson(p, n);
                rows.Add(new SurveyProportion(question, answer, p, lower, upper, respondents.Count, n));
            }
        }

        return new SurveyResult(rows);
    }

    /// <summary>
    /// Computes the Wilson score interval of a proportion: centre (p + z²/(2n)) / (1 + z²/n) ± z / (1 + z²/n) ·
    /// √(p(1 − p)/n + z²/(4n²)), clamped so that lower ≤ p ≤ upper and both lie in [0, 1].
    /// </summary>
    /// <param name="proportion">p, in [0, 1].</param>
    /// <param name="sampleSize">n, &gt; 0 (may be fractional: an effective sample size).</param>
    /// <param name="z">The normal quantile, &gt; 0; <see cref="Z95"/> by default.</param>
    /// <returns>The interval; lower = 0 when p = 0 and upper = 1 when p = 1, exactly.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range or not a number.</exception>
    public static (double Lower, double Upper) Wilson(double proportion, double sampleSize, double z = Z95)
    {
        if (!(proportion is >= 0d and <= 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(proportion), proportion, "A proportion lies in [0, 1].");
        }

        if (!(sampleSize > 0d) || double.IsInfinity(sampleSize))
        {
            throw new ArgumentOutOfRangeException(nameof(sampleSize), sampleSize, "The sample size must be positive and finite.");
        }

        if (!(z > 0d) || double.IsInfinity(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "The quantile must be positive and finite.");
        }

        var z2n = z * z / sampleSize;
        var denominator = 1d + z2n;
        var centre = (proportion + z2n / 2d) / denominator;
        var half = z / denominator * Math.Sqrt(proportion * (1d - proportion) / sampleSize + z2n / (4d * sampleSize));
        var lower = proportion == 0d ? 0d : Math.Clamp(centre - half, 0d, proportion);
        var upper = proportion == 1d ? 1d : Math.Clamp(centre + half, proportion, 1d);
        return (lower, upper);
    }

    /// <summary>Computes the Kish effective sample size (Σw)² / Σw² of a set of weights.</summary>
    /// <param name="weights">The weights, each &gt; 0, at least one.</param>
    /// <returns>The effective sample size, in [1, count]; the count itself when the weights are equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no weight, or a weight is not positive.</exception>
    public static double EffectiveSampleSize(IEnumerable<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var all = weights.ToArray();
        if (all.Length == 0)
        {
            throw new ArgumentException("There is no weight.", nameof(weights));
        }

        if (all.Any(w => w <= 0m))
        {
            throw new ArgumentException("A survey weight must be positive.", nameof(weights));
        }

        var max = all.Max();
        decimal total = 0m, totalSquares = 0m;
        foreach (var w in all)
        {
            var u = w / max;
            total += u;
            totalSquares += u * u;
        }

        return (double)(total * total / totalSquares);
    }

    private static void Require(string? value, string what, SurveyResponse response, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(
                $"A response has an empty {what} ({response}); every row needs a respondent, a question and an answer.", parameterName);
        }
    }
}
