using System.Globalization;
using HelseIndicators.Model;

namespace HelseIndicators.Sample;

/// <summary>
/// Generates the synthetic panel in two streaming passes over the firms. Pass 1 simulates every firm's raw path and
/// sums the raw figures per segment and year; the sums give one scale factor per segment, year and field that brings
/// the segment to its calibration total. Pass 2 simulates every firm again (the same seed gives the same path) and
/// emits its calibrated rows. Memory: one reused firm path and segment × year tables, whatever the number of firms.
/// </summary>
/// <remarks>Not thread-safe: one instance per enumeration.</remarks>
internal sealed class SyntheticPanelGenerator
{
    // Dominant exporters exist only in panels big enough to have many pharma firms beside them.
    private const int DominantMinimumFirms = 300;
    private const double ExportCap = 0.95;
    private const double YoungAge = 6;

    private static readonly (string Name, double Weight)[] s_counties =
    [
        ("Oslo", 0.22), ("Viken", 0.20), ("Vestland", 0.11), ("Trøndelag", 0.09), ("Rogaland", 0.08),
        ("Vestfold og Telemark", 0.07), ("Innlandet", 0.06), ("Agder", 0.05), ("Møre og Romsdal", 0.05),
        ("Nordland", 0.04), ("Troms og Finnmark", 0.03),
    ];

    private readonly SyntheticPanelOptions _options;
    private readonly Segment[] _segments;
    private readonly SegmentProfile[] _profiles;
    private readonly string[] _labels;
    private readonly double[] _cumulativeWeights;
    private readonly NaceCode?[][] _codes;
    private readonly bool[][] _needsSegmentId;
    private readonly int _years;
    private readonly double[,] _targetRevenue;
    private readonly double[,] _targetExports;
    private readonly double[,] _targetRd;
    private readonly ulong _seed;
    private readonly ulong _assignmentOffset;

    public SyntheticPanelGenerator(SyntheticPanelOptions options)
    {
        _options = options;
        var taxonomy = options.Taxonomy;
        _segments = [.. taxonomy.Segments];
        _profiles = _segments.Select(s => SegmentProfile.Known.TryGetValue(s.Id, out var p) ? p : SegmentProfile.Generic).ToArray();
        // Names: the profile's label for the default segments ("Pharma"), the segment's English name for others.
        _labels = _segments.Select(s => SegmentProfile.Known.TryGetValue(s.Id, out var p) ? p.Label : s.Name.English).ToArray();
        _years = options.ToYear - options.FromYear + 1;
        _seed = unchecked((ulong)options.Seed);
        var offsetState = _seed ^ 0x5EED5A3B1E5EEDUL;
        _assignmentOffset = SampleRandom.SplitMix64(ref offsetState);

        var totalWeight = _profiles.Sum(p => p.FirmWeight);
        _cumulativeWeights = new double[_segments.Length];
        var cumulative = 0.0;
        for (var s = 0; s < _segments.Length; s++)
        {
            cumulative += _profiles[s].FirmWeight / totalWeight;
            _cumulativeWeights[s] = cumulative;
        }

        _codes = new NaceCode?[_segments.Length][];
        _needsSegmentId = new bool[_segments.Length][];
        for (var s = 0; s < _segments.Length; s++)
        {
            var texts = _profiles[s].NaceCodes.Length > 0 ? _profiles[s].NaceCodes : _segments[s].NaceCodes.Select(c => c.ToString()).ToArray();
            _codes[s] = texts.Length == 0
                ? [null]
                : texts.Select(t => NaceCode.Parse(t, taxonomy.Version).TryGetValue(out var c) ? c : (NaceCode?)null).ToArray();
            _needsSegmentId[s] = _codes[s].Select(c => c is not { } code || !ReferenceEquals(taxonomy.SegmentForNaceCode(code), _segments[s])).ToArray();
        }

        // Calibration totals per segment and year: the link's total split by the segments' shares within the link,
        // scaled by firms / 1 500.
        var scale = (decimal)options.Firms / SyntheticPanelOptions.DefaultFirms;
        _targetRevenue = new double[_segments.Length, _years];
        _targetExports = new double[_segments.Length, _years];
        _targetRd = new double[_segments.Length, _years];
        for (var s = 0; s < _segments.Length; s++)
        {
            var link = _segments[s].Link;
            var linkProfiles = link.Segments.Select(x => SegmentProfile.Known.TryGetValue(x.Id, out var p) ? p : SegmentProfile.Generic).ToArray();
            var revenueShare = _profiles[s].RevenueShare / linkProfiles.Sum(p => p.RevenueShare);
            var exportsShare = _profiles[s].ExportsShare / linkProfiles.Sum(p => p.ExportsShare);
            var rdShare = _profiles[s].RdShare / linkProfiles.Sum(p => p.RdShare);
            for (var t = 0; t < _years; t++)
            {
                var year = options.FromYear + t;
                _targetRevenue[s, t] = ToDouble(SampleCalibration.LinkTotal(link.Id, AccountField.Revenue, year) * scale) * revenueShare;
                _targetExports[s, t] = ToDouble(SampleCalibration.LinkTotal(link.Id, AccountField.Exports, year) * scale) * exportsShare;
                _targetRd[s, t] = ToDouble(SampleCalibration.LinkTotal(link.Id, AccountField.RdExpenditure, year) * scale) * rdShare;
            }
        }
    }

    /// <summary>Gets the segment (index into the taxonomy's segments) of firm <paramref name="index"/>.</summary>
    /// <remarks>
    /// A golden-ratio (Weyl) sequence shifted by the seed: the segments' firm counts follow their weights closely for
    /// any number of firms, and the segments are interleaved along the panel.
    /// </remarks>
    public int SegmentOf(long index)
    {
        var x = unchecked(_assignmentOffset + (ulong)(index + 1) * 0x9E3779B97F4A7C15UL);
        var u = (x >> 11) * (1.0 / 9007199254740992.0);
        for (var s = 0; s < _cumulativeWeights.Length - 1; s++)
        {
            if (u < _cumulativeWeights[s])
            {
                return s;
            }
        }

        return _cumulativeWeights.Length - 1;
    }

    /// <summary>Gets the segment of a segment index.</summary>
    public Segment Segment(int s) => _segments[s];

    /// <summary>
    /// The organisation number of firm <paramref name="index"/>: an affine permutation of 0 … 4 999 999 spreads the
    /// firms over 80 000 000 … 89 999 999 (first eight digits, even); when an even prefix admits no check digit, the
    /// next odd one does (its weighted sum is 2 higher mod 11), so the numbers are valid and distinct.
    /// </summary>
    public static OrganisationNumber OrganisationNumberOf(long index)
    {
        var permuted = (3_141_593L * index + 1_234_567L) % SyntheticPanel.MaxFirms;
        var prefix = (int)(80_000_000L + 2 * permuted);
        if (!OrganisationNumber.FromFirstEightDigits(prefix, out var number))
        {
            OrganisationNumber.FromFirstEightDigits(prefix + 1, out number);
        }

        return number;
    }

    public IEnumerable<FirmYear> Rows()
    {
        var factors = Calibrate();
        var path = new FirmPath(_years);
        var rng = new SampleRandom(0);
        var ordinals = new int[_segments.Length];
        for (long i = 0; i < _options.Firms; i++)
        {
            var s = SegmentOf(i);
            var ordinal = ordinals[s]++;
            Simulate(i, s, ordinal, rng, path);
            for (var t = path.Entry; t <= path.Exit; t++)
            {
                yield return Row(i, s, ordinal, t, path, factors);
            }
        }
    }

    private (double[,] Revenue, double[,] Exports, double[,] Rd) Calibrate()
    {
        var n = _segments.Length;
        var rawRevenue = new double[n, _years];
        var rawExports = new double[n, _years];
        var rawRd = new double[n, _years];
        var fixedRevenue = new double[n, _years];
        var fixedExports = new double[n, _years];
        var fixedRd = new double[n, _years];
        var path = new FirmPath(_years);
        var rng = new SampleRandom(0);
        var ordinals = new int[n];
        for (long i = 0; i < _options.Firms; i++)
        {
            var s = SegmentOf(i);
            var ordinal = ordinals[s]++;
            Simulate(i, s, ordinal, rng, path);
            for (var t = path.Entry; t <= path.Exit; t++)
            {
                if (path.Dominant >= 0)
                {
                    var d = _profiles[s].Dominant[path.Dominant];
                    fixedRevenue[s, t] += d.Revenue;
                    fixedExports[s, t] += d.Exports;
                    fixedRd[s, t] += d.Rd;
                    continue;
                }

                rawRevenue[s, t] += path.RawRevenue[t];
                if (!double.IsNaN(path.ExportShare[t]))
                {
                    rawExports[s, t] += path.ExportShare[t] * path.RawRevenue[t];
                }

                if (!double.IsNaN(path.RawRd[t]))
                {
                    rawRd[s, t] += path.RawRd[t];
                }
            }
        }

        var revenue = new double[n, _years];
        var exports = new double[n, _years];
        var rd = new double[n, _years];
        for (var s = 0; s < n; s++)
        {
            for (var t = 0; t < _years; t++)
            {
                revenue[s, t] = rawRevenue[s, t] > 0 ? _targetRevenue[s, t] * Math.Max(0, 1 - fixedRevenue[s, t]) / rawRevenue[s, t] : 0;
                var scaledExports = rawExports[s, t] * revenue[s, t];
                // Exports are a share of the firm's calibrated revenue, the share scaled by this factor.
                exports[s, t] = scaledExports > 0 ? _targetExports[s, t] * Math.Max(0, 1 - fixedExports[s, t]) / scaledExports : 0;
                rd[s, t] = rawRd[s, t] > 0 ? _targetRd[s, t] * Math.Max(0, 1 - fixedRd[s, t]) / rawRd[s, t] : 0;
            }
        }

        return (revenue, exports, rd);
    }

    private void Simulate(long index, int s, int ordinal, SampleRandom rng, FirmPath p)
    {
        rng.Reset(SampleRandom.Mix(_seed, (ulong)index));
        var profile = _profiles[s];
        var years = _years;
        p.Dominant = _options.Firms >= DominantMinimumFirms && ordinal < profile.Dominant.Length ? ordinal : -1;
        var dominant = p.Dominant >= 0;

        // Firm-level traits, drawn in a fixed order: a firm's stream depends only on the seed, its position and its kind.
        p.County = PickCounty(rng.NextDouble());
        p.NaceIndex = rng.NextInt(_codes[s].Length);
        var incumbentDraw = rng.NextDouble();
        var entryDraw = rng.NextInt(Math.Max(1, years - 1));
        var exitDraw = rng.NextDouble();
        var exitYearDraw = rng.NextDouble();
        var ageDraw = rng.NextInt(30);
        var startAgeDraw = rng.NextInt(2);
        var sizeBase = rng.NextLogNormal(0, profile.SizeSigma);
        var exporter = dominant || rng.Chance(profile.ExporterProbability);
        var exportShareBase = rng.Uniform(profile.ExportShareMin, profile.ExportShareMax);
        var rdReported = dominant || rng.Chance(profile.RdReportedProbability);
        var rdPositive = dominant || rng.Chance(profile.RdPositiveProbability);
        var rdRatio = rng.Uniform(profile.RdRatioMin, profile.RdRatioMax);
        var youngRdRatio = rng.Uniform(profile.YoungRdRatioMin, profile.YoungRdRatioMax);
        var lossMaker = !dominant && rng.Chance(profile.YoungLossProbability);
        var marginBase = profile.MarginMean + profile.MarginSd * rng.NextNormal();
        var wageBase = profile.WageShare * SampleMath.Exp(0.2 * rng.NextNormal());
        var depreciationBase = profile.DepreciationShare * SampleMath.Exp(0.3 * rng.NextNormal());

        var incumbent = dominant || years == 1 || incumbentDraw < 0.62;
        p.Entry = incumbent ? 0 : 1 + entryDraw;
        p.Exit = !dominant && p.Entry < years - 1 && exitDraw < 0.2
            ? p.Entry + (int)(exitYearDraw * (years - 1 - p.Entry))
            : years - 1;
        var founded = incumbent
            ? _options.FromYear - 1 - ageDraw - (dominant ? 20 : 0)
            : _options.FromYear + p.Entry - startAgeDraw;

        // A firm founded less than YoungAge years before its first year starts small, like an entrant.
        var startAge = _options.FromYear + p.Entry - founded;
        var startFactor = startAge < YoungAge ? profile.EntrantSize * SampleMath.Exp(0.25 * startAge) : 1.0;
        var size = 0.0;
        for (var t = p.Entry; t <= p.Exit; t++)
        {
            var growthNoise = rng.NextNormal();
            var marginNoise = rng.NextNormal();
            var exportsMissing = rng.NextDouble();
            var rdMissing = rng.NextDouble();
            var depreciationMissing = rng.NextDouble();
            var employeesMissing = rng.NextDouble();
            var wagesMissing = rng.NextDouble();
            var profitMissing = rng.NextDouble();
            var lossMargin = rng.Uniform(0.3, 2.0);
            var lossWageShare = rng.Uniform(0.6, 1.4);

            var age = _options.FromYear + t - founded;
            var young = age < YoungAge;
            var loss = young && lossMaker;
            size = t == p.Entry
                ? sizeBase * startFactor
                : size * SampleMath.Exp(profile.Growth + (young ? 0.20 : 0.0) - 0.005 + 0.10 * growthNoise);
            p.RawRevenue[t] = size;

            p.ExportShare[t] = !dominant && exportsMissing < 0.02 ? double.NaN
                : exporter ? exportShareBase
                : young && profile.StartupsExport ? Math.Max(0.02, 0.2 * exportShareBase)
                : 0.0;
            p.RawRd[t] = !rdReported || (!dominant && rdMissing < 0.03) ? double.NaN
                : !rdPositive ? 0.0
                : size * (loss ? youngRdRatio : rdRatio);
            p.Margin[t] = loss ? -lossMargin : marginBase + 0.03 * marginNoise;
            p.WageShare[t] = loss ? lossWageShare : wageBase;
            p.DepreciationShare[t] = !dominant && depreciationMissing < 0.03 ? double.NaN : depreciationBase;
            p.EmployeesMissing[t] = !dominant && employeesMissing < 0.015;
            p.WagesMissing[t] = !dominant && wagesMissing < 0.01;
            p.ProfitMissing[t] = !dominant && profitMissing < 0.005;
        }
    }

    private FirmYear Row(long index, int s, int ordinal, int t, FirmPath p, (double[,] Revenue, double[,] Exports, double[,] Rd) factors)
    {
        var profile = _profiles[s];
        var year = _options.FromYear + t;
        double revenue, exports, rd;
        if (p.Dominant >= 0)
        {
            var d = profile.Dominant[p.Dominant];
            revenue = _targetRevenue[s, t] * d.Revenue;
            exports = Math.Min(ExportCap * revenue, _targetExports[s, t] * d.Exports);
            rd = _targetRd[s, t] * d.Rd;
        }
        else
        {
            revenue = p.RawRevenue[t] * factors.Revenue[s, t];
            exports = double.IsNaN(p.ExportShare[t]) ? double.NaN : revenue * Math.Min(ExportCap, p.ExportShare[t] * factors.Exports[s, t]);
            rd = double.IsNaN(p.RawRd[t]) ? double.NaN : p.RawRd[t] * factors.Rd[s, t];
        }

        var wages = revenue * p.WageShare[t];
        var employees = Math.Round(wages / AverageWage(year) * 10.0);
        var code = _codes[s][p.NaceIndex];
        return new FirmYear(OrganisationNumberOf(index), year)
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"Synthetic {_labels[s]} {ordinal + 1:D4} AS"),
            NaceCode = code,
            SegmentId = _needsSegmentId[s][p.NaceIndex] ? _segments[s].Id : null,
            County = s_counties[p.County].Name,
            Revenue = Nok(revenue),
            OperatingProfit = p.ProfitMissing[t] ? null : Nok(revenue * p.Margin[t]),
            Depreciation = double.IsNaN(p.DepreciationShare[t]) ? null : Nok(revenue * p.DepreciationShare[t]),
            WageCosts = p.WagesMissing[t] ? null : Nok(wages),
            Employees = p.EmployeesMissing[t] ? null : new decimal((long)employees) / 10m,
            Exports = double.IsNaN(exports) ? null : Nok(exports),
            RdExpenditure = double.IsNaN(rd) ? null : Nok(rd),
        };
    }

    private static decimal Nok(double amount) => new((long)Math.Round(amount));

    // Whole kroner through long: long → double is IEEE rounding, the same in every runtime.
    private static double ToDouble(decimal amount) => decimal.ToInt64(decimal.Round(amount, MidpointRounding.ToEven));

    /// <summary>Wage costs per full-time equivalent: NOK 600 000 in 2015, 3 % a year.</summary>
    private static double AverageWage(int year) => 600_000.0 * SampleMath.Exp(0.03 * (year - 2015));

    private static int PickCounty(double u)
    {
        var cumulative = 0.0;
        for (var c = 0; c < s_counties.Length - 1; c++)
        {
            cumulative += s_counties[c].Weight;
            if (u < cumulative)
            {
                return c;
            }
        }

        return s_counties.Length - 1;
    }
}
