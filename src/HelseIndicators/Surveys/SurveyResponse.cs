using HelseIndicators.Model;

namespace HelseIndicators.Surveys;

/// <summary>
/// One answer of one respondent to one question of a survey: a row of the survey file (INDICATORS.md §6).
/// </summary>
/// <param name="Respondent">The respondent's id, unique within the survey (compared ordinally).</param>
/// <param name="Question">The question's id or text (compared ordinally).</param>
/// <param name="Answer">The answer given (compared ordinally).</param>
/// <param name="Weight">The respondent's survey weight, &gt; 0; 1 by default (equal weights).</param>
/// <param name="OrganisationNumber">The respondent's firm, when known; not used by the proportions.</param>
/// <remarks>
/// <para>
/// A multiple-choice question is several rows with the same respondent and question and different answers. A respondent's
/// weight must be the same on all its rows; <see cref="SurveyAnalysis.Compute"/> checks that and that weights are positive.
/// </para>
/// <para>Equality: by value of every property. Thread safety: immutable, safe to share.</para>
/// </remarks>
public sealed record SurveyResponse(
    string Respondent,
    string Question,
    string Answer,
    decimal Weight = 1m,
    OrganisationNumber? OrganisationNumber = null);
