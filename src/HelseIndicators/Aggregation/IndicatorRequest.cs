using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>What to compute: the breakdown, the years, the indicators, prices and disclosure control.</summary>
/// <remarks>
/// <para>Default: the grand total only, every year in the data, every indicator, current prices, disclosure control
/// on with its defaults, the default taxonomy, no firm list.</para>
/// <para>Rows are produced for the grand total and for each group of the requested combination of
/// <see cref="Dimensions"/> (for example segment × county); single dimensions of a combination are not added
/// unless requested in a separate call.</para>
/// <para>Equality: reference equality. Thread safety: immutable once built (init-only), safe to share.</para>
/// </remarks>
public sealed class IndicatorRequest
{
    /// <summary>Gets the breakdown: a combination of distinct dimensions; empty (default) = the total only.</summary>
    public IReadOnlyList<GroupDimension> Dimensions { get; init; } = [];

    /// <summary>Gets the first year reported (null = the first in the data). The year before is still used as the
    /// base of its growth when the data has it.</summary>
    public int? FromYear { get; init; }

    /// <summary>Gets the last year reported (null = the last in the data).</summary>
    public int? ToYear { get; init; }

    /// <summary>Gets the indicators to compute (null = all of <see cref="IndicatorCatalog.All"/>).</summary>
    public IReadOnlyCollection<IndicatorId>? Indicators { get; init; }

    /// <summary>Gets the price index for constant prices (null = current prices). Needs <see cref="BaseYear"/>.</summary>
    public PriceIndex? PriceIndex { get; init; }

    /// <summary>Gets the base year b of constant prices; used with <see cref="PriceIndex"/>.</summary>
    public int? BaseYear { get; init; }

    /// <summary>Gets the disclosure control (null = the engine's default, which is on with (3, 2, 85)).</summary>
    public DisclosureControlOptions? Disclosure { get; init; }

    /// <summary>Gets the taxonomy (null = the engine's, by default <see cref="Taxonomy.Default"/>).</summary>
    public Taxonomy? Taxonomy { get; init; }

    /// <summary>Gets the firm list used for classification (null = none).</summary>
    public FirmList? FirmList { get; init; }

    /// <summary>Gets t₀ of the CAGR span (null = <see cref="FromYear"/>, else the first year in the data).</summary>
    public int? CagrFrom { get; init; }

    /// <summary>Gets t₁ of the CAGR span (null = <see cref="ToYear"/>, else the last year in the data).</summary>
    public int? CagrTo { get; init; }

    /// <summary>Gets the price basis the request asks for.</summary>
    public PriceBasis Prices => PriceIndex is not null && BaseYear is { } b ? PriceBasis.ConstantPrices(b) : PriceBasis.Current;

    /// <summary>A copy of this request with another breakdown.</summary>
    internal IndicatorRequest With(IReadOnlyList<GroupDimension> dimensions) => new()
    {
        Dimensions = dimensions,
        FromYear = FromYear,
        ToYear = ToYear,
        Indicators = Indicators,
        PriceIndex = PriceIndex,
        BaseYear = BaseYear,
        Disclosure = Disclosure,
        Taxonomy = Taxonomy,
        FirmList = FirmList,
        CagrFrom = CagrFrom,
        CagrTo = CagrTo,
    };

    /// <summary>Checks the request's consistency.</summary>
    /// <exception cref="ArgumentException">A dimension repeats or is undefined; from &gt; to; a price index
    /// without a base year or the reverse; an unknown indicator id.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Dimensions, nameof(Dimensions));
        var seen = new HashSet<GroupDimension>();
        foreach (var d in Dimensions)
        {
            _ = GroupDimensions.Id(d);
            if (!seen.Add(d))
            {
                throw new ArgumentException($"The dimension {GroupDimensions.Id(d)} is requested twice.", nameof(Dimensions));
            }
        }

        if (FromYear is { } f && ToYear is { } t && f > t)
        {
            throw new ArgumentException($"The first year ({f}) is after the last ({t}).", nameof(FromYear));
        }

        if ((PriceIndex is null) != (BaseYear is null))
        {
            throw new ArgumentException("Constant prices need both a price index and a base year.", nameof(BaseYear));
        }

        if (BaseYear is { } b && b is < 1 or > 9999)
        {
            throw new ArgumentException($"The base year {b} is outside 1–9999.", nameof(BaseYear));
        }

        if (Indicators is not null)
        {
            foreach (var id in Indicators)
            {
                if (!IndicatorCatalog.TryFind(id, out _))
                {
                    throw new ArgumentException($"'{id}' is not an indicator of the catalogue.", nameof(Indicators));
                }
            }
        }

        Disclosure?.Validate();
    }
}
