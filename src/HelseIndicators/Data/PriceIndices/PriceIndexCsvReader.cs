using System.Globalization;
using HelseIndicators.Data.Csv;
using HelseIndicators.Model;

namespace HelseIndicators.Data.PriceIndices;

/// <summary>
/// Reads a price index CSV (INDICATORS.md §4): columns <c>year</c> and <c>index</c>, such as SSB's consumer price
/// index. Both dialects (<c>2015,100.0</c> or <c>2015;100,0</c>), the same quoting, missing values and error
/// reporting as the panel reader.
/// </summary>
/// <remarks>
/// Row rules: a whole year between 1900 and 2100, a positive index (exact decimal), no year twice (both lines are
/// named). Strict mode (the default) throws <see cref="DataException"/> listing every problem; lenient mode rejects and
/// counts bad rows, keeping the first of two duplicates. The index's <see cref="PriceIndex.Name"/> is the source name.
/// Thread safety: thread safe.
/// </remarks>
public static class PriceIndexCsvReader
{
    /// <summary>The column names: <c>year</c> and <c>index</c>, both required.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["year", "index"];

    /// <summary>Reads a price index file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or null for the defaults (the source name is then the file name).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The index and the accounting.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DataException">The header is unusable, or in strict mode a row broke a rule.</exception>
    public static PriceIndexCsvResult Read(string path, CsvReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new CsvReadOptions();
        return Read(CsvRecordLoop.OpenFile(path, useAsync: false), ownsStream: true, options, options.ResolveSource(path), cancellationToken);
    }

    /// <summary>Reads a price index from a stream (left open).</summary>
    /// <param name="stream">The input.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The index and the accounting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DataException">The header is unusable, or in strict mode a row broke a rule.</exception>
    public static PriceIndexCsvResult Read(Stream stream, CsvReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new CsvReadOptions();
        return Read(stream, ownsStream: false, options, options.ResolveSource(null), cancellationToken);
    }

    private static PriceIndexCsvResult Read(Stream stream, bool ownsStream, CsvReadOptions options, string source, CancellationToken cancellationToken)
    {
        var handler = new Handler(options, source);
        var tokenizer = new Utf8CsvTokenizer(options.Dialect) { Source = source };
        var points = CsvRecordLoop.Run(stream, ownsStream, tokenizer, handler, options.Progress, cancellationToken).ToList();
        return new PriceIndexCsvResult(new PriceIndex(points, source), handler.Diagnostics, handler.Problems, tokenizer.Dialect ?? CsvDialect.Comma);
    }

    private sealed class Handler(CsvReadOptions options, string source) : KeyedCsvRowHandler<KeyValuePair<int, decimal>>(options, source, Columns, 2,
        "the file is empty: a header row is needed, with the columns year and index")
    {
        private readonly Dictionary<int, long> _lines = [];

        protected override KeyValuePair<int, decimal> ReadFields(Utf8CsvTokenizer tokenizer, CsvColumnMap map, long line)
        {
            var year = 0;
            var index = 0m;
            for (var i = 0; i < map.FieldCount; i++)
            {
                var field = tokenizer.Field(i);
                var text = CsvNumber.Text(field);
                switch (map.ColumnOfField[i])
                {
                    case 0:
                        if (CsvNumber.IsMissing(field))
                        {
                            Add(line, "year", text, "the year is missing; every row needs one");
                        }
                        else if (CsvNumber.TryParseInt32(field, Dialect, out year) != CsvNumberError.None)
                        {
                            Add(line, "year", text, $"'{text}' is not a year: write it as four digits, such as 2015");
                        }
                        else if (year is < 1900 or > 2100)
                        {
                            Add(line, "year", text, string.Create(CultureInfo.InvariantCulture, $"the year {year} is outside 1900–2100; check for a typo"));
                        }

                        break;
                    case 1:
                        if (CsvNumber.IsMissing(field))
                        {
                            Add(line, "index", text, "the index is missing; leave the year out of the file instead");
                        }
                        else if (CsvNumber.TryParseDecimal(field, Dialect, out index) is var e && e != CsvNumberError.None)
                        {
                            Add(line, "index", text, CsvNumber.Describe(e, text, Dialect));
                        }
                        else if (index <= 0m)
                        {
                            Add(line, "index", text, "a price index must be positive; check the value");
                        }

                        break;
                }
            }

            return new KeyValuePair<int, decimal>(year, index);
        }

        protected override bool TryAddKey(KeyValuePair<int, decimal> row, long line)
        {
            var year = row.Key;
            if (_lines.TryAdd(year, line))
            {
                return true;
            }

            var y = year.ToString(CultureInfo.InvariantCulture);
            return Reject(line, "year", y, string.Create(CultureInfo.InvariantCulture,
                $"the year {year} appears twice, on lines {_lines[year]} and {line}; keep one"));
        }
    }
}
