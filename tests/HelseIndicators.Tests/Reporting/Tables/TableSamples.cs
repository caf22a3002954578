using System.Globalization;
using System.Xml.Linq;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Tests.Reporting.Tables;

internal static class TableSamples
{
    public static CultureInfo Nb { get; } = CultureInfo.GetCultureInfo("nb-NO");

    public static CultureInfo En { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Segment, Firms, Revenue (NOK), Export share (%): four rows with a suppressed, an undefined and a missing cell.</summary>
    public static DisplayTable Segments() => new(
        "Key figures 2015",
        [DisplayColumn.ForText("Segment"), DisplayColumn.ForCount("Firms"), DisplayColumn.ForAmount("Revenue"), DisplayColumn.ForPercent("Export share")],
        [
            [DisplayCell.FromText("Pharma"), DisplayCell.FromNumber(12m), DisplayCell.FromNumber(1234.5m), DisplayCell.FromNumber(0.4123m)],
            [DisplayCell.FromText("Diagnostics"), DisplayCell.FromNumber(2m), DisplayCell.Suppressed("fewer than 3 firms"), DisplayCell.Suppressed()],
            [DisplayCell.FromText("E-health"), DisplayCell.FromNumber(5m), DisplayCell.FromNumber(0m), DisplayCell.Undefined("revenue is 0")],
            [DisplayCell.FromText("Retail"), DisplayCell.FromNumber(40m), DisplayCell.Missing(), DisplayCell.FromNumber(0.05m)],
        ],
        ["Synthetic data."]);

    public static DisplayTable Numbers(params decimal[] values) => new(
        "",
        [DisplayColumn.ForText("Row"), DisplayColumn.ForNumber("Value")],
        values.Select((v, i) => new[] { DisplayCell.FromText("r" + (i + 1)), DisplayCell.FromNumber(v) }));

    public static XElement ParseHtml(string html) => XElement.Parse("<root>" + html + "</root>", LoadOptions.PreserveWhitespace);
}
