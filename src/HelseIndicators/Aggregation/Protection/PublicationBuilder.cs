using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>
/// Builds the tables of one publication from one set of detail cells, protected together (INDICATORS.md §5.1): the
/// suppression plan is decided over every table's groups and years at once, then each table's rows follow it.
/// </summary>
internal static class PublicationBuilder
{
    /// <summary>Builds one table per request; the requests differ only in their breakdown.</summary>
    /// <param name="detail">The detail cells (kept by presence pattern when the publication is protected).</param>
    /// <param name="taxonomy">The taxonomy the slots refer to.</param>
    /// <param name="diagnostics">The accounting of the rows.</param>
    /// <param name="requests">One request per table.</param>
    /// <param name="disclosure">The disclosure control.</param>
    /// <returns>The tables, in the order of the requests.</returns>
    public static IReadOnlyList<IndicatorTable> Build(DetailCells detail, Taxonomy taxonomy, PanelDiagnostics diagnostics,
        IReadOnlyList<IndicatorRequest> requests, DisclosureControlOptions disclosure)
    {
        var builders = requests.Select(r => new TableBuilder(detail, taxonomy, diagnostics, r, disclosure)).ToArray();
        SuppressionPlan? plan = null;
        if (disclosure.Enabled && disclosure.SecondarySuppression && detail.ByPattern)
        {
            var years = new HashSet<int>();
            foreach (var b in builders)
            {
                years.UnionWith(b.NeededYears());
            }

            plan = new PublicationProtector(detail, builders.Select(b => (Func<int, GroupKey>)b.KeyOfSlot).ToArray(), years, disclosure).Protect();
        }

        return builders.Select(b => b.Build(plan)).ToArray();
    }
}
