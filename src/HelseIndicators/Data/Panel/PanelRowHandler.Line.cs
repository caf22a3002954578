using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using HelseIndicators.Data.Csv;
using HelseIndicators.Indicators.Calculators;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Panel;

/// <summary>The usual panel line read straight from its bytes (<see cref="ICsvLineHandler{T}"/>).</summary>
internal sealed partial class PanelRowHandler
{
    /// <summary>
    /// Reads the usual line in one pass over its bytes: each field found as it is read (an amount's digits once, not
    /// once to find the separator and again to parse them), with the same parsers as <see cref="TryRow"/>. A line
    /// that is not the usual one (a quote, a lone CR, another number of fields, any field <see cref="TryRow"/> would
    /// read otherwise or find a problem in) gives false with nothing changed, for <see cref="TryRow"/> to read.
    /// </summary>
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
        // Every field of the row is written here or by the columns' fields (org_number and year are always there).
        row.Amounts = default;
        row.Name = null;
        row.NaceCode = null;
        row.SegmentId = null;
        row.County = null;
        row.Currency = Currency.Nok;
        var mayBeNegative = s_mayBeNegative; // read once, not once a field
        var start = 0;
        var last = columns.Length - 1;
        for (var i = 0; i <= last; i++)
        {
            var column = columns[i];
            var amount = column - PanelColumns.FirstFieldIndex;
            int end;
            if ((uint)amount < (uint)OptionalAmounts.Length && CsvNumber.TryParsePlainAmountAt(text, line.Length, start, separator, _decimalMark, out var value, out end))
            {
                if (FastDecimal.IsNegative(value) && !mayBeNegative[amount])
                {
                    return false; // a rule problem
                }

                row.Amounts.Set(amount, value);
            }
            else
            {
                end = TryKnownField(column, line, start, separator, ref row);
                if (end < 0)
                {
                    end = FieldEnd(line, start, separator);
                    if (end < 0 || !TryLineField(column, line[start..end], ref row))
                    {
                        return false;
                    }
                }
            }

            // The field ends at a separator, but the last one at the line's end.
            if (end == line.Length ? i != last : i == last)
            {
                return false;
            }

            start = end + 1;
        }

        if (ExportsAboveRevenue(in row.Amounts))
        {
            return false; // a rule problem (the signs were looked at above)
        }

        var org = row.OrganisationNumber.Value;
        if ((_grouped is not null && !_grouped.TryNext(org, row.Year)) || (_byYear is not null && !_byYear.TryNext(org, row.Year)))
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

    /// <summary>Gets the number of rows read by <see cref="TryLine"/> (the others by <see cref="TryRow"/>).</summary>
    public long LinesRead { get; private set; }

    // Where the field starting at start ends: the next separator or the line's end; −1 at a quote or a CR, which only
    // the tokenizer reads. 16 bytes at a time, the last 16 of the line read again for its tail (a line of fewer bytes
    // one at a time).
    private static int FieldEnd(ReadOnlySpan<byte> line, int start, byte separator)
    {
        var length = line.Length;
        if (length < Vector128<byte>.Count)
        {
            for (var i = start; i < length; i++)
            {
                var b = line[i];
                if (b == separator)
                {
                    return i;
                }

                if (b is (byte)'"' or (byte)'\r')
                {
                    return -1;
                }
            }

            return length;
        }

        ref var first = ref MemoryMarshal.GetReference(line);
        var separators = Vector128.Create(separator);
        var quotes = Vector128.Create((byte)'"');
        var carriageReturns = Vector128.Create((byte)'\r');
        var at = start;
        while (true)
        {
            var block = Math.Min(at, length - Vector128<byte>.Count); // the last block overlaps the one before
            var bytes = Vector128.LoadUnsafe(ref first, (nuint)block);
            var stops = (Vector128.Equals(bytes, separators) | Vector128.Equals(bytes, quotes)
                | Vector128.Equals(bytes, carriageReturns)).ExtractMostSignificantBits() >> (at - block);
            if (stops != 0)
            {
                var end = at + BitOperations.TrailingZeroCount(stops);
                return line[end] == separator ? end : -1;
            }

            at = block + Vector128<byte>.Count;
            if (at >= length)
            {
                return length;
            }
        }
    }

    // A field other than a plain amount read where it ends if it is as long as usual, without looking for its end: an
    // organisation number of nine digits and a year of four, and a text column's value that repeats its last one (as a
    // firm's rows do), each followed by the separator or the line's end. Returns where the field ends, or −1 when it
    // is not such a field (FieldEnd and TryLineField read it then).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int TryKnownField(int column, ReadOnlySpan<byte> line, int start, byte separator, ref PanelRow row)
    {
        switch (column)
        {
            case PanelColumns.OrgNumberIndex:
                return EndsAt(line, start + 9, separator)
                    && OrganisationNumber.TryFromNineDigits(line.Slice(start, 9), out row.OrganisationNumber) > 0 ? start + 9 : -1;
            case PanelColumns.YearIndex:
                return EndsAt(line, start + 4, separator) && TryLineYear(line.Slice(start, 4), ref row) ? start + 4 : -1;
            case PanelColumns.NameIndex:
                return _lastName.EndIfRepeated(line, start, separator, out row.Name);
            case PanelColumns.NaceIndex:
                var end = _lastNace.EndIfRepeated(line, start, separator, out _);
                if (end >= 0)
                {
                    row.NaceCode = _lastNace.Nace;
                }

                return end;
            case PanelColumns.SegmentIndex:
                return _lastSegment.EndIfRepeated(line, start, separator, out row.SegmentId);
            case PanelColumns.CountyIndex:
                return _lastCounty.EndIfRepeated(line, start, separator, out row.County);
            case PanelColumns.CurrencyIndex:
                end = _lastCurrency.EndIfRepeated(line, start, separator, out _);
                if (end >= 0)
                {
                    row.Currency = _lastCurrency.Currency;
                }

                return end;
            default:
                return -1;
        }
    }

    // A year of plain digits within the read's years (else TryRow reads it and says why).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryLineYear(ReadOnlySpan<byte> field, ref PanelRow row) =>
        CsvNumber.TryParseDigits(field, out row.Year) && row.Year >= _options.MinYear && row.Year <= _options.MaxYear;

    // Whether a field ending at `end` ends there: at the separator or at the line's end.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsAt(ReadOnlySpan<byte> line, int end, byte separator) =>
        (uint)end < (uint)line.Length ? line[end] == separator : end == line.Length;

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

        /// <summary>Where the field from <paramref name="start"/> ends when it is these bytes (followed by the
        /// separator or the line's end), with their text; −1 when it is not.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int EndIfRepeated(ReadOnlySpan<byte> line, int start, byte separator, out string? text)
        {
            var end = start + _length;
            if (_length >= 0 && EndsAt(line, end, separator) && Utf8TextPool.SameBytes(line[start..end], _bytes.AsSpan(0, _length)))
            {
                text = Text;
                return end;
            }

            text = null;
            return -1;
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
