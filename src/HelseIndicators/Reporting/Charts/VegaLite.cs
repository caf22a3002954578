using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HelseIndicators.Reporting.Charts;

/// <summary>Writes a chart's data as a Vega-Lite v5 specification.</summary>
internal static class VegaLite
{
    public const string Schema = "https://vega.github.io/schema/vega-lite/v5.json";

    public static string Write(Chart chart)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            if (!string.IsNullOrWhiteSpace(chart.Title))
            {
                json.WriteString("title", chart.Title);
            }

            if (!string.IsNullOrWhiteSpace(chart.Description))
            {
                json.WriteString("description", chart.Description);
            }

            json.WriteNumber("width", chart.Width);
            json.WriteNumber("height", chart.Height);
            json.WriteStartObject("data");
            json.WriteStartArray("values");
            WriteValues(json, chart);
            json.WriteEndArray();
            json.WriteEndObject();
            if (chart is IntervalChart)
            {
                json.WriteStartArray("layer");
                json.WriteStartObject();
                WriteMark(json, "rule", chart);
                WriteEncoding(json, chart, "lower", "upper");
                json.WriteEndObject();
                json.WriteStartObject();
                WriteMark(json, "point", chart);
                WriteEncoding(json, chart, "value", null);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            else if (chart is WaterfallChart)
            {
                WriteMark(json, "bar", chart);
                WriteEncoding(json, chart, "start", "end");
            }
            else
            {
                WriteMark(json, chart.VegaMark, chart);
                WriteEncoding(json, chart, "value", null);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteValues(Utf8JsonWriter json, Chart chart)
    {
        if (chart is WaterfallChart waterfall)
        {
            foreach (var step in waterfall.Steps())
            {
                json.WriteStartObject();
                json.WriteString("category", step.Category);
                json.WriteString("series", step.Kind);
                json.WriteNumber("start", step.Start);
                json.WriteNumber("end", step.End);
                json.WriteNumber("value", step.End - step.Start);
                json.WriteEndObject();
            }

            return;
        }

        foreach (var series in chart.Data.Series)
        {
            for (var i = 0; i < chart.Data.Categories.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("category", chart.Data.Categories[i]);
                json.WriteString("series", series.Name);
                WriteNullable(json, "value", series.Values[i]);
                if (series.HasBounds)
                {
                    WriteNullable(json, "lower", series.Lower![i]);
                    WriteNullable(json, "upper", series.Upper![i]);
                }

                json.WriteEndObject();
            }
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteMark(Utf8JsonWriter json, string mark, Chart chart)
    {
        json.WriteStartObject("mark");
        json.WriteString("type", mark);
        if (mark == "line")
        {
            json.WriteBoolean("point", true);
        }

        if (mark == "bar" && chart is BarChart)
        {
            json.WriteString("orient", chart.IsHorizontal ? "horizontal" : "vertical");
        }

        json.WriteEndObject();
    }

    private static void WriteEncoding(Utf8JsonWriter json, Chart chart, string field, string? field2)
    {
        var (categoryChannel, valueChannel) = chart.IsHorizontal ? ("y", "x") : ("x", "y");
        json.WriteStartObject("encoding");
        json.WriteStartObject(categoryChannel);
        json.WriteString("field", "category");
        json.WriteString("type", "ordinal");
        json.WriteNull("sort");
        WriteTitle(json, chart.CategoryAxisTitle);
        json.WriteEndObject();
        json.WriteStartObject(valueChannel);
        json.WriteString("field", field);
        json.WriteString("type", "quantitative");
        WriteTitle(json, chart.ValueAxisLabel);
        if (chart.ValueFormat == ChartValueFormat.Percent)
        {
            json.WriteStartObject("axis");
            json.WriteString("format", ".0%");
            json.WriteEndObject();
        }

        if (chart is IntervalChart)
        {
            json.WriteStartObject("scale");
            json.WriteStartArray("domain");
            json.WriteNumberValue(0);
            json.WriteNumberValue(1);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (field2 is not null)
        {
            json.WriteStartObject(valueChannel + "2");
            json.WriteString("field", field2);
            json.WriteEndObject();
        }

        json.WriteStartObject("color");
        json.WriteString("field", "series");
        json.WriteString("type", "nominal");
        json.WriteNull("title");
        json.WriteStartObject("scale");
        json.WriteStartArray("range");
        foreach (var color in chart is WaterfallChart ? [ChartPalette.Increase, ChartPalette.Decrease, ChartPalette.Total] : chart.Colors)
        {
            json.WriteStringValue(color);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        if (chart.Data.Series.Count > 1 && chart is BarChart && !chart.IsHorizontal)
        {
            json.WriteStartObject("xOffset");
            json.WriteString("field", "series");
            json.WriteEndObject();
        }
        else if (chart.Data.Series.Count > 1 && chart is BarChart or IntervalChart)
        {
            json.WriteStartObject("yOffset");
            json.WriteString("field", "series");
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteTitle(Utf8JsonWriter json, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            json.WriteNull("title");
        }
        else
        {
            json.WriteString("title", title);
        }
    }
}
