namespace HelseIndicators.Surveys;

/// <summary>
/// The weighted share of a question's respondents who gave one answer, with its Wilson 95 % interval
/// (INDICATORS.md §6): a row of the survey output.
/// </summary>
/// <param name="Question">The question.</param>
/// <param name="Answer">The answer.</param>
/// <param name="Proportion">p = Σw·[answer] / Σw over the respondents of the question, in [0, 1].</param>
/// <param name="Lower">The lower end of the Wilson interval, in [0, <paramref name="Proportion"/>].</param>
/// <param name="Upper">The upper end of the Wilson interval, in [<paramref name="Proportion"/>, 1].</param>
/// <param name="Respondents">The number of respondents who answered the question (not only this answer), ≥ 1.</param>
/// <param name="EffectiveN">The Kish effective sample size of the question, (Σw)² / Σw², in [1, <paramref name="Respondents"/>].</param>
/// <remarks>
/// Values are full precision (not rounded); round only for display. Equality: by value. Thread safety: immutable.
/// </remarks>
public sealed record SurveyProportion(
    string Question,
    string Answer,
    double Proportion,
    double Lower,
    double Upper,
    int Respondents,
    double EffectiveN);
