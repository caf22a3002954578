using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>
/// Computes the indicator panel of INDICATORS.md §4–5 from firm-years: classification, grouping, levels, ratios of
/// sums, growth, CAGR, contributions, concentration, constant prices and disclosure control.
/// </summary>
/// <remarks>
/// <para>The engine is stateless apart from its defaults (taxonomy, disclosure control), which a request can
/// override. Large in-memory inputs (an <see cref="IReadOnlyList{T}"/> of 100 000 rows or more) are aggregated,
/// on machines with four or more logical processors, in parallel partitions that are merged exactly (<see cref="PanelAggregate.Merge"/>): the result does not
/// depend on the partitioning.</para>
/// <para>Thread safety: immutable, safe to use from several threads at once.</para>
/// </remarks>
public sealed class IndicatorEngine
{
    private const int ParallelThreshold = 100_000;
    private readonly int _partitions;

    /// <summary>Creates an engine with the default taxonomy and disclosure control on (3, 2, 85).</summary>
    public IndicatorEngine()
        : this(null, null)
    {
    }

    /// <summary>Creates an engine with defaults for requests that leave them out.</summary>
    /// <param name="taxonomy">The default taxonomy (null = <see cref="Taxonomy.Default"/>).</param>
    /// <param name="disclosure">The default disclosure control (null = <see cref="DisclosureControlOptions.Default"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The disclosure options are out of range.</exception>
    public IndicatorEngine(Taxonomy? taxonomy, DisclosureControlOptions? disclosure)
        : this(taxonomy, disclosure, Math.Min(Environment.ProcessorCount / 2, 8))
    {
    }

    /// <summary>Creates an engine that splits large in-memory inputs into a given number of partitions (tests).</summary>
    internal IndicatorEngine(Taxonomy? taxonomy, DisclosureControlOptions? disclosure, int partitions)
    {
        _partitions = Math.Max(1, partitions);
        Taxonomy = taxonomy ?? Taxonomy.Default;
        Disclosure = (disclosure ?? DisclosureControlOptions.Default).Validate();
    }

    /// <summary>Gets the taxonomy used when a request has none.</summary>
    public Taxonomy Taxonomy { get; }

    /// <summary>Gets the disclosure control used when a request has none.</summary>
    public DisclosureControlOptions Disclosure { get; }

    /// <summary>Computes the indicator table of firm-years.</summary>
    /// <param name="rows">The firm-years, in any order.</param>
    /// <param name="request">What to compute.</param>
    /// <returns>The table, with the diagnostics of the rows.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The request is inconsistent.</exception>
    /// <exception cref="Data.DataException">The price index lacks a year that is needed.</exception>
    /// <exception cref="OverflowException">A sum cannot be held exactly in a <see cref="decimal"/> (more than 28–29
    /// significant digits): sums are never rounded.</exception>
    public IndicatorTable Compute(IEnumerable<FirmYear> rows, IndicatorRequest request) =>
        ComputePublication(rows, request, [request?.Dimensions ?? throw new ArgumentNullException(nameof(request))]).Tables[0];

    /// <summary>Computes the tables of one publication of firm-years, protected together (INDICATORS.md §5.1): one
    /// table per breakdown, each with the request's years, indicators, prices and disclosure control. Tables released
    /// together must be computed together: protecting them one by one lets a total minus its released parts give a
    /// withheld part back.</summary>
    /// <param name="rows">The firm-years, in any order.</param>
    /// <param name="request">What to compute (its <see cref="IndicatorRequest.Dimensions"/> is not used).</param>
    /// <param name="breakdowns">The breakdowns, one table each (for the report: link and segment).</param>
    /// <returns>The publication, with the diagnostics of the rows on every table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The request is inconsistent, or no breakdown is given.</exception>
    /// <exception cref="Data.DataException">The price index lacks a year that is needed.</exception>
    /// <exception cref="OverflowException">A sum cannot be held exactly in a <see cref="decimal"/>.</exception>
    public IndicatorPublication ComputePublication(IEnumerable<FirmYear> rows, IndicatorRequest request, IReadOnlyList<IReadOnlyList<GroupDimension>> breakdowns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(breakdowns);
        request.Validate();
        return Aggregate(rows, request).BuildPublication(request, breakdowns, Disclosure);
    }

    private PanelAggregate Aggregate(IEnumerable<FirmYear> rows, IndicatorRequest request)
    {
        var taxonomy = request.Taxonomy ?? Taxonomy;
        PanelAggregate aggregate;
        if (rows is IReadOnlyList<FirmYear> list && list.Count >= ParallelThreshold && _partitions > 1)
        {
            var parts = _partitions;
            var aggregates = new PanelAggregate[parts];
            var firmList = request.FirmList ?? FirmList.Empty;
            Parallel.For(0, parts, p =>
            {
                var part = new PanelAggregate(taxonomy, firmList, (list.Count / parts) + 1);
                var end = (int)((long)list.Count * (p + 1) / parts);
                for (var i = (int)((long)list.Count * p / parts); i < end; i++)
                {
                    part.Add(list[i]);
                }

                aggregates[p] = part;
            });
            aggregate = aggregates[0];
            for (var p = 1; p < parts; p++)
            {
                aggregate.Merge(aggregates[p]);
            }
        }
        else
        {
            aggregate = new PanelAggregate(taxonomy, request.FirmList ?? FirmList.Empty, rows is IReadOnlyCollection<FirmYear> c ? c.Count : 0);
            foreach (var row in rows)
            {
                aggregate.Add(row);
            }
        }

        return aggregate;
    }

    /// <summary>Computes the indicator table of a stream of firm-years.</summary>
    /// <param name="rows">The firm-years, in any order.</param>
    /// <param name="request">What to compute.</param>
    /// <param name="progress">Receives the number of rows read so far, every 10 000 rows and at the end.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>The table, with the diagnostics of the rows.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The request is inconsistent.</exception>
    /// <exception cref="OperationCanceledException">The computation was cancelled.</exception>
    /// <exception cref="Data.DataException">The price index lacks a year that is needed.</exception>
    /// <exception cref="OverflowException">A sum cannot be held exactly in a <see cref="decimal"/> (more than 28–29
    /// significant digits): sums are never rounded.</exception>
    public async Task<IndicatorTable> ComputeAsync(
        IAsyncEnumerable<FirmYear> rows, IndicatorRequest request, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var aggregate = new PanelAggregate(request.Taxonomy ?? Taxonomy, request.FirmList ?? FirmList.Empty);
        long count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            aggregate.Add(row);
            if (++count % 10_000 == 0)
            {
                progress?.Report(count);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        progress?.Report(count);
        return aggregate.Build(request, Disclosure);
    }
}
