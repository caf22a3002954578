using System.Globalization;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using HelseIndicators.Reporting.Charts;
using HelseIndicators.Reporting.Html;
using HelseIndicators.Reporting.Tables;
using HelseIndicators.Surveys;
using NodaTime.Text;

namespace HelseIndicators.Reporting.Reports;

/// <summary>
/// The yearly report on the health industry (after Menon Economics' <i>Helsenæringens verdi</i>): headline figures
/// by value-chain link and by segment, development over time, exports, R&amp;D, value added along the value chain,
/// contributions to growth, survey results, tables with suppressed cells marked, and a methods section. The HTML is
/// self-contained (inline CSS and SVG, no JavaScript, nothing from the network).
/// </summary>
/// <remarks>Thread safety: immutable once built; <see cref="ToHtml"/> may be called from several threads.</remarks>
public sealed class HealthIndustryReport
{
    /// <summary>The indicators of the headline table, in column order.</summary>
    public static IReadOnlyList<IndicatorId> HeadlineIndicators { get; } =
    [
        IndicatorId.Revenue, IndicatorId.ValueAdded, IndicatorId.Exports, IndicatorId.ExportShare,
        IndicatorId.RdExpenditure, IndicatorId.RdDensity, IndicatorId.RevenueGrowth,
    ];

    private readonly ReportText _text;
    private readonly CultureInfo _culture;
    private readonly Taxonomy _taxonomy;

    /// <summary>Creates the report.</summary>
    /// <param name="byLink">The indicator table broken down by value-chain link (with the total).</param>
    /// <param name="bySegment">The indicator table broken down by segment (with the total).</param>
    /// <param name="survey">Survey results, or null for none.</param>
    /// <param name="options">Options; null means the defaults (Norwegian).</param>
    /// <exception cref="ArgumentNullException">A table is null.</exception>
    /// <exception cref="ArgumentException">The tables are not broken down by link and by segment, or have no years.</exception>
    public HealthIndustryReport(IndicatorTable byLink, IndicatorTable bySegment, SurveyResult? survey, HealthIndustryReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(byLink);
        ArgumentNullException.ThrowIfNull(bySegment);
        if (byLink.Dimensions is not [GroupDimension.Link])
        {
            throw new ArgumentException("The first table must be broken down by link only.", nameof(byLink));
        }

        if (bySegment.Dimensions is not [GroupDimension.Segment])
        {
            throw new ArgumentException("The second table must be broken down by segment only.", nameof(bySegment));
        }

        if (byLink.Years.Count == 0)
        {
            throw new ArgumentException("The tables have no years: the data holds no classified firm-year.", nameof(byLink));
        }

        ByLink = byLink;
        BySegment = bySegment;
        Survey = survey;
        Options = options ?? new HealthIndustryReportOptions();
        _culture = Options.Culture;
        _taxonomy = Options.Taxonomy;
        _text = ReportText.For(_culture);
        LatestYear = byLink.Years[^1];
        HeadlineYears = Options.ReferenceYear is { } reference && reference != LatestYear && byLink.Years.Contains(reference)
            ? [reference, LatestYear]
            : [LatestYear];
    }

    /// <summary>Gets the table by value-chain link.</summary>
    public IndicatorTable ByLink { get; }

    /// <summary>Gets the table by segment.</summary>
    public IndicatorTable BySegment { get; }

    /// <summary>Gets the survey results, or null.</summary>
    public SurveyResult? Survey { get; }

    /// <summary>Gets the options.</summary>
    public HealthIndustryReportOptions Options { get; }

    /// <summary>Gets the latest year in the data.</summary>
    public int LatestYear { get; }

    /// <summary>Gets the years of the headline: the reference year (2015) when the data has it, and the latest year.</summary>
    public IReadOnlyList<int> HeadlineYears { get; }

    /// <summary>Gets the headline table of a year by link or by segment, the total last.</summary>
    /// <param name="year">The year.</param>
    /// <param name="dimension"><see cref="GroupDimension.Link"/> or <see cref="GroupDimension.Segment"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is neither link nor segment.</exception>
    public DisplayTable Headline(int year, GroupDimension dimension)
    {
        var (table, by) = dimension switch
        {
            GroupDimension.Link => (ByLink, _text.ByLink),
            GroupDimension.Segment => (BySegment, _text.BySegment),
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "The headline is by link or by segment."),
        };
        var title = string.Create(CultureInfo.InvariantCulture, $"{_text.Headline} {year}, {by}");
        return IndicatorDisplay.ForYear(table, year, HeadlineIndicators, title, _taxonomy, _culture);
    }

    /// <summary>Renders the report as a self-contained HTML page.</summary>
    /// <returns>The HTML.</returns>
    public string ToHtml()
    {
        var html = new HtmlDocumentBuilder(_text.Title, _culture);
        html.AddParagraph(_text.Intro);
        if (Options.SyntheticNotice is { } notice)
        {
            html.AddNotice(notice.For(_culture), NoticeKind.Warning);
        }

        if (!ByLink.Disclosure.Enabled)
        {
            html.AddNotice(_text.DisclosureOff, NoticeKind.Warning);
        }

        html.AddTableOfContents();
        AddHeadline(html);
        AddDevelopment(html);
        AddExports(html);
        AddRd(html);
        AddValueChain(html);
        AddContributions(html);
        AddSurvey(html);
        AddTables(html);
        AddMethods(html);
        if (Options.GeneratedAt is { } at)
        {
            html.Footer = string.Format(_culture, _text.GeneratedAt, InstantPattern.General.Format(at));
        }

        return html.ToHtml();
    }

    private void AddHeadline(HtmlDocumentBuilder html)
    {
        html.BeginSection(_text.Headline);
        var options = new TableOptions(_culture) { CompactAmounts = true };
        foreach (var year in HeadlineYears)
        {
            html.AddTable(Headline(year, GroupDimension.Link), options);
            html.AddTable(Headline(year, GroupDimension.Segment), options);
        }

        html.EndSection();
    }

    private void AddDevelopment(HtmlDocumentBuilder html)
    {
        html.BeginSection(_text.Development);
        html.AddFigure(LinkLines(IndicatorId.Revenue, _text.RevenueByLink), _text.RevenueByLink);
        html.AddFigure(LinkLines(IndicatorId.ValueAdded, _text.ValueAddedByLink), _text.ValueAddedByLink);
        html.EndSection();
    }

    private void AddExports(HtmlDocumentBuilder html)
    {
        html.BeginSection(_text.ExportsSection);
        html.AddFigure(SegmentBars(IndicatorId.Exports, _text.ExportsBySegment), Caption(_text.ExportsBySegment));
        html.AddFigure(SegmentBars(IndicatorId.ExportShare, _text.ExportShareBySegment), Caption(_text.ExportShareBySegment));
        html.EndSection();
    }

    private void AddRd(HtmlDocumentBuilder html)
    {
        html.BeginSection(_text.RdSection);
        html.AddFigure(SegmentBars(IndicatorId.RdDensity, _text.RdDensityBySegment), Caption(_text.RdDensityBySegment));
        html.EndSection();
    }

    private void AddValueChain(HtmlDocumentBuilder html)
    {
        html.BeginSection(_text.ValueChainSection);
        var links = ByLink.Groups.Where(g => !g.IsTotal).ToList();
        var values = links.Select(g => ByLink.Find(IndicatorId.ValueAdded, LatestYear, g)).ToList();
        if (values.All(r => r is { Status: IndicatorStatus.Ok }))
        {
            var data = new ChartData(links.Select(Name), [new ChartSeries(IndicatorCatalog.Get(IndicatorId.ValueAdded).Name.For(_culture), values.Select(r => r!.Value))]);
            html.AddFigure(new WaterfallChart(data, _culture)
            {
                Title = Latest(_text.ValueAddedAlongChain),
                ValueFormat = ChartValueFormat.Compact,
                ValueUnit = Currency,
                ValueAxisTitle = IndicatorCatalog.Get(IndicatorId.ValueAdded).Name.For(_culture),
                TotalLabel = _text.Total,
            }, Latest(_text.ValueAddedAlongChain));
        }
        else
        {
            html.AddParagraph(_text.ContributionsMissing);
        }

        html.EndSection();
    }

    private void AddContributions(HtmlDocumentBuilder html)
    {
        html.BeginSection(_text.ContributionsSection);
        var segments = BySegment.Groups.Where(g => !g.IsTotal).ToList();
        var rows = segments.Select(g => BySegment.Find(IndicatorId.RevenueContribution, LatestYear, g)).ToList();
        if (LatestYear > BySegment.Years[0] && rows.All(r => r is { Status: IndicatorStatus.Ok }))
        {
            var data = new ChartData(segments.Select(Name), [new ChartSeries(_text.ContributionsSection, rows.Select(r => r!.Value))]);
            html.AddFigure(new WaterfallChart(data, _culture)
            {
                Title = Latest(_text.ContributionsCaption),
                ValueFormat = ChartValueFormat.Percent,
                ValueAxisTitle = _text.ContributionsSection,
                TotalLabel = _text.Total,
            }, Latest(_text.ContributionsCaption));
        }
        else
        {
            html.AddParagraph(_text.ContributionsMissing);
        }

        html.EndSection();
    }

    private void AddSurvey(HtmlDocumentBuilder html)
    {
        if (Survey is null || Survey.Questions.Count == 0)
        {
            return;
        }

        html.BeginSection(_text.SurveySection);
        foreach (var question in Survey.Questions)
        {
            var answers = Survey.Ranked(question);
            var series = new ChartSeries(
                _text.Share,
                answers.Select(a => (decimal?)(decimal)a.Proportion),
                answers.Select(a => (decimal?)(decimal)a.Lower),
                answers.Select(a => (decimal?)(decimal)a.Upper));
            var n = answers.Count > 0 ? answers[0].Respondents : 0;
            var caption = string.Create(_culture, $"{question} (n = {n}). {_text.SurveyCaption}");
            html.AddFigure(new IntervalChart(new ChartData(answers.Select(a => a.Answer), [series]), _culture)
            {
                Title = question,
                ValueAxisTitle = _text.Share,
            }, caption);
        }

        html.EndSection();
    }

    private void AddTables(HtmlDocumentBuilder html)
    {
        html.BeginSection(_text.TablesSection);
        var options = new TableOptions(_culture) { CompactAmounts = true };
        foreach (var indicator in HeadlineIndicators)
        {
            var header = IndicatorDisplay.Column(indicator, _culture).HeaderText;
            html.AddTable(IndicatorDisplay.ForIndicator(ByLink, indicator, _taxonomy, _culture, $"{header}, {_text.ByLink}"), options);
            html.AddTable(IndicatorDisplay.ForIndicator(BySegment, indicator, _taxonomy, _culture, $"{header}, {_text.BySegment}"), options);
        }

        html.EndSection();
    }

    private void AddMethods(HtmlDocumentBuilder html)
    {
        html.BeginSection(_text.MethodsSection);
        html.BeginSection(_text.Definitions);
        var definitions = HeadlineIndicators
            .Concat([IndicatorId.RdIntensity, IndicatorId.Productivity, IndicatorId.RevenueContribution])
            .Select(IndicatorCatalog.Get)
            .Select(d => new KeyValuePair<string, string>(d.Name.For(_culture), $"{d.Formula} ({d.Source})"));
        html.AddDefinitionList(definitions);
        html.EndSection();
        html.BeginSection(_text.DisclosureHeading);
        var control = ByLink.Disclosure;
        html.AddParagraph(control.Enabled
            ? string.Format(_culture, _text.DisclosureOn, control.MinFirms, control.DominanceN, control.DominanceK, control.ProtectionLevel * 100m)
            : _text.DisclosureOff);
        html.EndSection();
        html.BeginSection(_text.DataHeading);
        if (Options.SyntheticNotice is { } notice)
        {
            html.AddParagraph(notice.For(_culture));
        }

        if (Options.DataSource.Length > 0)
        {
            html.AddParagraph(Options.DataSource);
        }

        var d = ByLink.Diagnostics;
        html.AddParagraph(string.Format(_culture, _text.Accounting, d.RowsRead, d.RowsUsed, d.RowsRejected, d.UnclassifiedFirmYears));
        html.EndSection();
        html.EndSection();
    }

    private LineChart LinkLines(IndicatorId indicator, string title)
    {
        var years = ByLink.Years;
        var series = ByLink.Groups
            .Select(g => new ChartSeries(Name(g), years.Select(y => OkValue(ByLink.Find(indicator, y, g)))))
            .ToArray();
        return new LineChart(ChartData.ForYears(years, series), _culture)
        {
            Title = title,
            ValueFormat = ChartValueFormat.Compact,
            ValueUnit = Currency,
            ValueAxisTitle = IndicatorCatalog.Get(indicator).Name.For(_culture),
            CategoryAxisTitle = _text.Year,
        };
    }

    private BarChart SegmentBars(IndicatorId indicator, string title)
    {
        var groups = BySegment.Groups.Where(g => !g.IsTotal).Append(GroupKey.Total).ToList();
        var years = HeadlineYears;
        var series = years
            .Select(y => new ChartSeries(y.ToString(CultureInfo.InvariantCulture), groups.Select(g => OkValue(BySegment.Find(indicator, y, g)))))
            .ToArray();
        var ratio = IndicatorCatalog.Get(indicator).Unit == IndicatorUnit.Ratio;
        return new BarChart(new ChartData(groups.Select(Name), series), _culture)
        {
            Title = Caption(title),
            Horizontal = true,
            ValueFormat = ratio ? ChartValueFormat.Percent : ChartValueFormat.Compact,
            ValueUnit = ratio ? null : Currency,
            ValueAxisTitle = IndicatorCatalog.Get(indicator).Name.For(_culture),
        };
    }

    private string Caption(string text) => $"{text}, {string.Join(DisplayFormat.IsNorwegian(_culture) ? " og " : " and ", HeadlineYears)}";

    private string Latest(string text) => string.Create(CultureInfo.InvariantCulture, $"{text}, {LatestYear}");

    private string Currency => DisplayFormat.IsNorwegian(_culture) ? "kr" : "NOK";

    private string Name(GroupKey group) => group.IsTotal ? _text.Total : IndicatorDisplay.GroupName(group, _taxonomy, _culture);

    private static decimal? OkValue(IndicatorRow? row) => row is { Status: IndicatorStatus.Ok } ? row.Value : null;
}
