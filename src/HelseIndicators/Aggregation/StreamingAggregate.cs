using HelseIndicators.Data.Csv;
using HelseIndicators.Data.Panel;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>
/// What the aggregates that sum rows as they are read share (<see cref="FirmGroupedAggregate"/>,
/// <see cref="YearGroupedAggregate"/>): the row rules and classification (<see cref="RowIntake"/>), the detail cells,
/// the accounting, and the table. They differ only in how they find a firm's year before.
/// </summary>
/// <remarks>Accepts, rejects and classifies exactly as <see cref="PanelAggregate"/>, and gives the same tables for the
/// same rows. Thread safety: not thread-safe to add to; <see cref="ToTable"/> does not change it.</remarks>
internal abstract class StreamingAggregate : ICsvRowSink<PanelRow>
{
    private readonly RowIntake _intake;
    private readonly SlotDetail _detail;
    private readonly bool _sameFirms; // Cells.Content.SameFirms, read once a row
    private long _used;
    private long _unclassified;

    /// <param name="taxonomy">The taxonomy (null = <see cref="Taxonomy.Default"/>).</param>
    /// <param name="firmList">The firm list (null = none).</param>
    /// <param name="dominanceN">The largest values each sum keeps: the largest dominance n a table may ask for.</param>
    /// <param name="detail">The dimensions the slots keep: the ones a table may break down by.</param>
    /// <param name="content">The sums the cells keep beside the levels and ratios: the ones the tables' indicators need.</param>
    protected StreamingAggregate(Taxonomy? taxonomy, FirmList? firmList, int dominanceN, SlotDetail detail, CellContent content)
    {
        _intake = new RowIntake(taxonomy, firmList);
        _detail = detail;
        _sameFirms = content.SameFirms;
        // A coarse breakdown (a few dozen cells of many rows) keeps its sums by presence pattern, a fine one (thousands
        // of cells of a few rows from varied firms) per quantity, which then takes less memory (see QuantitySums).
        // With disclosure control on, the cells keep their sums by pattern whatever the breakdown: the protection of the
        // publication works on the atoms they give (see ProtectionAtoms).
        Cells = new DetailCells(new CountyTable(), dominanceN, byPattern: dominanceN > 0 || (!detail.County && !detail.SizeClass), content);
    }

    public Taxonomy Taxonomy => _intake.Taxonomy;

    public FirmList FirmList => _intake.FirmList;

    /// <summary>The largest dominance n a table of this aggregate can use.</summary>
    public int DominanceN => Cells.DominanceN;

    /// <summary>The dimensions a table of this aggregate can break down by.</summary>
    public SlotDetail Detail => _detail;

    /// <summary>The indicators a table of this aggregate can give (see <see cref="CellContent"/>).</summary>
    public CellContent Content => Cells.Content;

    public PanelDiagnostics Diagnostics => _intake.Diagnostics(_used, _unclassified);

    protected DetailCells Cells { get; }

    /// <inheritdoc/>
    /// <remarks>The row comes from the panel reader, which has checked the row rules (see
    /// <see cref="RowIntake.AcceptFromReader"/>).</remarks>
    public void Take(in PanelRow row)
    {
        if (!_intake.AcceptFromReader(in row))
        {
            return;
        }

        _used++;
        var now = Next(row.OrganisationNumber.Value, row.Year);
        now.OrganisationNumber = row.OrganisationNumber.Value;
        now.Year = row.Year;
        now.Segment = _intake.SegmentOf(in row);
        if (now.Segment < 0)
        {
            _unclassified++;
        }
        else
        {
            // A dimension no table will break down by is left out of the slot: fewer cells, each of them hotter.
            var county = _detail.County ? Cells.Counties.IndexOf(row.County) : -1;
            var size = _detail.SizeClass ? (byte)SizeClasses.FromEmployees(row.Employees is < 0 ? null : row.Employees) : (byte)0;
            now.Slot = Cells.SlotOf(new CellSlot(now.Segment, county, size));
            row.Amounts.CopyTo(now.Values); // an absent amount is 0
            now.Present = Measures.CompleteValueAdded(now.Values, row.Amounts.Present);
            Cells.Add(now.Slot, now.Year, now.Values, now.Present);
        }

        Added(now);
    }

    /// <summary>Computes an indicator table (see <see cref="PanelAggregate.ToTable"/>).</summary>
    /// <exception cref="ArgumentException">As <see cref="PanelAggregate.ToTable"/>; or the request's disclosure control
    /// needs more largest values than <see cref="DominanceN"/>; or it breaks down by a dimension the slots left out
    /// (<see cref="Detail"/>); or it asks for an indicator whose sums the cells left out (<see cref="Content"/>).</exception>
    public IndicatorTable ToTable(IndicatorRequest request) => ToPublication(request, [request.Dimensions]).Tables[0];

    /// <summary>Computes the tables of one publication, protected together (see <see cref="PanelAggregate.ToPublication"/>).</summary>
    /// <exception cref="ArgumentException">As <see cref="ToTable"/>, for any of the breakdowns.</exception>
    public IndicatorPublication ToPublication(IndicatorRequest request, IReadOnlyList<IReadOnlyList<GroupDimension>> breakdowns)
    {
        var requests = IndicatorPublication.RequestsFor(request, breakdowns);
        foreach (var r in requests)
        {
            TableBuilder.CheckRequest(r, Taxonomy, FirmList);
            _detail.Require(r);
            Content.Require(r);
        }

        var disclosure = request.Disclosure ?? DisclosureControlOptions.Default;
        if (TableBuilder.TopNOf(disclosure) > DominanceN)
        {
            throw new ArgumentException(
                DominanceN == 0
                    ? "The file was read with disclosure control off, so its cells cannot be checked for dominance; read it with this request."
                    : $"The file was read keeping the {DominanceN} largest values per cell; read it with this request to use a dominance n of {disclosure.DominanceN}.",
                nameof(request));
        }

        return new IndicatorPublication(PublicationBuilder.Build(Cells, Taxonomy, Diagnostics, requests, disclosure), disclosure);
    }

    /// <summary>The object to fill with the next accepted firm-year (it may be reused once <see cref="Added"/> let it go).</summary>
    protected abstract FirmYearValues Next(int organisationNumber, int year);

    /// <summary>Called with each accepted firm-year once it is in the cells: find its year before, keep what is needed.</summary>
    protected abstract void Added(FirmYearValues now);

    /// <summary>Adds another aggregate's accounting (for parts joined in file order).</summary>
    protected void AddAccounting(StreamingAggregate other)
    {
        _intake.AddRejections(other._intake);
        _used += other._used;
        _unclassified += other._unclassified;
    }

    /// <summary>Whether the cells keep same-firm sums (the tables' indicators include same-firm growth).</summary>
    protected bool KeepsSameFirms => _sameFirms;

    /// <summary>A firm's classified firm-years in consecutive years make a same-firm pair (when the cells keep them).</summary>
    protected void AddSameFirm(FirmYearValues before, FirmYearValues now)
    {
        if (KeepsSameFirms && before.OrganisationNumber == now.OrganisationNumber && before.Year == now.Year - 1
            && before.Segment >= 0 && now.Segment >= 0)
        {
            Cells.AddSameFirm(before.Slot, now.Slot, now.Year, now.Values, now.Present, before.Values, before.Present);
        }
    }
}
