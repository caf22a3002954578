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

            // Every cell any indicator would release is protected, whichever indicators are asked for: two calls on the
            // same data that ask for different indicators then agree on every cell they both give.
            var used = UsedQuantities(null);
            plan = new PublicationProtector(detail, builders.Select(b => (Func<int, GroupKey>)b.KeyOfSlot).ToArray(), years, used, disclosure).Protect();
        }

        return builders.Select(b => b.Build(plan)).ToArray();
    }

    /// <summary>The cells the rows of some indicators release (null: all of them).</summary>
    public static IReadOnlyCollection<CellQuantity> UsedQuantities(IReadOnlyCollection<IndicatorId>? indicators)
    {
        var used = new HashSet<CellQuantity>();
        foreach (var d in IndicatorCatalog.All)
        {
            if (indicators is not null && !indicators.Contains(d.Id))
            {
                continue;
            }

            switch (d.Kind)
            {
                case IndicatorKind.Ratio:
                    var r = RatioDefinitions.IndexOf(d);
                    used.Add(CellQuantity.Numerator(r));
                    used.Add(CellQuantity.Denominator(r));
                    break;
                case IndicatorKind.Count or IndicatorKind.CountRatio:
                    break;
                default:
                    used.Add(CellQuantity.Level(d.Numerator!.Value));
                    break;
            }
        }

        return used.OrderBy(q => q.Kind).ThenBy(q => q.Index).ToArray();
    }
}
