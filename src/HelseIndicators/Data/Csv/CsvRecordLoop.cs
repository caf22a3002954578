using System.Runtime.CompilerServices;

namespace HelseIndicators.Data.Csv;

/// <summary>Drives a tokenizer over a stream, synchronously or asynchronously, feeding a row handler.</summary>
internal static class CsvRecordLoop
{
    public static IEnumerable<T> Run<T>(Stream stream, bool ownsStream, Utf8CsvTokenizer tokenizer, ICsvRowHandler<T> handler,
        IProgress<long>? progress, CancellationToken cancellationToken)
    {
        try
        {
            var sawHeader = false;
            while (true)
            {
                var status = tokenizer.TryReadRecord();
                if (status == CsvRecordStatus.NeedData)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var buffer = tokenizer.GetFillBuffer();
                    tokenizer.CommitFill(stream.Read(buffer.Span));
                    progress?.Report(tokenizer.BytesRead);
                    continue;
                }

                if (status == CsvRecordStatus.End)
                {
                    break;
                }

                if (!sawHeader)
                {
                    handler.Header(tokenizer);
                    sawHeader = true;
                }
                else if (handler.TryRow(tokenizer, out var row))
                {
                    yield return row;
                }
            }

            handler.Complete(tokenizer, sawHeader);
        }
        finally
        {
            if (ownsStream)
            {
                stream.Dispose();
            }
        }
    }

    public static async IAsyncEnumerable<T> RunAsync<T>(Stream stream, bool ownsStream, Utf8CsvTokenizer tokenizer, ICsvRowHandler<T> handler,
        IProgress<long>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            var sawHeader = false;
            while (true)
            {
                var status = tokenizer.TryReadRecord();
                if (status == CsvRecordStatus.NeedData)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var buffer = tokenizer.GetFillBuffer();
                    tokenizer.CommitFill(await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
                    progress?.Report(tokenizer.BytesRead);
                    continue;
                }

                if (status == CsvRecordStatus.End)
                {
                    break;
                }

                if (!sawHeader)
                {
                    handler.Header(tokenizer);
                    sawHeader = true;
                }
                else if (handler.TryRow(tokenizer, out var row))
                {
                    yield return row;
                }
            }

            handler.Complete(tokenizer, sawHeader);
        }
        finally
        {
            if (ownsStream)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Like <see cref="Run{T}"/>, but hands each row to a sink by reference from the stack: no iterator, no copy of the
    /// row into the heap (the fast path from a file into an aggregate); and the handler reads each usual line itself
    /// (<see cref="ICsvLineHandler{T}.TryLine"/>), the tokenizer only the others. A handler given as a struct (such as
    /// <c>PanelRowHandler.Direct</c>) is called directly, not through the interface: the method is compiled for it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void RunInto<T, THandler, TSink>(Stream stream, bool ownsStream, Utf8CsvTokenizer tokenizer, THandler handler,
        TSink sink, IProgress<long>? progress, CancellationToken cancellationToken)
        where THandler : ICsvLineHandler<T>
        where TSink : ICsvRowSink<T>
    {
        try
        {
            var sawHeader = false;
            while (true)
            {
                if (tokenizer.TryPeekLine(out var text, out var length, out var lineNumber) && handler.TryLine(text, length, lineNumber, out var plain))
                {
                    tokenizer.TakeLine(length);
                    sink.Take(in plain);
                    continue;
                }

                var status = tokenizer.TryReadRecord();
                if (status == CsvRecordStatus.NeedData)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var buffer = tokenizer.GetFillBuffer();
                    tokenizer.CommitFill(stream.Read(buffer.Span));
                    progress?.Report(tokenizer.BytesRead);
                    continue;
                }

                if (status == CsvRecordStatus.End)
                {
                    break;
                }

                if (!sawHeader)
                {
                    handler.Header(tokenizer);
                    sawHeader = true;
                }
                else if (handler.TryRow(tokenizer, out var row))
                {
                    sink.Take(in row);
                }
            }

            handler.Complete(tokenizer, sawHeader);
        }
        finally
        {
            if (ownsStream)
            {
                stream.Dispose();
            }
        }
    }

    /// <summary>Opens a file for one sequential pass.</summary>
    public static FileStream OpenFile(string path, bool useAsync) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1,
            useAsync ? FileOptions.Asynchronous | FileOptions.SequentialScan : FileOptions.SequentialScan);
}
