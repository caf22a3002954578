using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HelseIndicators.Data.Csv;
using HelseIndicators.Indicators.Calculators;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Panel;

/// <summary>The usual panel line read straight from its bytes (<see cref="ICsvLineHandler{T}"/>).</summary>
internal sealed partial class PanelRowHandler
{
    /// <summary>
    /// Reads the usual line: first where each of its fields ends (<see cref="LineFieldEnds"/>, which also finds a quote
    /// or a CR, or another number of fields), then each field from its bytes, with the same parsers as
    /// <see cref="TryRow"/>. A line that is not the usual one (a quote, a lone CR, another number of fields, any field
    /// <see cref="TryRow"/> would read otherwise or find a problem in) gives false with nothing changed, for
    /// <see cref="TryRow"/> to read.
    /// </summary>
    /// <param name="text">The line, its first <paramref name="length"/> bytes, then anything (looked at, never taken as
    /// the line's).</param>
    /// <param name="length">The line's length, without its LF.</param>
    /// <param name="lineNumber">Its physical line number.</param>
    /// <param name="row">The row, when true.</param>
    public bool TryLine(ReadOnlySpan<byte> text, int length, long lineNumber, out PanelRow row)
    {
        Unsafe.SkipInit(out row);
        if (TryLineCore(text, length, lineNumber, ref row))
        {
            return true;
        }

        row = default;
        return false;
    }

    private bool TryLineCore(ReadOnlySpan<byte> text, int length, long lineNumber, ref PanelRow row)
    {
        var line = text[..length];
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1]; // CRLF
        }

        var columns = _map!.ColumnOfField;
        var separator = _dialect == CsvDialect.Semicolon ? (byte)';' : (byte)',';
        var ends = _fieldEnds;
        if (!LineFieldEnds.TryFind(text, line.Length, separator, ends, columns.Length))
        {
            return false;
        }

        // Every field of the row is written here or by the columns' fields (org_number and year are always there).
        row.Amounts = default;
        row.Name = null;
        row.NaceCode = null;
        row.SegmentId = null;
        row.County = null;
        row.Currency = Currency.Nok;
        var mayBeNegative = s_mayBeNegativeBits; // read once, not once a field
        // The columns and the ends, as many (Header makes both), and each end within the line (TryFind): read without
        // a bounds check, once a field.
        ref var columnAt = ref MemoryMarshal.GetArrayDataReference(columns);
        ref var endAt = ref MemoryMarshal.GetArrayDataReference(ends);
        ref var lineAt = ref MemoryMarshal.GetReference(line);
        var start = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            var column = Unsafe.Add(ref columnAt, i);
            var end = Unsafe.Add(ref endAt, i);
            var amount = column - PanelColumns.FirstFieldIndex;
            if ((uint)amount < (uint)OptionalAmounts.Length)
            {
                if (start == end)
                {
                    // A missing amount: absent.
                }
                // The usual amount, else the plain amount's parse of the field.
                else if (TryLineAmount(text, start, end, out var value)
                    || CsvNumber.TryParsePlainAmountField(text, start, end, separator, _decimalMark, out value))
                {
                    if (FastDecimal.IsNegative(value) && (mayBeNegative & (1 << amount)) == 0)
                    {
                        return false; // a rule problem
                    }

                    row.Amounts.Set(amount, value);
                }
                else if (!TryLineField(column, MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref lineAt, start), end - start), ref row))
                {
                    return false;
                }
            }
            else
            {
                var field = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref lineAt, start), end - start);
                if (!TryKnownField(column, field, ref row) && !TryLineField(column, field, ref row))
                {
                    return false;
                }
            }

            start = end + 1;
        }

        if (ExportsAboveRevenue(in row.Amounts))
        {
            return false; // a rule problem (the signs were looked at above)
        }

        var org = row.OrganisationNumber.Value;
        if ((_grouped is not null && !_grouped.TryNext(row.OrganisationNumber, row.Year)) || (_byYear is not null && !_byYear.TryNext(org, row.Year)))
        {
            throw new PanelNotGroupedException(lineNumber);
        }

        if (_duplicates is not null && !_duplicates.TryAdd(org, row.Year, lineNumber, out _))
        {
            return false; // TryRow says which line has the firm-year already
        }

        _used++;
        LinesRead++;
        return true;
    }

    // The usual amount, its field's end known: maybe a minus, then digits with maybe one mark (VectorDigits.TryField);
    // false for anything else, which CsvNumber.TryParsePlainAmountField reads or leaves.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryLineAmount(ReadOnlySpan<byte> text, int start, int end, out decimal value)
    {
        var negative = text[start] == (byte)'-';
        var digits = negative ? start + 1 : start;
        if (VectorDigits.TryField(text, digits, end - digits, _decimalMark, out var mantissa, out var scale))
        {
            value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
            return true;
        }

        value = 0m;
        return false;
    }

    /// <summary>Gets the number of rows read by <see cref="TryLine"/> (the others by <see cref="TryRow"/>).</summary>
    public long LinesRead { get; private set; }

    // A field other than a plain amount read at once when it is as usual: an organisation number of nine digits and a
    // year of four, and a text column's value that repeats its last one (as a firm's rows do). False when it is not
    // such a field (TryLineField reads it then).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryKnownField(int column, ReadOnlySpan<byte> field, ref PanelRow row)
    {
        switch (column)
        {
            case PanelColumns.OrgNumberIndex:
                return field.Length == 9 && OrganisationNumber.TryFromNineDigits(field, out row.OrganisationNumber) > 0;
            case PanelColumns.YearIndex:
                return field.Length == 4 && TryLineYear(field, ref row);
            case PanelColumns.NameIndex:
                return _lastName.IsRepeated(field, out row.Name);
            case PanelColumns.NaceIndex:
                if (_lastNace.IsRepeated(field, out _))
                {
                    row.NaceCode = _lastNace.Nace;
                    return true;
                }

                return false;
            case PanelColumns.SegmentIndex:
                return _lastSegment.IsRepeated(field, out row.SegmentId);
            case PanelColumns.CountyIndex:
                return _lastCounty.IsRepeated(field, out row.County);
            case PanelColumns.CurrencyIndex:
                if (_lastCurrency.IsRepeated(field, out _))
                {
                    row.Currency = _lastCurrency.Currency;
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    // A year of plain digits within the read's years (else TryRow reads it and says why).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryLineYear(ReadOnlySpan<byte> field, ref PanelRow row) =>
        CsvNumber.TryParseDigits(field, out row.Year) && row.Year >= _options.MinYear && row.Year <= _options.MaxYear;

    // A field other than a plain amount, as TryRowCore reads it (unquoted), its end found; false where TryRowCore finds
    // a problem. A field TryKnownField did not read: not the text column's last value.
    private bool TryLineField(int column, ReadOnlySpan<byte> field, ref PanelRow row)
    {
        switch (column)
        {
            case PanelColumns.OrgNumberIndex:
                return CsvNumber.TryParseOrganisationNumber(field, out row.OrganisationNumber);
            case PanelColumns.YearIndex:
                return TryLineYear(field, ref row);
            case PanelColumns.NameIndex:
                return TryLineName(field, ref row);
            case PanelColumns.NaceIndex:
                return TryLineNace(field, ref row);
            case PanelColumns.SegmentIndex:
                return TryLineSegment(field, ref row);
            case PanelColumns.CountyIndex:
                return TryLineCounty(field, ref row);
            case PanelColumns.CurrencyIndex:
                return TryLineCurrency(field, ref row);
            case < 0:
                return true; // a column the panel does not read
            default:
                return CsvNumber.IsMissing(field); // an amount: missing, else not a plain one (TryRow reads it)
        }
    }

    // A text column's value that is not its last one (TryLineField), out of the way of the usual row.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryLineName(ReadOnlySpan<byte> field, ref PanelRow row)
    {
        var read = field; // trimmed by the checks; the bytes remembered are the field's own
        if (_options.SkipNames ? !IsValidText(ref read, quoted: false) : !TryText(ref read, quoted: false, NotPooled, out row.Name))
        {
            return false;
        }

        _lastName.Remember(field).Text = row.Name;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryLineNace(ReadOnlySpan<byte> field, ref PanelRow row)
    {
        if (!TryLineParsed(field, NacePool, _naceCodes, out row.NaceCode))
        {
            return false;
        }

        _lastNace.Remember(field).Nace = row.NaceCode;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryLineSegment(ReadOnlySpan<byte> field, ref PanelRow row)
    {
        if (!TryLineText(field, SegmentPool, out row.SegmentId)
            || (row.SegmentId is not null && _options.Taxonomy is { } taxonomy && taxonomy.FindSegment(row.SegmentId) is null))
        {
            return false;
        }

        _lastSegment.Remember(field).Text = row.SegmentId;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryLineCounty(ReadOnlySpan<byte> field, ref PanelRow row)
    {
        if (!TryLineText(field, CountyPool, out row.County))
        {
            return false;
        }

        _lastCounty.Remember(field).Text = row.County;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryLineCurrency(ReadOnlySpan<byte> field, ref PanelRow row)
    {
        if (!TryLineParsed(field, CurrencyPool, _currencies, out var currency))
        {
            return false;
        }

        row.Currency = currency ?? Currency.Nok;
        _lastCurrency.Remember(field).Currency = row.Currency;
        return true;
    }

    // The last bytes of a text column that TryLineField read, and what they gave: a column's value often repeats from
    // one row to the next (as a firm's rows do), and the same bytes give the same value, whatever the rows between.
    private sealed class LastText
    {
        private const int MaxBytes = 32; // longer values are not remembered
        private readonly byte[] _bytes = new byte[MaxBytes];
        private int _length = -1;

        public string? Text { get; set; }

        public NaceCode? Nace { get; set; }

        public Currency Currency { get; set; }

        /// <summary>Whether the field is these bytes, with their text when it is.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsRepeated(ReadOnlySpan<byte> field, out string? text)
        {
            if (field.Length == _length && Utf8TextPool.SameBytes(field, _bytes.AsSpan(0, _length)))
            {
                text = Text;
                return true;
            }

            text = null;
            return false;
        }

        public LastText Remember(ReadOnlySpan<byte> field)
        {
            _length = field.Length <= MaxBytes ? field.Length : -1;
            if (_length >= 0)
            {
                field.CopyTo(_bytes);
            }

            return this;
        }
    }

    // An unquoted text as TryText reads it (false for invalid UTF-8).
    private bool TryLineText(ReadOnlySpan<byte> field, int pool, out string? text) => TryText(ref field, quoted: false, pool, out text);

    // An unquoted text and its parse (the industry code, the currency): false for invalid UTF-8 or a text that does
    // not parse; null when missing.
    private bool TryLineParsed<T>(ReadOnlySpan<byte> field, int pool, ParsedTextCache<T> cache, out T? value)
        where T : struct
    {
        value = null;
        if (!TryLineText(field, pool, out var text))
        {
            return false;
        }

        if (text is null)
        {
            return true;
        }

        if (!cache.Get(text).TryGetValue(out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }
}
