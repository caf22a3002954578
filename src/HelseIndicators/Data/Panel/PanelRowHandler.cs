using System.Globalization;
using System.Runtime.CompilerServices;
using HelseIndicators.Data.Csv;
using HelseIndicators.Indicators.Calculators;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Panel;

/// <summary>Turns panel CSV records into <see cref="FirmYear"/>s, checking the row rules of INDICATORS.md §3 (the usual
/// line read straight from its bytes in PanelRowHandler.Line.cs).</summary>
internal sealed partial class PanelRowHandler : ICsvLineHandler<PanelRow>
{
    private readonly PanelCsvOptions _options;
    private readonly string _source;
    private readonly CsvProblemLog _problems;
    private readonly List<DataProblem> _warnings = [];
    private readonly FirmYearDuplicateDetector? _duplicates;
    private readonly FirmGroupedOrder? _grouped;
    private readonly YearGroupedOrder? _byYear;
    private readonly Utf8TextPool _pool = new();
    private readonly ParsedTextCache<NaceCode> _naceCodes;
    private readonly ParsedTextCache<Currency> _currencies = new(text => Currency.Parse(text));
    // The account fields in AccountFields.All order, and which of them may be negative, read without an interface call.
    private static readonly AccountField[] s_fields = [.. AccountFields.All];
    // Bit i set: the i-th account field may be negative (AccountFields.MayBeNegative).
    private static readonly int s_mayBeNegativeBits = AccountFields.All.Select((f, i) => AccountFields.MayBeNegative(f) ? 1 << i : 0).Sum();
    // The pooled text columns, each with its hint into the pool (see Utf8TextPool.Get).
    private const int NotPooled = -1, NacePool = 0, SegmentPool = 1, CountyPool = 2, CurrencyPool = 3;
    private readonly int[] _poolHints = [-1, -1, -1, -1];
    private readonly LastText _lastName = new(), _lastNace = new(), _lastSegment = new(), _lastCounty = new(), _lastCurrency = new(); // TryLine's
    private CsvColumnMap? _map;
    private int[] _fieldEnds = []; // TryLine's: where each field of the line ends, with LineFieldEnds' slack
    private CsvDialect _dialect;
    private byte _decimalMark = (byte)'.';
    private bool _negativeNotAllowed; // an amount of the row is negative where AccountFields.MayBeNegative says no
    private long _used;
    private long _rejected;
    private bool _rowBad;

    public PanelRowHandler(PanelCsvOptions options, string source)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinYear, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxYear, 9999, nameof(options));
        _options = options;
        _source = source;
        _problems = new CsvProblemLog(options.MaxProblems, source);
        switch (options.RequiredOrder)
        {
            case PanelRowOrder.GroupedByFirm: _grouped = new FirmGroupedOrder(options.FirmsSeen ?? new(), options.FollowsPart); break;
            case PanelRowOrder.GroupedByYear: _byYear = new YearGroupedOrder(); break;
            default: _duplicates = new FirmYearDuplicateDetector(options.ExpectedRows); break;
        }

        var naceVersion = options.Taxonomy?.Version ?? ClassificationVersion.SN2007;
        _naceCodes = new ParsedTextCache<NaceCode>(text => NaceCode.Parse(text, naceVersion));
    }

    public bool IsComplete { get; private set; }

    /// <summary>The handler as a struct, so that <see cref="CsvRecordLoop.RunInto{T, THandler, TSink}"/> is compiled for
    /// it and calls <see cref="TryLine"/> and <see cref="TryRow"/> directly, not through the interface, once a row.</summary>
    internal readonly struct Direct(PanelRowHandler handler) : ICsvLineHandler<PanelRow>
    {
        public void Header(Utf8CsvTokenizer tokenizer) => handler.Header(tokenizer);

        public bool TryRow(Utf8CsvTokenizer tokenizer, out PanelRow row) => handler.TryRow(tokenizer, out row);

        public bool TryLine(ReadOnlySpan<byte> text, int length, long lineNumber, out PanelRow row) =>
            handler.TryLine(text, length, lineNumber, out row);

        public void Complete(Utf8CsvTokenizer tokenizer, bool sawHeader) => handler.Complete(tokenizer, sawHeader);
    }

    /// <summary>The firm-years of the rows read so far (for a file read in parts, to find duplicates across parts);
    /// null when the read requires an order.</summary>
    public FirmYearDuplicateDetector? FirmYears => _duplicates;

    /// <summary>The order of the firm-years read so far, when the read requires rows grouped by firm; else null.</summary>
    public FirmGroupedOrder? FirmOrder => _grouped;

    public CsvDialect? Dialect => _map is null ? null : _dialect;

    public ReadDiagnostics Diagnostics => new(_used, _rejected, _warnings.ToArray());

    public IReadOnlyList<DataProblem> Problems => _problems.ToList();

    public void Header(Utf8CsvTokenizer tokenizer)
    {
        _dialect = tokenizer.Dialect ?? CsvDialect.Comma;
        _decimalMark = _dialect == CsvDialect.Semicolon ? (byte)',' : (byte)'.';
        _map = CsvColumnMap.Read(tokenizer, _source, PanelColumns.All, 2, _warnings);
        _fieldEnds = new int[_map.ColumnOfField.Length + LineFieldEnds.Slack];
    }

    public bool TryRow(Utf8CsvTokenizer tokenizer, out PanelRow row)
    {
        // Every field of the row is written by TryRowCore when it returns true (its amounts cleared first, 168 bytes
        // without references instead of the whole row pointer by pointer); a rejected row is default, as before.
        Unsafe.SkipInit(out row);
        if (TryRowCore(tokenizer, ref row))
        {
            return true;
        }

        row = default;
        return false;
    }

    private bool TryRowCore(Utf8CsvTokenizer tokenizer, ref PanelRow row)
    {
        row.Amounts = default;
        _rowBad = false;
        _negativeNotAllowed = false;
        var map = _map!;
        var line = tokenizer.RecordLine;
        if (tokenizer.RecordError is { } error)
        {
            Add(line, null, (string?)null, error);
            return Reject();
        }

        if (tokenizer.FieldCount != map.FieldCount)
        {
            AddFieldCountProblem(line, tokenizer.FieldCount, map.FieldCount);
            return Reject();
        }

        OrganisationNumber org = default;
        var hasOrg = false;
        var year = 0;
        var hasYear = false;
        string? name = null, segment = null, county = null;
        NaceCode? nace = null;
        var currency = Currency.Nok;

        var columns = map.ColumnOfField;
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            if (column < 0)
            {
                continue;
            }

            var field = tokenizer.Field(i);
            var quoted = tokenizer.IsQuoted(i);
            switch (column)
            {
                case PanelColumns.OrgNumberIndex:
                    if (CsvNumber.TryParseOrganisationNumber(field, out org))
                    {
                        hasOrg = true;
                    }
                    else
                    {
                        AddOrganisationNumberProblem(line, field);
                    }

                    break;
                case PanelColumns.YearIndex:
                    hasYear = ReadYear(line, field, out year);
                    break;
                case PanelColumns.NameIndex:
                    name = _options.SkipNames ? CheckText(line, PanelColumns.Name, field, quoted) : ReadText(line, PanelColumns.Name, field, quoted, NotPooled);
                    break;
                case PanelColumns.NaceIndex:
                    if (ReadText(line, PanelColumns.Nace, field, quoted, NacePool) is { } naceText)
                    {
                        var parsed = _naceCodes.Get(naceText);
                        if (parsed.TryGetValue(out var code))
                        {
                            nace = code;
                        }
                        else
                        {
                            Add(line, PanelColumns.Nace, naceText, parsed.Error + "; write an SN2007 code such as 21.100, or leave the field empty");
                        }
                    }

                    break;
                case PanelColumns.SegmentIndex:
                    segment = ReadText(line, PanelColumns.Segment, field, quoted, SegmentPool);
                    if (segment is not null && _options.Taxonomy is { } taxonomy && taxonomy.FindSegment(segment) is null)
                    {
                        AddSegmentProblem(line, segment, taxonomy);
                    }

                    break;
                case PanelColumns.CountyIndex:
                    county = ReadText(line, PanelColumns.County, field, quoted, CountyPool);
                    break;
                case PanelColumns.CurrencyIndex:
                    if (ReadText(line, PanelColumns.Currency, field, quoted, CurrencyPool) is { } currencyText)
                    {
                        var parsed = _currencies.Get(currencyText);
                        if (parsed.TryGetValue(out var c))
                        {
                            currency = c;
                        }
                        else
                        {
                            Add(line, PanelColumns.Currency, currencyText, parsed.Error!);
                        }
                    }

                    break;
                default:
                    ReadAmount(line, column - PanelColumns.FirstFieldIndex, field, ref row.Amounts);
                    break;
            }
        }

        // The rules of FirmYear.Validate() on the amounts that parsed, even when another field of the row is bad,
        // so that strict mode lists every problem of the row at once.
        if (HasRuleProblem(in row.Amounts))
        {
            AddRuleProblems(line, org, year, in row.Amounts);
        }

        // The key is registered even when the row has other problems: a second row for the same firm and year is
        // an error whichever of the two is otherwise right.
        if (hasOrg && hasYear && ((_grouped is not null && !_grouped.TryNext(org, year))
            || (_byYear is not null && !_byYear.TryNext(org.Value, year))))
        {
            throw new PanelNotGroupedException(line);
        }

        if (hasOrg && hasYear && _duplicates is not null && !_duplicates.TryAdd(org.Value, year, line, out var first))
        {
            AddDuplicateProblem(line, org, year, first);
        }

        if (_rowBad || !hasOrg || !hasYear)
        {
            return Reject();
        }

        row.OrganisationNumber = org;
        row.Year = year;
        row.Name = name;
        row.NaceCode = nace;
        row.SegmentId = segment;
        row.County = county;
        row.Currency = currency;
        _used++;
        return true;
    }

    // The messages of TryRowCore's rare cases, out of its way (their locals would be cleared on every row).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddFieldCountProblem(long line, int fieldCount, int headerCount)
    {
        var sep = _dialect == CsvDialect.Semicolon ? "';'" : "','";
        Add(line, null, (string?)null, string.Create(CultureInfo.InvariantCulture,
            $"the row has {fieldCount} fields but the header has {headerCount}: quote a value that contains {sep}, and give every row the header's columns"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddOrganisationNumberProblem(long line, ReadOnlySpan<byte> field)
    {
        if (CsvNumber.IsMissing(field))
        {
            Add(line, PanelColumns.OrgNumber, field, "the organisation number is missing; every row needs one");
        }
        else
        {
            var text = CsvNumber.Text(field);
            Add(line, PanelColumns.OrgNumber, text, OrganisationNumber.Parse(text).Error ?? "not an organisation number");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSegmentProblem(long line, string segment, Taxonomy taxonomy) =>
        Add(line, PanelColumns.Segment, segment,
            $"'{segment}' is not a segment of the taxonomy; use one of {string.Join(", ", taxonomy.Segments.Select(s => s.Id))}, or leave the field empty to classify by firm list or industry code");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddRuleProblems(long line, OrganisationNumber org, int year, in OptionalAmounts amounts)
    {
        var check = new FirmYear(org, year);
        for (var i = 0; i < s_fields.Length; i++)
        {
            check = check.With(s_fields[i], amounts[i]);
        }

        foreach (var problem in check.Validate())
        {
            Add(line, AccountFields.Id(problem.Field), problem.Value.ToString(CultureInfo.InvariantCulture), problem.Message);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddDuplicateProblem(long line, OrganisationNumber org, int year, long first)
    {
        var orgText = org.ToString("D", CultureInfo.InvariantCulture);
        Add(line, PanelColumns.OrgNumber + "," + PanelColumns.Year,
            string.Create(CultureInfo.InvariantCulture, $"{orgText},{year}"),
            string.Create(CultureInfo.InvariantCulture,
                $"the firm {orgText} has two rows for {year}, on lines {first} and {line}; keep one row per firm and year"));
    }

    public void Complete(Utf8CsvTokenizer tokenizer, bool sawHeader)
    {
        IsComplete = true;
        if (!sawHeader)
        {
            throw new DataException(new DataProblem(_source, 0, null, null,
                "the file is empty: a header row is needed, with at least the columns org_number and year"));
        }

        if (_grouped is not null && !_grouped.TrySettle())
        {
            throw new PanelNotGroupedException(tokenizer.RecordLine); // a firm that came back, found at the end
        }

        if (_options.Mode == ReadMode.Strict && _problems.Count > 0)
        {
            throw _problems.ToException();
        }
    }

    // Validate() allocates; check the cheap conditions first, so a clean row costs nothing. The signs were looked at
    // as the amounts were read (_negativeNotAllowed).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HasRuleProblem(in OptionalAmounts amounts) => _negativeNotAllowed || ExportsAboveRevenue(in amounts);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ExportsAboveRevenue(in OptionalAmounts amounts) =>
        amounts[5] is { } exports && amounts[0] is { } revenue && FastDecimal.IsGreater(exports, revenue);

    private bool ReadYear(long line, ReadOnlySpan<byte> field, out int year)
    {
        // The usual year: one to nine digits and nothing else, which is never missing and which TryParseInt32 reads
        // as the same number, in range or not.
        if (CsvNumber.TryParseDigits(field, out year))
        {
            if (year < _options.MinYear || year > _options.MaxYear)
            {
                Add(line, PanelColumns.Year, CsvNumber.Text(field), string.Create(CultureInfo.InvariantCulture,
                    $"the year {year} is outside {_options.MinYear}–{_options.MaxYear}; check for a typo"));
                return false;
            }

            return true;
        }

        year = 0;
        if (CsvNumber.IsMissing(field))
        {
            Add(line, PanelColumns.Year, field, "the year is missing; every row needs the fiscal year, such as 2015");
            return false;
        }

        var error = CsvNumber.TryParseInt32(field, _dialect, out year);
        if (error != CsvNumberError.None)
        {
            var text = CsvNumber.Text(field);
            Add(line, PanelColumns.Year, text,
                $"'{text}' is not a year: write the fiscal year (the year the accounting period ends) as four digits, such as 2015");
            return false;
        }

        if (year < _options.MinYear || year > _options.MaxYear)
        {
            Add(line, PanelColumns.Year, CsvNumber.Text(field), string.Create(CultureInfo.InvariantCulture,
                $"the year {year} is outside {_options.MinYear}–{_options.MaxYear}; check for a typo"));
            return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReadAmount(long line, int fieldIndex, ReadOnlySpan<byte> field, ref OptionalAmounts amounts)
    {
        // The usual amount (digits, maybe a minus sign and a decimal mark, no spaces, at most 19 bytes) in one pass,
        // inline: what TryParseDecimal gives for it, without its trimming and its general set-up. Anything else in
        // ReadOtherAmount.
        if (CsvNumber.TryParsePlainAmount(field, _decimalMark, out var value))
        {
            Keep(fieldIndex, value, ref amounts);
            return;
        }

        ReadOtherAmount(line, fieldIndex, field, ref amounts);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReadOtherAmount(long line, int fieldIndex, ReadOnlySpan<byte> field, ref OptionalAmounts amounts)
    {
        // Most fields start with a digit or a minus sign: parse them at once; look for a missing value otherwise.
        if (field.IsEmpty || (field[0] is not ((>= (byte)'0' and <= (byte)'9') or (byte)'-') && CsvNumber.IsMissing(field)))
        {
            return;
        }

        var error = CsvNumber.TryParseDecimal(field, _dialect, out var value);
        if (error == CsvNumberError.None)
        {
            Keep(fieldIndex, value, ref amounts);
            return;
        }

        var text = CsvNumber.Text(field);
        Add(line, PanelColumns.All[PanelColumns.FirstFieldIndex + fieldIndex], text, CsvNumber.Describe(error, text, _dialect));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Keep(int fieldIndex, decimal value, ref OptionalAmounts amounts)
    {
        amounts.Set(fieldIndex, value);
        if (FastDecimal.IsNegative(value) && (s_mayBeNegativeBits & (1 << fieldIndex)) == 0)
        {
            _negativeNotAllowed = true;
        }
    }

    // Unquoted text is trimmed and may be missing (empty, NA, .); quoted text is taken as written. Pooled per column
    // (pool: NacePool … CurrencyPool), or decoded afresh (NotPooled).
    private string? ReadText(long line, string column, ReadOnlySpan<byte> field, bool quoted, int pool)
    {
        if (!TryText(ref field, quoted, pool, out var text))
        {
            Add(line, column, CsvNumber.Text(field), "the text is not valid UTF-8: save the file as UTF-8 (in Excel: CSV UTF-8)");
        }

        return text;
    }

    // The checks of ReadText without the string (names are not needed by an aggregate).
    private string? CheckText(long line, string column, ReadOnlySpan<byte> field, bool quoted)
    {
        if (!IsValidText(ref field, quoted))
        {
            Add(line, column, CsvNumber.Text(field), "the text is not valid UTF-8: save the file as UTF-8 (in Excel: CSV UTF-8)");
        }

        return null;
    }

    // ReadText's reading, without its problem (TryRow's and TryLine's): false for text that is not valid UTF-8, the
    // field then trimmed as the message shows it; text null when missing.
    private bool TryText(ref ReadOnlySpan<byte> field, bool quoted, int pool, out string? text)
    {
        if (!quoted && CsvNumber.IsMissingElseTrim(ref field))
        {
            text = null;
            return true;
        }

        text = pool != NotPooled ? _pool.Get(field, ref _poolHints[pool]) : Utf8TextPool.Decode(field);
        return text is not null;
    }

    // CheckText's check, without its problem: missing, or valid UTF-8.
    private static bool IsValidText(ref ReadOnlySpan<byte> field, bool quoted) =>
        (!quoted && CsvNumber.IsMissingElseTrim(ref field)) || System.Text.Unicode.Utf8.IsValid(field);

    private void Add(long line, string? column, ReadOnlySpan<byte> value, string message) =>
        Add(line, column, CsvNumber.Text(value), message);

    private void Add(long line, string? column, string? value, string message)
    {
        _rowBad = true;
        _problems.Add(new DataProblem(_source, line, column, value, message));
    }

    private bool Reject()
    {
        _rejected++;
        return false;
    }
}
