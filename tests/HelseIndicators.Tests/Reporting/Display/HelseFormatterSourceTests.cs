using System.Globalization;
using System.Reflection;
using HelseIndicators.Aggregation;
using HelseIndicators.Data.JsonStat;
using HelseIndicators.Model;
using HelseIndicators.Reporting.Charts;
using HelseIndicators.Reporting.Display;
using HelseIndicators.Reporting.Tables;
using HelseIndicators.Surveys;

namespace HelseIndicators.Tests.Reporting.Display;

/// <summary>
/// The notebook convention, checked the way .NET Interactive finds it: by names, through reflection only.
/// </summary>
public class HelseFormatterSourceTests
{
    public static TheoryData<Type> DisplayedTypes() =>
    [
        typeof(IndicatorTable), typeof(YearSeries), typeof(SurveyResult), typeof(JsonStatDataset), typeof(DisplayTable),
        typeof(Chart), typeof(LineChart), typeof(BarChart), typeof(WaterfallChart), typeof(IntervalChart),
    ];

    private static Type SourceTypeOf(Type type)
    {
        var attribute = type.GetCustomAttributes(inherit: true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        Assert.False(attribute.GetType().IsPublic);
        var property = attribute.GetType().GetProperty("FormatterSourceType");
        return Assert.IsAssignableFrom<Type>(property!.GetValue(attribute));
    }

    private static List<object> Formatters(Type sourceType, string method)
    {
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = sourceType.GetMethod(method, BindingFlags.Public | BindingFlags.Instance)!.Invoke(source, []);
        return Assert.IsAssignableFrom<System.Collections.IEnumerable>(formatters).Cast<object>().ToList();
    }

    private static (bool Written, string Text) Format(object formatter, object instance)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var written = (bool)formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!.Invoke(formatter, [instance, writer])!;
        return (written, writer.ToString());
    }

    [Theory]
    [MemberData(nameof(DisplayedTypes))]
    public void Attribute_OnEveryDisplayedType_NamesTheSource(Type type) =>
        Assert.Equal(typeof(HelseFormatterSource), SourceTypeOf(type));

    [Theory]
    [InlineData("CreateTypeFormatters")]
    [InlineData("GetTypeFormatters")]
    public void FormatterSource_GivesHtmlFormatters(string method)
    {
        var formatters = Formatters(typeof(HelseFormatterSource), method);
        Assert.NotEmpty(formatters);
        Assert.All(formatters, f => Assert.Equal("text/html", f.GetType().GetProperty("MimeType")!.GetValue(f)));
    }

    [Fact]
    public void PreferredMimeTypes_IsHtml()
    {
        var attribute = typeof(IndicatorTable).GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        Assert.Equal(["text/html"], (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!);
    }

    public static TheoryData<object, string> Instances()
    {
        var options = DisplayOptions.Notebook;
        var indicators = DisplaySamples.Indicators();
        var series = new YearSeries([new(2014, 47m), new(2015, 52m)], "Driftsinntekter", "mrd. kr");
        var survey = new SurveyResult([new SurveyProportion("q", "a", 0.5, 0.2, 0.8, 4, 4)]);
        var dataset = JsonStatReader.Parse("""{"version":"2.0","class":"dataset","id":["Tid"],"size":[2],"dimension":{"Tid":{"category":{"index":["2014","2015"]}}},"value":[1,2]}""").Dataset;
        var table = new DisplayTable("t", [DisplayColumn.ForText("a")], [[DisplayCell.FromText("<b>")]]);
        var chart = new BarChart(ChartData.FromYearSeries(series), CultureInfo.InvariantCulture);
        return new()
        {
            { indicators, indicators.ToHtml(options) },
            { series, series.ToHtml(options) },
            { survey, survey.ToHtml(options) },
            { dataset, dataset.ToHtml(options) },
            { table, table.ToHtml(options) },
            { chart, chart.ToHtml() },
        };
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void Format_WritesWhatToHtmlWrites(object instance, string expected)
    {
        var formatter = Formatters(SourceTypeOf(instance.GetType()), "CreateTypeFormatters").Single();
        var (written, text) = Format(formatter, instance);
        Assert.True(written);
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Format_OtherValue_ReturnsFalseAndWritesNothing()
    {
        var formatter = Formatters(typeof(HelseFormatterSource), "CreateTypeFormatters").Single();
        var (written, text) = Format(formatter, "just a string");
        Assert.False(written);
        Assert.Equal("", text);
    }
}
