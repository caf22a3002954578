using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// Which sums, beyond every level, ratio side and count, the cells of an aggregate that sums rows as they are read keep
/// (<see cref="StreamingAggregate"/>): the same-firm pairs (for <c>X_growth_same_firms</c>), the squares of revenue (for
/// <c>hhi_revenue</c>) and the largest exports (for <c>top8_export_share</c>), each only when the request's indicators
/// need it. A read for a few indicators then does the work of those indicators: a read by segment for the levels and
/// ratios alone skips about a sixth of a row's instructions (docs/performance.md).
/// </summary>
/// <remarks>Equality: by value. Thread safety: immutable.</remarks>
internal readonly record struct CellContent(bool SameFirms, bool RevenueSquares, bool TopExporters)
{
    /// <summary>Every sum: any indicator can be computed.</summary>
    public static CellContent All => new(true, true, true);

    /// <summary>The sums the indicators of a request need (null, or a request for every indicator: all of them).</summary>
    public static CellContent For(IndicatorRequest? request)
    {
        if (request?.Indicators is not { } ids)
        {
            return All;
        }

        var needed = new CellContent(false, false, false);
        foreach (var id in ids)
        {
            if (IndicatorCatalog.TryFind(id, out var definition))
            {
                var more = NeededBy(definition);
                needed = new(needed.SameFirms | more.SameFirms, needed.RevenueSquares | more.RevenueSquares, needed.TopExporters | more.TopExporters);
            }
        }

        return needed;
    }

    /// <summary>The indicators of the catalogue these cells can give, in the catalogue's order.</summary>
    public IReadOnlyList<IndicatorId> Indicators => [.. IndicatorCatalog.All.Where(Gives).Select(d => d.Id)];

    /// <summary>Checks that a request asks only for indicators these cells can give.</summary>
    /// <exception cref="ArgumentException">The request asks (explicitly, or by asking for every indicator) for an
    /// indicator whose sums the read left out.</exception>
    public void Require(IndicatorRequest request)
    {
        var asked = request.Indicators ?? IndicatorCatalog.All.Select(d => d.Id);
        foreach (var id in asked)
        {
            if (IndicatorCatalog.TryFind(id, out var definition) && !Gives(definition))
            {
                throw new ArgumentException(
                    request.Indicators is null
                        ? $"The file was read for some indicators only, not {id}; list the indicators the table needs (IndicatorRequest.Indicators), or read the file with this request."
                        : $"The file was read for tables without {id}; read it with a request that asks for {id} (or for every indicator).",
                    nameof(request));
            }
        }
    }

    // The sums beyond levels, ratio sides and counts that an indicator needs: the one place that says which.
    private static CellContent NeededBy(IndicatorDefinition definition) => new(
        definition.Kind == IndicatorKind.GrowthSameFirms,
        definition.Id == IndicatorId.HhiRevenue,
        definition.Id == IndicatorId.Top8ExportShare);

    private bool Gives(IndicatorDefinition definition)
    {
        var needed = NeededBy(definition);
        return (SameFirms || !needed.SameFirms) && (RevenueSquares || !needed.RevenueSquares) && (TopExporters || !needed.TopExporters);
    }
}
