using HelseIndicators.Aggregation;
using HelseIndicators.Data;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.FirmLists;
using HelseIndicators.Data.Panel;
using HelseIndicators.Data.PriceIndices;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Cli;

/// <summary>
/// What the panel commands share: read the auxiliary files, stream the panel through the engine, and account for
/// every row (the reader's rejections are added to the engine's diagnostics).
/// </summary>
internal sealed record PanelJob
{
    public required string? InputPath { get; init; }
    public IReadOnlyList<GroupDimension> Dimensions { get; init; } = [];
    public IReadOnlyList<IndicatorId>? Indicators { get; init; } // null: every indicator
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public string? FirmListPath { get; init; }
    public string? DeflatorPath { get; init; }
    public int? BaseYear { get; init; }
    public bool DisclosureControl { get; init; } = true;
    public decimal? ProtectionLevel { get; init; } // null: the default (INDICATORS.md §5.1)
    public bool Lenient { get; init; }

    public ReadMode Mode => Lenient ? ReadMode.Lenient : ReadMode.Strict;

    /// <summary>Checks what the parser cannot: pairs of options and files that must exist.</summary>
    public void Validate()
    {
        if (InputPath is not null)
        {
            CliOptions.RequireFile(InputPath, "--input");
        }

        if ((DeflatorPath is null) != (BaseYear is null))
        {
            throw new UsageException("--deflator and --base-year go together: give both for constant prices, or neither.");
        }

        if (DeflatorPath is not null)
        {
            CliOptions.RequireFile(DeflatorPath, "--deflator");
        }

        if (FirmListPath is not null)
        {
            CliOptions.RequireFile(FirmListPath, "--firms");
        }

        if (ProtectionLevel is { } p && p is < 0m or >= 1m)
        {
            throw new UsageException($"--protection-level {p.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside [0, 1): give a fraction such as 0.1 for 10 %.");
        }

        if (FromYear is { } f && ToYear is { } t && f > t)
        {
            throw new UsageException($"--from {f} is after --to {t}.");
        }
    }

    public IndicatorRequest Request(FirmList? firmList, PriceIndex? priceIndex) => new()
    {
        Dimensions = Dimensions,
        Indicators = Indicators,
        FromYear = FromYear,
        ToYear = ToYear,
        FirmList = firmList,
        PriceIndex = priceIndex,
        BaseYear = priceIndex is null ? null : BaseYear,
        Disclosure = !DisclosureControl
            ? DisclosureControlOptions.Disabled
            : ProtectionLevel is { } p ? DisclosureControlOptions.Default with { ProtectionLevel = p } : DisclosureControlOptions.Default,
        Taxonomy = Taxonomy.Default,
    };

    /// <summary>Reads the firm list and price index (if any), then streams the panel file through the engine.</summary>
    public IndicatorTable ComputeFromFile(CliContext context) => ComputeFromFile(context, [Dimensions])[0];

    /// <summary>Reads the panel file once and computes one table per breakdown, protected together as one publication
    /// (INDICATORS.md §5.1; the report needs two).</summary>
    public IReadOnlyList<IndicatorTable> ComputeFromFile(CliContext context, IReadOnlyList<IReadOnlyList<GroupDimension>> breakdowns)
    {
        Validate();
        var request = Request(ReadFirmList(context), ReadPriceIndex(context));
        RequireIndexYears(request);
        var path = InputPath!;
        var options = new PanelCsvOptions { Mode = Mode, SourceName = path, Taxonomy = Taxonomy.Default };
        // The read keeps the dimensions of every breakdown asked for and the sums of the indicators, and no more (fewer
        // cells and sums, a faster read).
        var readRequest = (this with { Dimensions = [.. breakdowns.SelectMany(d => d).Distinct()] }).Request(request.FirmList, request.PriceIndex);
        var read = ProgressDisplay.ForFile(context, "Reading " + Path.GetFileName(path), path, progress =>
            PanelFileAggregate.Read(path, readRequest, options with { Progress = progress })); // in parts, merged exactly
        ReportSkipped(context, read.Problems, read.Diagnostics);
        return read.ToPublication(request, breakdowns).Tables;
    }

    /// <summary>Runs the engine over rows already in memory (the embedded sample): one table per breakdown, protected
    /// together as one publication.</summary>
    public IReadOnlyList<IndicatorTable> Compute(CliContext context, IEnumerable<FirmYear> rows, IReadOnlyList<IReadOnlyList<GroupDimension>> breakdowns)
    {
        Validate();
        var request = Request(ReadFirmList(context), ReadPriceIndex(context));
        RequireIndexYears(request);
        return new IndicatorEngine().ComputePublication(rows, request, breakdowns).Tables;
    }

    private FirmList? ReadFirmList(CliContext context)
    {
        if (FirmListPath is null)
        {
            return null;
        }

        var result = FirmListCsvReader.Read(FirmListPath, new FirmListCsvOptions { Mode = Mode, SourceName = FirmListPath, Taxonomy = Taxonomy.Default });
        ReportSkipped(context, result.Problems, result.Diagnostics);
        return result.FirmList;
    }

    private PriceIndex? ReadPriceIndex(CliContext context)
    {
        if (DeflatorPath is null)
        {
            return null;
        }

        var result = PriceIndexCsvReader.Read(DeflatorPath, new CsvReadOptions { Mode = Mode, SourceName = DeflatorPath });
        ReportSkipped(context, result.Problems, result.Diagnostics);
        return result.PriceIndex;
    }

    /// <summary>The base year must be in the index; the data years are checked by the engine as it meets them.</summary>
    private void RequireIndexYears(IndicatorRequest request)
    {
        if (request.PriceIndex is { } index && BaseYear is { } b && !index.TryGetIndex(b, out _))
        {
            throw new DataException(new DataProblem(DeflatorPath!, 0, "year", b.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"the price index has no value for the base year {b}; add it to the index file or choose another --base-year"));
        }
    }

    /// <summary>In lenient mode, rejected rows are reported on stderr (and counted), never silently dropped.</summary>
    private static void ReportSkipped(CliContext context, IReadOnlyList<DataProblem> problems, ReadDiagnostics diagnostics)
    {
        foreach (var problem in problems)
        {
            context.Error.WriteLine($"rejected: {problem}");
        }

        foreach (var warning in diagnostics.Warnings)
        {
            context.Error.WriteLine($"warning: {warning}");
        }
    }
}
