using HelseIndicators.Data;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.Panel;
using Microsoft.Win32.SafeHandles;

namespace HelseIndicators.Aggregation;

/// <summary>
/// A panel CSV file read into a <see cref="PanelAggregate"/>, with the reader's accounting: the fast way from a file
/// to indicator tables. Large files are read in parts at the same time, one per processor, and the parts' aggregates
/// merged exactly; the result is the one a single pass gives, row for row and message for message.
/// </summary>
/// <remarks>
/// <para><b>When a file is read in parts.</b> From 4 MiB on, with two or more processors, when the file has no quote
/// character and no line ending in a bare CR (then a part boundary can never fall inside a record, and every part
/// numbers its lines as the file does). Each part is read by <see cref="PanelCsvReader"/> behind a copy of the header
/// and added to its own aggregate. The file is read again in one pass, so that every message and count is exactly
/// that of one pass, when a part finds a problem it cannot settle alone: a firm-year that another part also has (a
/// duplicate across parts), a rule broken in strict mode, more problems than <see cref="CsvReadOptions.MaxProblems"/>.
/// Problems found in lenient mode are listed in file order.</para>
/// <para><b>Memory.</b> The aggregate is sized from the file's line count, so it never grows by doubling.</para>
/// <para>Equality: by reference. Thread safety: the result is not thread-safe to change (its
/// <see cref="Aggregate"/> is mutable); computing tables from it on one thread at a time is safe.</para>
/// </remarks>
public sealed class PanelFileAggregate
{
    /// <summary>Files smaller than this are read in one pass.</summary>
    internal const long PartsThreshold = 4L << 20;

    private PanelFileAggregate(PanelAggregate aggregate, ReadDiagnostics diagnostics, IReadOnlyList<DataProblem> problems, int parts)
    {
        Aggregate = aggregate;
        Diagnostics = diagnostics;
        Problems = problems;
        Parts = parts;
    }

    /// <summary>Gets the aggregate of the rows the reader accepted.</summary>
    public PanelAggregate Aggregate { get; }

    /// <summary>Gets the reader's accounting: rows used, rows rejected, and warnings about the header.</summary>
    public ReadDiagnostics Diagnostics { get; }

    /// <summary>Gets the problems of the rows rejected in lenient mode (empty in strict mode, which throws instead).</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>Gets the number of parts the file was read in (1: one pass).</summary>
    public int Parts { get; }

    /// <summary>Reads a panel CSV file into an aggregate that classifies as <paramref name="request"/> says.</summary>
    /// <param name="path">The file.</param>
    /// <param name="request">Its taxonomy and firm list classify the rows (null: the default taxonomy, no firm list).</param>
    /// <param name="options">The reader's options (null: strict, the defaults of <see cref="PanelCsvOptions"/>).
    /// <see cref="CsvReadOptions.Progress"/> receives the bytes read so far, from the reading threads (serialised).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The aggregate and the reader's accounting.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DataException">The header is unusable, or in strict mode a row broke a rule (every problem listed).</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static PanelFileAggregate Read(string path, IndicatorRequest? request = null, PanelCsvOptions? options = null,
        CancellationToken cancellationToken = default) =>
        Read(path, request, options, Math.Min(Environment.ProcessorCount, 8), PartsThreshold, cancellationToken);

    /// <summary>Reads with a given number of parts from a given file size on (tests).</summary>
    internal static PanelFileAggregate Read(string path, IndicatorRequest? request, PanelCsvOptions? options, int parts,
        long threshold, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= PanelCsvOptions.Default;
        options = options with { SourceName = options.ResolveSource(path), SkipNames = true };
        PanelFileParts? plan = null;
        if (parts >= 2)
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            if (RandomAccess.GetLength(file) >= threshold)
            {
                plan = PanelFileParts.Plan(file, parts, cancellationToken);
                if (plan is not null && TryReadParts(file, plan, request, options, cancellationToken) is { } result)
                {
                    return result;
                }
            }
        }

        return ReadInOnePass(path, request, options, plan is null ? 0 : Capacity(plan.Lines), cancellationToken);
    }

    /// <summary>Computes an indicator table; its diagnostics include the reader's (rows rejected while reading).</summary>
    /// <param name="request">What to compute; its taxonomy and firm list must be the ones the file was read with.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="PanelAggregate.ToTable"/>.</exception>
    /// <exception cref="DataException">See <see cref="PanelAggregate.ToTable"/>.</exception>
    public IndicatorTable ToTable(IndicatorRequest request) => Aggregate.ToTable(request).WithReader(Diagnostics);

    private static PanelFileAggregate ReadInOnePass(string path, IndicatorRequest? request, PanelCsvOptions options, int capacity,
        CancellationToken cancellationToken)
    {
        capacity = capacity > 0 ? capacity : EstimateRows(path);
        var read = PanelCsvReader.Open(path, options with { ExpectedRows = capacity }, cancellationToken);
        var aggregate = new PanelAggregate(request?.Taxonomy, request?.FirmList, capacity);
        read.ReadInto(aggregate);

        return new PanelFileAggregate(aggregate, read.Diagnostics, read.Problems, 1);
    }

    /// <summary>Reads every part into its own aggregate at once; null when the file must be read in one pass.</summary>
    private static PanelFileAggregate? TryReadParts(SafeFileHandle file, PanelFileParts plan, IndicatorRequest? request,
        PanelCsvOptions options, CancellationToken cancellationToken)
    {
        var parts = plan.Parts;
        var reads = new PanelCsvRead[parts.Count];
        var aggregates = new PanelAggregate[parts.Count];
        var progress = options.Progress is { } sink ? new PartsProgress(sink, parts.Count, plan.Header.Length) : null;
        var failed = 0;
        try
        {
            Parallel.For(0, parts.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = parts.Count }, i =>
            {
                var part = parts[i];
                Stream stream = i == 0
                    ? new FilePartStream([], file, 0, part.Length)
                    : new FilePartStream(plan.Header, file, part.Start, part.Length);
                var partOptions = options with
                {
                    LineOffset = i == 0 ? 0 : part.FirstLine - 2,
                    ExpectedRows = Capacity(part.Lines),
                    Progress = progress?.For(i),
                };
                var read = reads[i] = PanelCsvReader.Open(stream, partOptions, cancellationToken);
                // The first part's aggregate receives the others: sized for the whole file, it never grows while merging.
                var capacity = Capacity(i == 0 ? plan.Lines : part.Lines);
                var aggregate = aggregates[i] = new PanelAggregate(request?.Taxonomy, request?.FirmList, capacity);
                try
                {
                    read.ReadInto(aggregate);
                }
                catch (DataException)
                {
                    Interlocked.Exchange(ref failed, 1); // strict mode, or the header: one pass gives the exact messages
                }
            });
        }
        catch (AggregateException e)
        {
            var first = e.Flatten().InnerExceptions.FirstOrDefault(x => x is OperationCanceledException) ?? e.Flatten().InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        if (failed != 0 || HasDuplicatesAcrossParts(reads))
        {
            return null;
        }

        // A part lists at most MaxProblems (and then a count entry): more in all than one pass would list, read again.
        var problems = reads.SelectMany(r => r.Problems).ToArray();
        if (problems.Length > options.MaxProblems)
        {
            return null;
        }

        long used = 0, rejected = 0;
        foreach (var read in reads)
        {
            used += read.Diagnostics.RowsUsed;
            rejected += read.Diagnostics.RowsRejected;
        }

        var merged = aggregates[0];
        for (var i = 1; i < aggregates.Length; i++)
        {
            merged.Merge(aggregates[i]);
            aggregates[i] = null!; // let the part go before the next merge grows the first
        }

        var diagnostics = new ReadDiagnostics(used, rejected, reads[0].Diagnostics.Warnings);
        return new PanelFileAggregate(merged, diagnostics, problems, parts.Count);
    }

    private static bool HasDuplicatesAcrossParts(PanelCsvRead[] reads)
    {
        for (var i = 0; i < reads.Length; i++)
        {
            for (var j = i + 1; j < reads.Length; j++)
            {
                if (reads[i].FirmYears.SharesAKeyWith(reads[j].FirmYears))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Capacity(long lines) => (int)Math.Clamp(lines, 0, 100_000_000);

    /// <summary>
    /// Estimates the number of rows of a panel file from the length of its first lines (at most 64 KiB): a little above
    /// the true count for files with rows of even length, 0 (no pre-sizing) when the file is small or unreadable.
    /// </summary>
    internal static int EstimateRows(string path)
    {
        const int SampleSize = 64 * 1024;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            var length = stream.Length;
            if (length < 4 * SampleSize)
            {
                return 0;
            }

            var buffer = new byte[SampleSize];
            var read = stream.ReadAtLeast(buffer, SampleSize, throwOnEndOfStream: false);
            var lines = buffer.AsSpan(0, read).Count((byte)'\n');
            if (lines < 2)
            {
                return 0;
            }

            return Capacity((long)((double)length / read * lines * 1.1));
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
