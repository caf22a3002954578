using HelseIndicators.Data.IndicatorTables;
using HelseIndicators.Data.Panel;
using HelseIndicators.Disclosure.Audit;
using Xunit.Abstractions;

namespace HelseIndicators.Tests.Disclosure.Audit;

public sealed class ScratchDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var panel = PanelCsvReader.ReadAll("/tmp/audit-demo/s60.csv").Rows;
        var doc = IndicatorTableJsonReader.Read("/tmp/audit-demo/s60.json");
        var report = DisclosureAudit.Run(panel, doc.Rows);
        foreach (var f in report.Findings.Where(f => f.Kind == AuditFindingKind.Cell))
        {
            output.WriteLine($"{f.Description} | firms {f.Firms} | true {f.TrueValue} | exact {f.IsExact} | proof {f.Proof.Count}: {string.Join("; ", f.Proof.Select(p => p.Equation + " x " + p.Coefficient))}");
        }
    }
}
