using System.Globalization;
using System.Text;
using HelseIndicators.Data.Panel;
using HelseIndicators.Indicators;
using HelseIndicators.Tests.Cli;
using static HelseIndicators.Tests.Disclosure.Audit.AuditData;

namespace HelseIndicators.Tests.Disclosure.Audit;

/// <summary><c>helse audit</c>, run in-process on small files: exit 0 clean, 1 leaking, 2 bad usage.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private const int Y = 2015;
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    // pharma 600, medtech 750 (3 firms each), diagnostics 100 (2 firms), ehealth 6 (3 firms).
    private string Panel()
    {
        var path = _directory.File("panel.csv");
        PanelCsvWriter.Write(path,
        [
            Firm(1, Y, "pharma", revenue: 100), Firm(2, Y, "pharma", revenue: 200), Firm(3, Y, "pharma", revenue: 300),
            Firm(4, Y, "medtech", revenue: 150), Firm(5, Y, "medtech", revenue: 250), Firm(6, Y, "medtech", revenue: 350),
            Firm(7, Y, "diagnostics", revenue: 40), Firm(8, Y, "diagnostics", revenue: 60),
            Firm(9, Y, "ehealth", revenue: 2), Firm(10, Y, "ehealth", revenue: 2), Firm(11, Y, "ehealth", revenue: 2),
        ]);
        return path;
    }

    private string Published(string name, IEnumerable<IndicatorRow> rows, decimal? protectionLevel = null)
    {
        var json = new StringBuilder();
        json.Append("""{ "schema": "helse-indicators/1", "prices": "current", "disclosure_control": { "enabled": true, "min_firms": 3, "dominance_n": 2, "dominance_k": 85""");
        if (protectionLevel is { } p)
        {
            json.Append(CultureInfo.InvariantCulture, $", \"suppression\": \"primary and secondary\", \"protection_level\": {p}");
        }

        json.Append(" }, \"rows\": [");
        json.AppendJoin(",\n", rows.Select(r =>
            string.Create(CultureInfo.InvariantCulture,
                $"{{ \"indicator\": \"{r.Indicator}\", \"year\": {r.Year}, \"group\": {{{string.Join(", ", r.Group.Pairs.Select(p => $"\"{GroupDimensions.Id(p.Key)}\": \"{p.Value}\""))}}}, \"value\": {(r.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "null")}, \"unit\": \"{IndicatorUnits.Id(r.Unit)}\", \"firms\": {r.Firms}, \"status\": \"{IndicatorStatuses.Id(r.Status)}\" }}")));
        json.Append("] }");
        var path = _directory.File(name);
        File.WriteAllText(path, json.ToString());
        return path;
    }

    private static IndicatorRow[] Segments(bool releaseMedtech) =>
    [
        Ok(IndicatorId.Revenue, Y, 1456, 11),
        Ok(IndicatorId.Revenue, Y, 600, 3, Segment("pharma")),
        releaseMedtech ? Ok(IndicatorId.Revenue, Y, 750, 3, Segment("medtech")) : Suppressed(IndicatorId.Revenue, Y, Segment("medtech"), 3),
        Suppressed(IndicatorId.Revenue, Y, Segment("diagnostics"), 2),
        Suppressed(IndicatorId.Revenue, Y, Segment("ehealth"), 3),
    ];

    [Fact]
    public void Audit_AProtectedPublication_ExitsZero()
    {
        var run = CliRunner.Run("audit", "--input", Panel(), "--published", Published("out.json", Segments(releaseMedtech: false)));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("clean", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Audit_ALeak_ExitsOne_AndPrintsTheFindingWithItsProof()
    {
        // medtech released too: diagnostics + ehealth = 106, so diagnostics ≤ 106 < 110.
        var run = CliRunner.Run("audit", "--input", Panel(), "--published", Published("out.json", Segments(releaseMedtech: true)));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cell: revenue of segment=diagnostics in 2015", run.Output, StringComparison.Ordinal);
        Assert.Contains("narrowed from above", run.Output, StringComparison.Ordinal);
        Assert.Contains("revenue segment=medtech 2015", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_TheProtectionLevel_ComesFromTheFile_AndTheOptionOverridesIt()
    {
        var panel = Panel();
        var loose = Published("loose.json", Segments(releaseMedtech: true), protectionLevel: 0.05m); // 106 ≥ 105: protected

        Assert.Equal(0, CliRunner.Run("audit", "--input", panel, "--published", loose).ExitCode);
        Assert.Equal(1, CliRunner.Run("audit", "--input", panel, "--published", loose, "--protection-level", "0.1").ExitCode);
    }

    [Fact]
    public void Audit_SeveralFiles_AreOnePublication()
    {
        var panel = Panel();
        var rows = Segments(releaseMedtech: true);
        var first = Published("a.json", rows.Take(2));
        var second = Published("b.json", [rows[0], .. rows.Skip(2)]);

        Assert.Equal(0, CliRunner.Run("audit", "--input", panel, "--published", first).ExitCode);
        Assert.Equal(1, CliRunner.Run("audit", "--input", panel, "--published", first, "--published", second).ExitCode);
    }

    [Theory]
    [InlineData("--protection-level", "1.5")]
    [InlineData("--protection-level", "-0.1")]
    [InlineData("--max-unknowns", "0")]
    public void Audit_BadOptions_ExitTwo(string option, string value)
    {
        var run = CliRunner.Run("audit", "--input", Panel(), "--published", Published("out.json", Segments(false)), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_WithoutPublished_OrWithAMissingFile_ExitsTwo()
    {
        Assert.Equal(2, CliRunner.Run("audit", "--input", Panel()).ExitCode);
        Assert.Equal(2, CliRunner.Run("audit", "--input", Panel(), "--published", _directory.File("missing.json")).ExitCode);
    }

    [Fact]
    public void Audit_ABadPublishedFile_ExitsOne_WithTheProblem()
    {
        var path = _directory.File("bad.json");
        File.WriteAllText(path, "{ \"schema\": \"helse-indicators/1\" }");

        var run = CliRunner.Run("audit", "--input", Panel(), "--published", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: $.rows:", run.Error, StringComparison.Ordinal);
    }
}
