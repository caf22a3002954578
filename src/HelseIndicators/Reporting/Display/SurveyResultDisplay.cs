using HelseIndicators.Reporting.Tables;
using HelseIndicators.Surveys;

namespace HelseIndicators.Reporting.Display;

/// <summary>
/// <c>ToHtml</c> and <c>ToMarkdown</c> for a <see cref="SurveyResult"/>: question, answer, the share and its Wilson
/// 95 % interval (lower and upper bound) in percent, respondents and effective sample size.
/// </summary>
/// <remarks>
/// Questions appear in the result's order, and each question's answers are ranked by share (largest first, ties by
/// answer), so the "biggest bottleneck" comes first. Thread safety: stateless.
/// </remarks>
public static class SurveyResultDisplay
{
    /// <summary>Builds the display table of the survey result.</summary>
    /// <param name="result">The survey result.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The table: one row per (question, answer).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static DisplayTable ToDisplayTable(this SurveyResult result, DisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= DisplayOptions.Default;
        var nb = options.IsNorwegian;
        DisplayColumn[] columns =
        [
            DisplayColumn.ForText(nb ? "Spørsmål" : "Question"),
            DisplayColumn.ForText(nb ? "Svar" : "Answer"),
            DisplayColumn.ForPercent(nb ? "Andel" : "Share"),
            DisplayColumn.ForPercent(nb ? "Nedre" : "Lower"),
            DisplayColumn.ForPercent(nb ? "Øvre" : "Upper"),
            DisplayColumn.ForCount(nb ? "Respondenter" : "Respondents"),
            DisplayColumn.ForNumber(nb ? "Effektiv n" : "Effective n"),
        ];
        var rows = result.Questions.SelectMany(result.Ranked).Select(p => new[]
        {
            DisplayCell.FromText(p.Question),
            DisplayCell.FromText(p.Answer),
            DisplayCell.FromNumber((decimal)p.Proportion),
            DisplayCell.FromNumber((decimal)p.Lower),
            DisplayCell.FromNumber((decimal)p.Upper),
            DisplayCell.FromNumber(p.Respondents),
            DisplayCell.FromNumber((decimal)p.EffectiveN),
        });
        return new DisplayTable(nb ? "Spørreundersøkelse: andeler med 95 % Wilson-intervall" : "Survey: shares with Wilson 95 % intervals", columns, rows);
    }

    /// <summary>Writes the survey result as an HTML fragment.</summary>
    /// <param name="result">The survey result.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The HTML, one <c>&lt;div class="helse-display"&gt;</c> element that parses as XML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToHtml(this SurveyResult result, DisplayOptions? options = null)
    {
        options ??= DisplayOptions.Default;
        return DisplayHtml.Html(result.ToDisplayTable(options), options);
    }

    /// <summary>Writes the survey result as Markdown.</summary>
    /// <param name="result">The survey result.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToMarkdown(this SurveyResult result, DisplayOptions? options = null)
    {
        options ??= DisplayOptions.Default;
        return DisplayHtml.Markdown(result.ToDisplayTable(options), options);
    }
}
