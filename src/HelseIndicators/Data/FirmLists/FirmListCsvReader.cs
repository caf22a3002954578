using System.Globalization;
using HelseIndicators.Data.Csv;
using HelseIndicators.Model;

namespace HelseIndicators.Data.FirmLists;

/// <summary>
/// Reads a firm list CSV (INDICATORS.md §4): columns <c>org_number</c>, <c>segment</c> and optionally
/// <c>from_year</c> (the row applies from that year on; the latest applicable row wins). Both dialects, the same
/// quoting, missing values and error reporting as the panel reader.
/// </summary>
/// <remarks>
/// Row rules: a valid organisation number, a segment id (checked against <see cref="FirmListCsvOptions.Taxonomy"/>
/// when given), a whole year between 1900 and 2100 or missing, and no two rows for the same firm and
/// <c>from_year</c> (both lines are named). Strict mode (the default) throws <see cref="DataException"/> listing every
/// problem; lenient mode rejects and counts bad rows, keeping the first of two duplicates. Thread safety: thread safe.
/// </remarks>
public static class FirmListCsvReader
{
    /// <summary>The column names: <c>org_number</c>, <c>segment</c> (both required) and <c>from_year</c>.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["org_number", "segment", "from_year"];

    /// <summary>Reads a firm list file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or null for the defaults (the source name is then the file name).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The list and the accounting.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DataException">The header is unusable, or in strict mode a row broke a rule.</exception>
    public static FirmListCsvResult Read(string path, FirmListCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= FirmListCsvOptions.Default;
        return Read(CsvRecordLoop.OpenFile(path, useAsync: false), ownsStream: true, options, options.ResolveSource(path), cancellationToken);
    }

    /// <summary>Reads a firm list from a stream (left open).</summary>
    /// <param name="stream">The input.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The list and the accounting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DataException">The header is unusable, or in strict mode a row broke a rule.</exception>
    public static FirmListCsvResult Read(Stream stream, FirmListCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= FirmListCsvOptions.Default;
        return Read(stream, ownsStream: false, options, options.ResolveSource(null), cancellationToken);
    }

    private static FirmListCsvResult Read(Stream stream, bool ownsStream, FirmListCsvOptions options, string source, CancellationToken cancellationToken)
    {
        var handler = new Handler(options, source);
        var tokenizer = new Utf8CsvTokenizer(options.Dialect) { Source = source };
        var entries = CsvRecordLoop.Run(stream, ownsStream, tokenizer, handler, options.Progress, cancellationToken).ToList();
        return new FirmListCsvResult(new FirmList(entries), handler.Diagnostics, handler.Problems, tokenizer.Dialect ?? CsvDialect.Comma);
    }

    private sealed class Handler(FirmListCsvOptions options, string source) : KeyedCsvRowHandler<FirmListEntry>(options, source, Columns, 2,
        "the file is empty: a header row is needed, with the columns org_number and segment (and optionally from_year)")
    {
        private readonly Taxonomy? _taxonomy = options.Taxonomy;
        private readonly Dictionary<(int Org, int? From), long> _lines = [];
        private readonly Utf8TextPool _pool = new();

        protected override FirmListEntry ReadFields(Utf8CsvTokenizer tokenizer, CsvColumnMap map, long line)
        {
            OrganisationNumber org = default;
            string? segment = null;
            int? fromYear = null;
            for (var i = 0; i < map.FieldCount; i++)
            {
                var field = tokenizer.Field(i);
                switch (map.ColumnOfField[i])
                {
                    case 0:
                        if (!OrganisationNumber.TryParseUtf8(CsvNumber.Trim(field), out org))
                        {
                            var text = CsvNumber.Text(field);
                            Add(line, "org_number", text, CsvNumber.IsMissing(field)
                                ? "the organisation number is missing; every row needs one"
                                : OrganisationNumber.Parse(text).Error ?? "not an organisation number");
                        }

                        break;
                    case 1:
                        segment = CsvNumber.IsMissing(field) ? null : _pool.Get(CsvNumber.Trim(field));
                        if (segment is null)
                        {
                            Add(line, "segment", CsvNumber.Text(field), CsvNumber.IsMissing(field)
                                ? "the segment is missing; every row of a firm list names the firm's segment id, such as diagnostics"
                                : "the text is not valid UTF-8: save the file as UTF-8 (in Excel: CSV UTF-8)");
                        }
                        else if (_taxonomy is { } taxonomy && taxonomy.FindSegment(segment) is null)
                        {
                            Add(line, "segment", segment,
                                $"'{segment}' is not a segment of the taxonomy; use one of {string.Join(", ", taxonomy.Segments.Select(s => s.Id))}");
                        }

                        break;
                    case 2:
                        if (!CsvNumber.IsMissing(field))
                        {
                            var text = CsvNumber.Text(field);
                            if (CsvNumber.TryParseInt32(field, Dialect, out var y) != CsvNumberError.None)
                            {
                                Add(line, "from_year", text, $"'{text}' is not a year: write the first fiscal year the row applies to, such as 2015, or leave the field empty for every year");
                            }
                            else if (y is < 1900 or > 2100)
                            {
                                Add(line, "from_year", text, string.Create(CultureInfo.InvariantCulture, $"the year {y} is outside 1900–2100; check for a typo"));
                            }
                            else
                            {
                                fromYear = y;
                            }
                        }

                        break;
                }
            }

            // A null segment means a problem was recorded, so the entry is discarded.
            return new FirmListEntry(org, segment!, fromYear);
        }

        protected override bool TryAddKey(FirmListEntry row, long line)
        {
            var org = row.OrganisationNumber;
            var fromYear = row.FromYear;
            if (_lines.TryAdd((org.Value, fromYear), line))
            {
                return true;
            }

            var orgText = org.ToString("D", CultureInfo.InvariantCulture);
            var from = fromYear is { } f ? string.Create(CultureInfo.InvariantCulture, $"from {f}") : "without from_year";
            return Reject(line, "org_number,from_year", fromYear is { } fy ? string.Create(CultureInfo.InvariantCulture, $"{orgText},{fy}") : orgText,
                string.Create(CultureInfo.InvariantCulture,
                    $"the firm {orgText} has two rows {from}, on lines {_lines[(org.Value, fromYear)]} and {line}; keep one"));
        }
    }
}
