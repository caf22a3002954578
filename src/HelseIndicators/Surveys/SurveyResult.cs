namespace HelseIndicators.Surveys;

/// <summary>
/// The proportions of a survey, one row per (question, answer) given by at least one respondent, ordered by question
/// and then answer (ordinal), so that the result does not depend on the order of the input rows.
/// </summary>
/// <remarks>Equality: by reference. Thread safety: immutable, safe to share.</remarks>
[HelseIndicators.Reporting.Display.TypeFormatterSource(typeof(HelseIndicators.Reporting.Display.HelseFormatterSource))]
public sealed class SurveyResult
{
    private readonly Dictionary<string, SurveyProportion[]> _byQuestion;

    /// <summary>Creates a result from its rows.</summary>
    /// <param name="rows">The rows, in the order to keep.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public SurveyResult(IEnumerable<SurveyProportion> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Rows = [.. rows];
        _byQuestion = Rows.GroupBy(r => r.Question, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Questions = [.. Rows.Select(r => r.Question).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Gets every row, by question and then answer.</summary>
    public IReadOnlyList<SurveyProportion> Rows { get; }

    /// <summary>Gets the questions, in the order of <see cref="Rows"/>.</summary>
    public IReadOnlyList<string> Questions { get; }

    /// <summary>Gets the rows of one question, by answer.</summary>
    /// <param name="question">The question.</param>
    /// <returns>The rows, empty when the survey has no such question.</returns>
    public IReadOnlyList<SurveyProportion> ForQuestion(string question) =>
        question is not null && _byQuestion.TryGetValue(question, out var rows) ? rows : [];

    /// <summary>
    /// Gets the answers of one question ranked by proportion, the largest first (the "biggest bottleneck");
    /// ties keep answer order (ordinal).
    /// </summary>
    /// <param name="question">The question.</param>
    /// <returns>The rows, largest proportion first; empty when the survey has no such question.</returns>
    public IReadOnlyList<SurveyProportion> Ranked(string question) =>
        [.. ForQuestion(question).OrderByDescending(r => r.Proportion).ThenBy(r => r.Answer, StringComparer.Ordinal)];

    /// <summary>Gets one row.</summary>
    /// <param name="question">The question.</param>
    /// <param name="answer">The answer.</param>
    /// <returns>The row, or null when no respondent gave that answer to that question.</returns>
    public SurveyProportion? Find(string question, string answer) =>
        ForQuestion(question).FirstOrDefault(r => string.Equals(r.Answer, answer, StringComparison.Ordinal));
}
