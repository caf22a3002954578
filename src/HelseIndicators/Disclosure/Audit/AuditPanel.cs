using HelseIndicators.Model;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// The microdata as the engine takes it in, recomputed independently: rows the engine rejects are left out (a year
/// outside 1–9999, a currency other than NOK, a row rule of <see cref="FirmYear.Validate"/> broken, and every
/// occurrence of an (organisation number, year) given twice), and each remaining row is classified with the library's
/// <see cref="FirmClassifier"/>. Unclassified firm-years are in no group, so in no released sum.
/// </summary>
/// <remarks>Thread safety: immutable after construction.</remarks>
internal sealed class AuditPanel
{
    private readonly Dictionary<(int Firm, int Year), AuditFirmYear> _byKey = [];
    private readonly Dictionary<int, List<AuditFirmYear>> _byYear = [];

    private AuditPanel(List<AuditFirmYear> firmYears, int rejected, int unclassified)
    {
        FirmYears = firmYears;
        Rejected = rejected;
        Unclassified = unclassified;
        foreach (var f in firmYears)
        {
            _byKey[(f.OrganisationNumber.Value, f.Year)] = f;
            if (!_byYear.TryGetValue(f.Year, out var list))
            {
                _byYear[f.Year] = list = [];
            }

            list.Add(f);
        }
    }

    /// <summary>The accepted, classified firm-years, indexed by <see cref="AuditFirmYear.Index"/>.</summary>
    public IReadOnlyList<AuditFirmYear> FirmYears { get; }

    /// <summary>The rows the engine rejects.</summary>
    public int Rejected { get; }

    /// <summary>The accepted rows in no segment.</summary>
    public int Unclassified { get; }

    /// <summary>The classified firm-years of a year (empty when none).</summary>
    public IReadOnlyList<AuditFirmYear> InYear(int year) => _byYear.TryGetValue(year, out var list) ? list : [];

    /// <summary>The classified firm-year of a firm in a year, or null.</summary>
    public AuditFirmYear? Find(OrganisationNumber firm, int year) => _byKey.GetValueOrDefault((firm.Value, year));

    public static AuditPanel Build(IEnumerable<FirmYear> rows, Taxonomy taxonomy, FirmList? firmList)
    {
        var classifier = new FirmClassifier(taxonomy, firmList);
        var accepted = new Dictionary<(int Firm, int Year), FirmYear>();
        var duplicated = new HashSet<(int Firm, int Year)>();
        var order = new List<(int Firm, int Year)>();
        var rejected = 0;
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            if (row.Year is < 1 or > 9999 || row.Currency != Currency.Nok || row.Validate().Count > 0)
            {
                rejected++;
                continue;
            }

            var key = (row.OrganisationNumber.Value, row.Year);
            if (duplicated.Contains(key))
            {
                rejected++;
            }
            else if (accepted.Remove(key))
            {
                duplicated.Add(key);
                rejected += 2; // the engine rejects every occurrence
            }
            else
            {
                accepted.Add(key, row);
                order.Add(key);
            }
        }

        var firmYears = new List<AuditFirmYear>(accepted.Count);
        var unclassified = 0;
        foreach (var key in order)
        {
            if (!accepted.TryGetValue(key, out var row))
            {
                continue;
            }

            if (classifier.Classify(row).Segment is { } segment)
            {
                firmYears.Add(new AuditFirmYear(firmYears.Count, row, segment));
            }
            else
            {
                unclassified++;
            }
        }

        return new AuditPanel(firmYears, rejected, unclassified);
    }
}
