using HelseIndicators.Data;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.Panel;
using HelseIndicators.Indicators;
using Microsoft.Win32.SafeHandles;

namespace HelseIndicators.Aggregation;

/// <summary>
/// A panel CSV file read into an aggregate, with the reader's accounting: the fast way from a file to indicator
/// tables. A file whose rows come grouped by firm or by year is summed as it is read, in memory that does not grow
/// with the number of rows; large files are read in parts at the same time, one per processor, and the parts merged
/// exactly.
/// Whatever the way, the result is the one a single pass of <see cref="PanelCsvReader"/> into a
/// <see cref="PanelAggregate"/> gives, row for row and message for message.
/// </summary>
/// <remarks>
/// <para><b>Grouped by firm.</b> When every firm's rows come together, its years ascending (as <c>helse sample</c>,
/// registers and most extracts write them; the firms themselves in any order), each row is summed into the cells of
/// its segment, county, size class (those the tables need: see "Breakdowns") and year at once, and the firm's year
/// before is the row just before it (<see cref="RowOrder"/> is then <see cref="PanelRowOrder.GroupedByFirm"/>).
/// Memory: the cells, and about 5 bytes per firm to check the grouping; nothing per row. At the first row out of that
/// order the read stops, and the file is read again.</para>
/// <para><b>Grouped by year.</b> When the years ascend and each firm comes once a year (yearly extracts one after the
/// other; the firms of a year in any order), the file is read once more, in one pass, the same way, keeping the firms
/// of two years (about 110 bytes each) for same-firm growth (<see cref="PanelRowOrder.GroupedByYear"/>).</para>
/// <para><b>Neither.</b> At the first row out of that order too, the file is read the general way, which keeps every
/// firm-year (about 88 bytes each) for same-firm growth and duplicates (<see cref="PanelRowOrder.Unordered"/>). The
/// attempts stop at the first row out of order, usually early in the file.</para>
/// <para><b>When a file is read in parts.</b> From 4 MiB on, with two or more processors, when the file has no quote
/// character and no line ending in a bare CR (then a part boundary can never fall inside a record, and every part
/// numbers its lines as the file does). Each part is read by <see cref="PanelCsvReader"/> behind a copy of the header
/// into its own aggregate. The file is read again in one pass, so that every message and count is exactly that of one
/// pass, when a part finds a problem it cannot settle alone: a rule broken in strict mode, more problems than
/// <see cref="CsvReadOptions.MaxProblems"/>, and (read the general way) a firm-year that another part also has.
/// Problems found in lenient mode are listed in file order.</para>
/// <para><b>Disclosure control.</b> A file read grouped by firm or by year keeps, per cell, the largest values that the request
/// given to <see cref="Read(string, IndicatorRequest?, PanelCsvOptions?, CancellationToken)"/> needs (at least the
/// default dominance n of 2); a table asking for a larger n throws <see cref="ArgumentException"/>.</para>
/// <para><b>Breakdowns.</b> A read keeps the detail that the breakdown of the request given to
/// <see cref="Read(string, IndicatorRequest?, PanelCsvOptions?, CancellationToken)"/> needs: the segment and the
/// value-chain link always, the county and the size class only when that request breaks down by them (with no request,
/// every dimension). Left out, they cost nothing: the cells are then a few dozen instead of thousands, which makes a
/// large read about a quarter faster. <see cref="Dimensions"/> lists what the tables can break down by; a table by
/// another dimension throws <see cref="ArgumentException"/>, whatever the order of the rows.</para>
/// <para><b>Indicators.</b> Likewise a read keeps the sums that the indicators of that request need: every level, ratio
/// side and count always, the same-firm pairs only when it asks for a same-firm growth (<c>X_growth_same_firms</c>),
/// the squares of revenue only for <c>hhi_revenue</c>, the largest exports only for <c>top8_export_share</c> (with no
/// request, or <see cref="IndicatorRequest.Indicators"/> null, all of them). A read by segment for four levels and
/// ratios is about a sixth faster than one for every indicator. <see cref="Indicators"/> lists what the tables can
/// give; a table asking for another indicator (or for every indicator) throws <see cref="ArgumentException"/>,
/// whatever the order of the rows.</para>
/// <para>Equality: by reference. Thread safety: immutable once read; <see cref="ToTable"/> may be called from any
/// thread.</para>
/// </remarks>
public sealed class PanelFileAggregate
{
    /// <summary>Files smaller than this are read in one pass.</summary>
    internal const long PartsThreshold = 4L << 20;

    private readonly PanelAggregate? _firmYears;
    private readonly StreamingAggregate? _streamed;
    private readonly SlotDetail _detail;
    private readonly CellContent _content;

    private PanelFileAggregate(PanelAggregate? firmYears, StreamingAggregate? streamed, SlotDetail detail, CellContent content,
        PanelRowOrder order, ReadDiagnostics diagnostics, IReadOnlyList<DataProblem> problems, int parts)
    {
        _firmYears = firmYears;
        _streamed = streamed;
        _detail = detail;
        _content = content;
        RowOrder = order;
        Diagnostics = diagnostics;
        Problems = problems;
        Parts = parts;
    }

    /// <summary>Gets the order the rows came in: grouped by firm or by year (then they were summed as they were read,
    /// see remarks), or neither.</summary>
    public PanelRowOrder RowOrder { get; }

    /// <summary>Gets the counts of the rows the reader accepted: used (classified or not) and rejected by the
    /// aggregate's rules.</summary>
    public PanelDiagnostics AggregateDiagnostics => _streamed?.Diagnostics ?? _firmYears!.Diagnostics;

    /// <summary>Gets the reader's accounting: rows used, rows rejected, and warnings about the header.</summary>
    public ReadDiagnostics Diagnostics { get; }

    /// <summary>Gets the problems of the rows rejected in lenient mode (empty in strict mode, which throws instead).</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>Gets the number of parts the file was read in (1: one pass).</summary>
    public int Parts { get; }

    /// <summary>Gets the dimensions the tables of this read can break down by, in the order of
    /// <see cref="GroupDimension"/>: segment and link always, county and size class when the request given to
    /// <see cref="Read(string, IndicatorRequest?, PanelCsvOptions?, CancellationToken)"/> broke down by them or was null
    /// (see remarks).</summary>
    public IReadOnlyList<GroupDimension> Dimensions => _detail.Dimensions;

    /// <summary>Gets the indicators the tables of this read can give, in the catalogue's order: every indicator when
    /// the request given to <see cref="Read(string, IndicatorRequest?, PanelCsvOptions?, CancellationToken)"/> asked
    /// for every one (<see cref="IndicatorRequest.Indicators"/> null) or was null, else those of the request and the
    /// others whose sums a read keeps anyway (see remarks, "Indicators").</summary>
    public IReadOnlyList<IndicatorId> Indicators => _content.Indicators;

    /// <summary>Reads a panel CSV file into an aggregate that classifies as <paramref name="request"/> says.</summary>
    /// <param name="path">The file.</param>
    /// <param name="request">Its taxonomy and firm list classify the rows, its disclosure control says how many
    /// largest values the cells keep, its breakdown which dimensions and its indicators which sums (see remarks; null:
    /// the default taxonomy, no firm list, the default disclosure control, every dimension and indicator).</param>
    /// <param name="options">The reader's options (null: strict, the defaults of <see cref="PanelCsvOptions"/>).
    /// <see cref="CsvReadOptions.Progress"/> receives the bytes read so far, from the reading threads (serialised), never
    /// less than before: when the file is read a second time, it waits until the second pass passes the first.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The aggregate and the reader's accounting.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DataException">The header is unusable, or in strict mode a row broke a rule (every problem listed).</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    /// <exception cref="OverflowException">A sum cannot be held exactly in a <see cref="decimal"/> (more than 28–29
    /// significant digits): sums are never rounded.</exception>
    public static PanelFileAggregate Read(string path, IndicatorRequest? request = null, PanelCsvOptions? options = null,
        CancellationToken cancellationToken = default) =>
        Read(path, request, options, Math.Min(Environment.ProcessorCount, 8), PartsThreshold, cancellationToken);

    /// <summary>Reads with a given number of parts from a given file size on (tests).</summary>
    internal static PanelFileAggregate Read(string path, IndicatorRequest? request, PanelCsvOptions? options, int parts,
        long threshold, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= PanelCsvOptions.Default;
        options = options with
        {
            SourceName = options.ResolveSource(path),
            SkipNames = true,
            Progress = options.Progress is { } sink ? new ForwardProgress(sink) : null,
        };
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        // Rows grouped by firm are read in parts cut without reading the file first (the parts check themselves as
        // they read); the general way numbers its parts first (its messages name lines of other rows).
        var cut = parts >= 2 && RandomAccess.GetLength(file) >= threshold ? PanelFileParts.Cut(file, parts) : null;
        if (ReadGroupedByFirm(path, file, cut, request, options, cancellationToken) is { } grouped)
        {
            return grouped;
        }

        var plan = cut is not null ? PanelFileParts.Plan(file, parts, cancellationToken) : null;
        return ReadGroupedByYear(path, request, options, cancellationToken)
            ?? (plan is not null ? ReadFirmYearsInParts(file, plan, request, options, cancellationToken) : null)
            ?? ReadFirmYearsInOnePass(path, request, options, plan is null ? 0 : Capacity(plan.Lines), cancellationToken);
    }

    /// <summary>Computes an indicator table; its diagnostics include the reader's (rows rejected while reading).</summary>
    /// <param name="request">What to compute; its taxonomy and firm list must be the ones the file was read with.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="PanelAggregate.ToTable"/>; or the request breaks down by a
    /// dimension the read left out (see <see cref="Dimensions"/>), or asks for an indicator it left out (see
    /// <see cref="Indicators"/>); or, for a file read grouped by firm or by year, the request's dominance n is larger
    /// than the read kept (see remarks).</exception>
    /// <exception cref="DataException">See <see cref="PanelAggregate.ToTable"/>.</exception>
    /// <exception cref="OverflowException">A sum cannot be held exactly in a <see cref="decimal"/> (more than 28–29
    /// significant digits): sums are never rounded.</exception>
    public IndicatorTable ToTable(IndicatorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _detail.Require(request); // for every order alike, though only the streamed reads leave dimensions and sums out
        _content.Require(request);
        return ToPublication(request, [request.Dimensions]).Tables[0];
    }

    /// <summary>Computes the tables of one publication, protected together (INDICATORS.md §5.1): one table per
    /// breakdown, each with the request's years, indicators, prices and disclosure control; their diagnostics include
    /// the reader's.</summary>
    /// <param name="request">What to compute (its <see cref="IndicatorRequest.Dimensions"/> is not used).</param>
    /// <param name="breakdowns">The breakdowns, one table each.</param>
    /// <returns>The publication.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="ToTable"/>, for any of the breakdowns.</exception>
    /// <exception cref="DataException">As <see cref="ToTable"/>.</exception>
    /// <exception cref="OverflowException">As <see cref="ToTable"/>.</exception>
    public IndicatorPublication ToPublication(IndicatorRequest request, IReadOnlyList<IReadOnlyList<GroupDimension>> breakdowns)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(breakdowns);
        foreach (var r in IndicatorPublication.RequestsFor(request, breakdowns))
        {
            _detail.Require(r);
            _content.Require(r);
        }

        var publication = _streamed is not null ? _streamed.ToPublication(request, breakdowns) : _firmYears!.ToPublication(request, breakdowns);
        return new IndicatorPublication(publication.Tables.Select(t => t.WithReader(Diagnostics)).ToArray(), publication.Disclosure);
    }

    /// <summary>Sums the rows as they come, when they come grouped by firm; null when they do not (read it again).</summary>
    private static PanelFileAggregate? ReadGroupedByFirm(string path, SafeFileHandle file, PanelFileParts? cut,
        IndicatorRequest? request, PanelCsvOptions options, CancellationToken cancellationToken)
    {
        options = options with { RequiredOrder = PanelRowOrder.GroupedByFirm };
        FirmGroupedAggregate NewSink() => new(request?.Taxonomy, request?.FirmList, DominanceNOf(request), SlotDetail.For(request), CellContent.For(request));
        try
        {
            // The parts share one set of the firms seen; a read in one pass after them makes its own.
            if (cut is not null && ReadParts(file, cut, options with { FirmsSeen = new() }, _ => NewSink(), cancellationToken) is { } parts)
            {
                var order = parts.Reads[0].FirmOrder!;
                for (var i = 1; i < parts.Reads.Length; i++)
                {
                    if (!order.TryAppend(parts.Reads[i].FirmOrder!))
                    {
                        return null;
                    }
                }

                var joined = parts.Sinks[0];
                for (var i = 1; i < parts.Sinks.Length; i++)
                {
                    joined.Join(parts.Sinks[i]);
                }

                return new PanelFileAggregate(null, joined, joined.Detail, joined.Content, PanelRowOrder.GroupedByFirm, parts.Diagnostics, parts.Problems, parts.Reads.Length);
            }

            return ReadInOnePass(path, NewSink(), PanelRowOrder.GroupedByFirm, options, cancellationToken);
        }
        catch (PanelNotGroupedException)
        {
            return null;
        }
    }

    /// <summary>Sums the rows as they come, in one pass, when they come grouped by year; null when they do not.</summary>
    private static PanelFileAggregate? ReadGroupedByYear(string path, IndicatorRequest? request, PanelCsvOptions options,
        CancellationToken cancellationToken)
    {
        try
        {
            var sink = new YearGroupedAggregate(request?.Taxonomy, request?.FirmList, DominanceNOf(request), SlotDetail.For(request),
                CellContent.For(request));
            return ReadInOnePass(path, sink, PanelRowOrder.GroupedByYear,
                options with { RequiredOrder = PanelRowOrder.GroupedByYear }, cancellationToken);
        }
        catch (PanelNotGroupedException)
        {
            return null;
        }
    }

    private static PanelFileAggregate ReadInOnePass(string path, StreamingAggregate sink, PanelRowOrder order, PanelCsvOptions options,
        CancellationToken cancellationToken)
    {
        var read = PanelCsvReader.Open(path, options, cancellationToken);
        read.ReadInto(sink);
        return new PanelFileAggregate(null, sink, sink.Detail, sink.Content, order, read.Diagnostics, read.Problems, 1);
    }

    /// <summary>The largest values per cell a streamed read keeps: what the request's disclosure control needs.</summary>
    private static int DominanceNOf(IndicatorRequest? request) =>
        TableBuilder.TopNOf(request?.Disclosure ?? DisclosureControlOptions.Default);

    private static PanelFileAggregate? ReadFirmYearsInParts(SafeFileHandle file, PanelFileParts plan, IndicatorRequest? request,
        PanelCsvOptions options, CancellationToken cancellationToken)
    {
        // The first part's aggregate receives the others: sized for the whole file, it never grows while merging.
        var parts = ReadParts(file, plan, options,
            i => new PanelAggregate(request?.Taxonomy, request?.FirmList, Capacity(i == 0 ? plan.Lines : plan.Parts[i].Lines)),
            cancellationToken);
        if (parts is null || HasDuplicatesAcrossParts(parts.Reads))
        {
            return null;
        }

        var merged = parts.Sinks[0];
        for (var i = 1; i < parts.Sinks.Length; i++)
        {
            merged.Merge(parts.Sinks[i]);
            parts.Sinks[i] = null!; // let the part go before the next merge grows the first
        }

        return new PanelFileAggregate(merged, null, SlotDetail.For(request), CellContent.For(request), PanelRowOrder.Unordered, parts.Diagnostics, parts.Problems, parts.Reads.Length);
    }

    private static PanelFileAggregate ReadFirmYearsInOnePass(string path, IndicatorRequest? request, PanelCsvOptions options, int capacity,
        CancellationToken cancellationToken)
    {
        capacity = capacity > 0 ? capacity : EstimateRows(path);
        var read = PanelCsvReader.Open(path, options with { ExpectedRows = capacity }, cancellationToken);
        var aggregate = new PanelAggregate(request?.Taxonomy, request?.FirmList, capacity);
        read.ReadInto(aggregate);

        return new PanelFileAggregate(aggregate, null, SlotDetail.For(request), CellContent.For(request), PanelRowOrder.Unordered, read.Diagnostics, read.Problems, 1);
    }

    /// <summary>
    /// Reads every part into its own sink at once; null when the file must be read in one pass for the exact messages
    /// (a part failed in strict mode or on the header, or the parts found more problems than one pass lists), or, for
    /// parts cut without numbering them, when a part holds a quote character or a bare CR (see
    /// <see cref="PanelFileParts"/>); such parts are numbered once read, and their problems given the file's lines.
    /// </summary>
    /// <exception cref="PanelNotGroupedException">The read requires rows grouped by firm and a part is not (the other
    /// parts are stopped).</exception>
    private static PartsRead<TSink>? ReadParts<TSink>(SafeFileHandle file, PanelFileParts plan, PanelCsvOptions options,
        Func<int, TSink> newSink, CancellationToken cancellationToken)
        where TSink : ICsvRowSink<PanelRow>
    {
        var parts = plan.Parts;
        var reads = new PanelCsvRead[parts.Count];
        var sinks = new TSink[parts.Count];
        var streams = new FilePartStream[parts.Count];
        var progress = options.Progress is { } sink ? new PartsProgress(sink, parts.Count, plan.Header.Length) : null;
        var failed = 0;
        var notSplittable = 0;
        PanelNotGroupedException? notGrouped = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            Parallel.For(0, parts.Count, new ParallelOptions { CancellationToken = stop.Token, MaxDegreeOfParallelism = parts.Count }, i =>
            {
                var part = parts[i];
                // A part not numbered yet checks itself as it is read, and numbers its lines from 1 at the header copy.
                var stream = streams[i] = i == 0
                    ? new FilePartStream([], file, 0, part.Length, check: !plan.IsNumbered)
                    : new FilePartStream(plan.Header, file, part.Start, part.Length, check: !plan.IsNumbered);
                var partOptions = options with
                {
                    LineOffset = i == 0 || !plan.IsNumbered ? 0 : part.FirstLine - 2,
                    FollowsPart = i > 0,
                    ExpectedRows = plan.IsNumbered ? Capacity(part.Lines) : 0, // sizes the duplicate detection of the general way's (numbered) parts
                    Progress = progress?.For(i),
                };
                var read = reads[i] = PanelCsvReader.Open(stream, partOptions, stop.Token);
                sinks[i] = newSink(i);
                try
                {
                    read.ReadInto(sinks[i]);
                }
                catch (DataException)
                {
                    Interlocked.Exchange(ref failed, 1); // strict mode, or the header: one pass gives the exact messages
                }
                catch (PartNotSplittableException)
                {
                    Interlocked.Exchange(ref notSplittable, 1); // a quote or a bare CR: one pass
                    stop.Cancel();
                }
                catch (PanelNotGroupedException e)
                {
                    Interlocked.CompareExchange(ref notGrouped, e, null);
                    stop.Cancel(); // the other parts need not go on
                }
            });
        }
        catch (OperationCanceledException) when ((notGrouped is not null || notSplittable != 0) && !cancellationToken.IsCancellationRequested)
        {
        }
        catch (AggregateException e)
        {
            var inner = e.Flatten().InnerExceptions;
            if ((notGrouped is null && notSplittable == 0) || cancellationToken.IsCancellationRequested
                || inner.Any(x => x is not OperationCanceledException))
            {
                var first = inner.FirstOrDefault(x => x is OperationCanceledException) ?? inner[0];
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
            }
        }

        if (notSplittable != 0)
        {
            return null; // before the order: a part cut inside a quoted field may have seen rows out of order that are not
        }

        if (notGrouped is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(notGrouped);
        }

        if (failed != 0)
        {
            return null;
        }

        // A part lists at most MaxProblems (and then a count entry): more in all than one pass would list, read again.
        var problems = reads.SelectMany(r => r.Problems).ToArray();
        if (problems.Length > options.MaxProblems)
        {
            return null;
        }

        if (!plan.IsNumbered)
        {
            Renumber(problems, reads, plan.Numbered(i => streams[i].LineFeeds, i => streams[i].EndsWithoutLineFeed));
        }

        long used = 0, rejected = 0;
        foreach (var read in reads)
        {
            used += read.Diagnostics.RowsUsed;
            rejected += read.Diagnostics.RowsRejected;
        }

        return new PartsRead<TSink>(reads, sinks, new ReadDiagnostics(used, rejected, reads[0].Diagnostics.Warnings), problems);
    }

    /// <summary>Gives the problems of parts read before they were numbered the lines of the file: part i ≥ 1 numbered
    /// its header copy 1 and its first line 2.</summary>
    private static void Renumber(DataProblem[] problems, PanelCsvRead[] reads, PanelFileParts numbered)
    {
        var at = reads[0].Problems.Count;
        for (var i = 1; i < reads.Length; i++)
        {
            var shift = numbered.Parts[i].FirstLine - 2;
            for (var k = 0; k < reads[i].Problems.Count; k++, at++)
            {
                if (problems[at].Line > 0)
                {
                    problems[at] = problems[at] with { Line = problems[at].Line + shift };
                }
            }
        }
    }

    private static bool HasDuplicatesAcrossParts(PanelCsvRead[] reads)
    {
        for (var i = 0; i < reads.Length; i++)
        {
            for (var j = i + 1; j < reads.Length; j++)
            {
                if (reads[i].FirmYears!.SharesAKeyWith(reads[j].FirmYears!))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The parts of a file read at once: each part's read and sink, in file order, and their accounting.</summary>
    private sealed record PartsRead<TSink>(PanelCsvRead[] Reads, TSink[] Sinks, ReadDiagnostics Diagnostics, DataProblem[] Problems);

    private static int Capacity(long lines) => (int)Math.Clamp(lines, 0, 100_000_000);

    /// <summary>
    /// Estimates the number of rows of a panel file from the length of its first lines (at most 64 KiB): a little above
    /// the true count for files with rows of even length, 0 (no pre-sizing) when the file is small or unreadable.
    /// </summary>
    internal static int EstimateRows(string path)
    {
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return EstimateRows(file, RandomAccess.GetLength(file));
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>As <see cref="EstimateRows(string)"/>, for <paramref name="bytes"/> bytes of an open file (the whole
    /// file, or a part of it) whose lines are as long as its first ones.</summary>
    internal static int EstimateRows(SafeFileHandle file, long bytes)
    {
        const int SampleSize = 64 * 1024;
        if (bytes < 4 * SampleSize)
        {
            return 0;
        }

        var buffer = new byte[SampleSize];
        var read = 0;
        for (int n; read < SampleSize && (n = RandomAccess.Read(file, buffer.AsSpan(read), read)) > 0;)
        {
            read += n;
        }

        var lines = buffer.AsSpan(0, read).Count((byte)'\n');
        return lines < 2 ? 0 : Capacity((long)((double)bytes / read * lines * 1.1));
    }

    /// <summary>Passes on only reports larger than every earlier one, so a second pass over the file does not send a
    /// progress bar back to the start.</summary>
    private sealed class ForwardProgress(IProgress<long> sink) : IProgress<long>
    {
        private readonly object _lock = new();
        private long _reported = -1;

        public void Report(long value)
        {
            lock (_lock)
            {
                if (value > _reported)
                {
                    _reported = value;
                    sink.Report(value);
                }
            }
        }
    }

    /// <summary>Adds up the bytes the parts have read and reports the total, one report at a time.</summary>
    private sealed class PartsProgress(IProgress<long> sink, int parts, int headerLength)
    {
        private readonly long[] _read = new long[parts];
        private readonly object _lock = new();
        private long _reported;

        public IProgress<long> For(int part) => new PartProgress(this, part, part == 0 ? 0 : headerLength);

        private void Report(int part, long bytes)
        {
            lock (_lock)
            {
                _read[part] = bytes;
                var total = _read.Sum();
                if (total > _reported)
                {
                    _reported = total;
                    sink.Report(total);
                }
            }
        }

        private sealed class PartProgress(PartsProgress owner, int part, int prefix) : IProgress<long>
        {
            public void Report(long value) => owner.Report(part, Math.Max(0, value - prefix));
        }
    }
}
