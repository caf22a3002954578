using System.Text;
using HelseIndicators.Aggregation;
using HelseIndicators.Data;

namespace HelseIndicators.Tests.Aggregation;

/// <summary>
/// What a read of a panel file gives, as comparable text: the reader's accounting and warnings, every problem, the
/// aggregate's accounting (unclassified firm-years, rejections by reason) and every row of the table; or the error.
/// Two ways of reading that must agree are compared through it.
/// </summary>
internal static class PanelReadOutcome
{
    public static string Of(Func<PanelFileAggregate> read, IndicatorRequest request) =>
        Of(() =>
        {
            var file = read();
            return (file.Diagnostics, file.Problems, file.ToTable(request));
        });

    public static string Of(Func<(ReadDiagnostics Diagnostics, IReadOnlyList<DataProblem> Problems, IndicatorTable Table)> read)
    {
        try
        {
            var (diagnostics, problems, table) = read();
            var text = new StringBuilder();
            text.AppendLine($"used {diagnostics.RowsUsed} rejected {diagnostics.RowsRejected} unclassified {table.Diagnostics.UnclassifiedFirmYears}");
            foreach (var rejection in table.Diagnostics.Rejections)
            {
                text.AppendLine($"rejected {rejection.Count}: {rejection.Reason}");
            }

            foreach (var warning in diagnostics.Warnings)
            {
                text.AppendLine("warning " + warning);
            }

            foreach (var problem in problems)
            {
                text.AppendLine("problem " + problem);
            }

            foreach (var row in table)
            {
                text.AppendLine(row.ToString());
            }

            return text.ToString();
        }
        catch (DataException e)
        {
            return "error " + e.TotalCount + "\n" + string.Join("\n", e.Problems);
        }
    }
}
