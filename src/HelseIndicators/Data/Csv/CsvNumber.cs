using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Csv;

/// <summary>Why a field is not a number the readers accept.</summary>
internal enum CsvNumberError
{
    None = 0,
    Invalid = 1,
    ThousandsSpaces = 2,
    ThousandsMarks = 3,
    WrongDecimalMark = 4,
    Exponent = 5,
    NotFinite = 6,
    TooLarge = 7,
    TooPrecise = 8,
    NotWhole = 9,
}

/// <summary>
/// Exact number parsing straight from UTF-8 bytes: decimals without rounding (at most 28 decimals and a 96-bit
/// mantissa, as <see cref="decimal"/> holds), no thousands separators, no exponents, no NaN or infinity, and the
/// missing-value tokens of INDICATORS.md §3. Never wraps around: a number too large is an error.
/// </summary>
internal static class CsvNumber
{
    private static readonly UInt128 s_maxMantissa = (UInt128.One << 96) - 1;

    /// <summary>Gets whether an unquoted field means "missing": empty, <c>NA</c> or <c>.</c> (surrounding spaces ignored).</summary>
    /// <param name="field">The field.</param>
    /// <returns>True for a missing value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMissing(ReadOnlySpan<byte> field) => IsMissingElseTrim(ref field); // the copy is trimmed, not the caller's

    /// <summary>
    /// <see cref="IsMissing"/>, and when the field is not missing, <see cref="Trim"/> it: one look at its ends for
    /// the usual field, which has no space or tab there.
    /// </summary>
    /// <param name="field">The field; trimmed when it is not missing.</param>
    /// <returns>True for a missing value (the field is then left as it was).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMissingElseTrim(ref ReadOnlySpan<byte> field)
    {
        if (field.IsEmpty)
        {
            return true;
        }

        var first = field[0];
        var last = field[^1];
        if (first is not ((byte)' ' or (byte)'\t') && last is not ((byte)' ' or (byte)'\t'))
        {
            return field.Length switch
            {
                1 => first == (byte)'.',
                2 => first == (byte)'N' && last == (byte)'A',
                _ => false,
            };
        }

        if (IsMissingTrimmed(field))
        {
            return true;
        }

        field = Trim(field);
        return false;
    }

    // IsMissing for a field with spaces or tabs around it.
    private static bool IsMissingTrimmed(ReadOnlySpan<byte> field)
    {
        var t = Trim(field);
        return t.IsEmpty || t.SequenceEqual("NA"u8) || (t.Length == 1 && t[0] == (byte)'.');
    }

    /// <summary>Trims ASCII spaces and tabs.</summary>
    /// <param name="field">The bytes.</param>
    /// <returns>The trimmed bytes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field)
    {
        var start = 0;
        var end = field.Length;
        while (start < end && field[start] is (byte)' ' or (byte)'\t')
        {
            start++;
        }

        while (end > start && field[end - 1] is (byte)' ' or (byte)'\t')
        {
            end--;
        }

        return field[start..end];
    }

    /// <summary>
    /// Parses an organisation number without allocating: the fast path for nine plain digits, else the Model's parser
    /// (spaces between digits allowed).
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="number">The number.</param>
    /// <returns>Whether the field is a valid organisation number.</returns>
    public static bool TryParseOrganisationNumber(ReadOnlySpan<byte> field, out OrganisationNumber number)
    {
        // Nine plain digits: the digits and the check digit in one pass (OrganisationNumber.TryFromNineDigits).
        if (field.Length == 9)
        {
            var result = OrganisationNumber.TryFromNineDigits(field, out number);
            if (result >= 0)
            {
                return result > 0;
            }
        }

        var t = Trim(field);
        if (t.Length == 9)
        {
            var value = 0;
            foreach (var b in t)
            {
                var d = (uint)(b - '0');
                if (d > 9)
                {
                    return OrganisationNumber.TryParseUtf8(t, out number);
                }

                value = value * 10 + (int)d;
            }

            // FromFirstEightDigits computes the check digit without formatting anything.
            if (OrganisationNumber.FromFirstEightDigits(value / 10, out number) && number.Value == value)
            {
                return true;
            }

            number = default;
            return false;
        }

        return OrganisationNumber.TryParseUtf8(t, out number);
    }

    /// <summary>
    /// Parses the usual amount in one pass: an optional minus sign, digits, maybe the decimal mark and more digits, at
    /// least one digit, at most 19 bytes, nothing else (no spaces). For such a field the value is, bit for bit, what
    /// <see cref="TryParseDecimal"/> gives; any other field gives false, and the caller asks the general parse.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="decimalMark">The dialect's decimal mark.</param>
    /// <param name="value">The exact value.</param>
    /// <returns>Whether the field was such an amount.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParsePlainAmount(ReadOnlySpan<byte> field, byte decimalMark, out decimal value)
    {
        if ((uint)(field.Length - 1) < 19u)
        {
            var negative = field[0] == (byte)'-';
            if (TryParseShort(field, negative ? 1 : 0, decimalMark, negative, out value))
            {
                return true;
            }
        }

        value = 0m;
        return false;
    }

    /// <summary>Parses one to nine digits and nothing else (no sign, no spaces): what <see cref="TryParseInt32"/> gives
    /// for such a field.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the field was such a number.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseDigits(ReadOnlySpan<byte> field, out int value)
    {
        value = 0;
        if ((uint)(field.Length - 1) >= 9u)
        {
            return false;
        }

        var v = 0;
        foreach (var b in field)
        {
            var d = (uint)(b - '0');
            if (d > 9)
            {
                return false;
            }

            v = (v * 10) + (int)d;
        }

        value = v;
        return true;
    }

    /// <summary>Parses a decimal number written with <paramref name="dialect"/>'s decimal mark.</summary>
    /// <param name="field">The field, not missing.</param>
    /// <param name="dialect">The dialect.</param>
    /// <param name="value">The exact value.</param>
    /// <returns><see cref="CsvNumberError.None"/> or why the field is not a number.</returns>
    public static CsvNumberError TryParseDecimal(ReadOnlySpan<byte> field, CsvDialect dialect, out decimal value)
    {
        value = 0m;
        var t = Trim(field);
        var decimalMark = dialect == CsvDialect.Semicolon ? (byte)',' : (byte)'.';
        var i = 0;
        var negative = false;
        if (t.Length > 0 && t[0] is (byte)'-' or (byte)'+')
        {
            negative = t[0] == (byte)'-';
            i = 1;
        }

        if (t.Length <= 19 && TryParseShort(t, i, decimalMark, negative, out value))
        {
            return CsvNumberError.None;
        }

        // Up to 19 significant digits accumulate in a ulong, the rest in 128 bits.
        ulong small = 0;
        var scale = 0;
        var significant = 0;
        var digits = 0;
        var seenMark = false;
        for (; i < t.Length && significant < 19; i++)
        {
            var b = t[i];
            var d = (uint)(b - '0');
            if (d <= 9)
            {
                digits++;
                if (seenMark)
                {
                    scale++;
                }

                if (small == 0 && d == 0)
                {
                    continue;
                }

                significant++;
                small = small * 10 + d;
            }
            else if (b == decimalMark && !seenMark)
            {
                seenMark = true;
            }
            else
            {
                return Classify(t, dialect);
            }
        }

        UInt128 mantissa = small;
        for (; i < t.Length; i++)
        {
            var b = t[i];
            var d = (uint)(b - '0');
            if (d <= 9)
            {
                digits++;
                if (seenMark)
                {
                    scale++;
                }

                if (mantissa == 0 && d == 0)
                {
                    continue;
                }

                if (++significant <= 30)
                {
                    mantissa = mantissa * 10 + d;
                }
            }
            else if (b == decimalMark && !seenMark)
            {
                seenMark = true;
            }
            else
            {
                return Classify(t, dialect);
            }
        }

        if (digits == 0)
        {
            return Classify(t, dialect);
        }

        if (significant > 30 || mantissa > s_maxMantissa)
        {
            return significant - scale > 28 || scale == 0 ? CsvNumberError.TooLarge : CsvNumberError.TooPrecise;
        }

        if (scale > 28)
        {
            return CsvNumberError.TooPrecise;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative, (byte)scale);
        return CsvNumberError.None;
    }

    // The usual amount: digits, maybe a decimal mark and more digits, at most 19 characters, so that a ulong holds every
    // digit. False for anything else (no digit, another character), which the general parse then reads or refuses.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParseShort(ReadOnlySpan<byte> t, int i, byte decimalMark, bool negative, out decimal value)
    {
        var end = ScanShort(t, i, decimalMark, out var mantissa, out var scale, out var anyDigit);
        if (end != t.Length || !anyDigit)
        {
            value = 0m;
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }

    // The grammar of the usual amount from index i: digits, maybe the decimal mark and more digits. Returns where it
    // stops (the end of t, or the first byte that does not belong), with the digits as a mantissa (exact for at most
    // 19 of them) and the number after the mark as the scale.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanShort(ReadOnlySpan<byte> t, int i, byte decimalMark, out ulong mantissa, out int scale, out bool anyDigit)
    {
        mantissa = 0;
        var start = i;
        for (; i < t.Length; i++)
        {
            var d = (uint)(t[i] - '0');
            if (d > 9)
            {
                break;
            }

            mantissa = (mantissa * 10) + d;
        }

        var digits = i - start;
        scale = 0;
        if (i < t.Length && t[i] == decimalMark)
        {
            var fraction = ++i;
            for (; i < t.Length; i++)
            {
                var d = (uint)(t[i] - '0');
                if (d > 9)
                {
                    break;
                }

                mantissa = (mantissa * 10) + d;
            }

            scale = i - fraction;
        }

        anyDigit = digits + scale > 0;
        return i;
    }

    /// <summary>
    /// Parses the usual amount (as <see cref="TryParsePlainAmount"/>) where it starts a field of a line, up to the
    /// separator or the line's end, in one pass: the amount's bytes are not looked for first.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="start">Where the field starts.</param>
    /// <param name="separator">The dialect's separator.</param>
    /// <param name="decimalMark">The dialect's decimal mark.</param>
    /// <param name="value">The exact value.</param>
    /// <param name="end">Where the field ends (the separator, or the line's end), when true.</param>
    /// <returns>Whether the field is such an amount: exactly what <see cref="TryParsePlainAmount"/> gives for the field
    /// from <paramref name="start"/> to <paramref name="end"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParsePlainAmountAt(ReadOnlySpan<byte> line, int start, byte separator, byte decimalMark, out decimal value, out int end) =>
        TryParsePlainAmountAt(line, line.Length, start, separator, decimalMark, out value, out end);

    /// <summary>
    /// As <see cref="TryParsePlainAmountAt(ReadOnlySpan{byte}, int, byte, byte, out decimal, out int)"/>, for a line
    /// that the bytes after it follow: they may be looked at (to read sixteen bytes at once,
    /// <see cref="VectorDigits"/>), never taken as the line's.
    /// </summary>
    /// <param name="text">The line, its first <paramref name="length"/> bytes, then anything.</param>
    /// <param name="length">The line's length.</param>
    /// <param name="start">Where the field starts.</param>
    /// <param name="separator">The dialect's separator.</param>
    /// <param name="decimalMark">The dialect's decimal mark.</param>
    /// <param name="value">The exact value.</param>
    /// <param name="end">Where the field ends (the separator, or the line's end), when true.</param>
    /// <returns>What the overload gives for the line alone.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParsePlainAmountAt(ReadOnlySpan<byte> text, int length, int start, byte separator, byte decimalMark, out decimal value, out int end)
    {
        var line = text[..length];
        var negative = (uint)start < (uint)line.Length && line[start] == (byte)'-';
        var digits = negative ? start + 1 : start;
        ulong mantissa;
        int scale;
        bool anyDigit;
        if (VectorDigits.TryScan(text, digits, decimalMark, out mantissa, out scale, out var count, out end) && end <= line.Length)
        {
            anyDigit = count > 0;
        }
        else
        {
            end = ScanShort(line, digits, decimalMark, out mantissa, out scale, out anyDigit);
        }

        if (anyDigit && end - start <= 19 && (end == line.Length || line[end] == separator))
        {
            value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
            return true;
        }

        value = 0m;
        return false;
    }

    /// <summary>
    /// Parses the usual amount (as <see cref="TryParsePlainAmount"/>) that is a field of a line whose end is known:
    /// the bytes from <paramref name="start"/> to <paramref name="end"/>, the bytes after them looked at but never
    /// taken (as <see cref="TryParsePlainAmountAt(ReadOnlySpan{byte}, int, int, byte, byte, out decimal, out int)"/>
    /// for a line that ends where the field does).
    /// </summary>
    /// <param name="text">The line's bytes from its start, at least to <paramref name="end"/>.</param>
    /// <param name="start">Where the field starts.</param>
    /// <param name="end">Where it ends (its separator, or the line's end); no separator between.</param>
    /// <param name="separator">The dialect's separator.</param>
    /// <param name="decimalMark">The dialect's decimal mark.</param>
    /// <param name="value">The exact value.</param>
    /// <returns>What <see cref="TryParsePlainAmount"/> gives for the field.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParsePlainAmountField(ReadOnlySpan<byte> text, int start, int end, byte separator, byte decimalMark, out decimal value) =>
        TryParsePlainAmountAt(text, end, start, separator, decimalMark, out value, out _);

    /// <summary>Parses a whole number (a year) in the range of <see cref="int"/>.</summary>
    /// <param name="field">The field, not missing.</param>
    /// <param name="dialect">The dialect, for the messages of a bad number.</param>
    /// <param name="value">The value.</param>
    /// <returns><see cref="CsvNumberError.None"/> or why the field is not a whole number.</returns>
    public static CsvNumberError TryParseInt32(ReadOnlySpan<byte> field, CsvDialect dialect, out int value)
    {
        value = 0;
        var t = Trim(field);
        if (t.Length is > 0 and <= 9)
        {
            var v = 0;
            var ok = true;
            foreach (var b in t)
            {
                var d = (uint)(b - '0');
                if (d > 9)
                {
                    ok = false;
                    break;
                }

                v = v * 10 + (int)d;
            }

            if (ok)
            {
                value = v;
                return CsvNumberError.None;
            }
        }

        var error = TryParseDecimal(t, dialect, out var number);
        if (error != CsvNumberError.None)
        {
            return error;
        }

        if (number != decimal.Truncate(number))
        {
            return CsvNumberError.NotWhole;
        }

        if (number is < int.MinValue or > int.MaxValue)
        {
            return CsvNumberError.TooLarge;
        }

        value = (int)number;
        return CsvNumberError.None;
    }

    /// <summary>Says why a field is not a number, in words a person can act on.</summary>
    /// <param name="error">The error.</param>
    /// <param name="text">The field as text.</param>
    /// <param name="dialect">The dialect.</param>
    /// <returns>The message.</returns>
    public static string Describe(CsvNumberError error, string text, CsvDialect dialect)
    {
        var point = dialect == CsvDialect.Semicolon ? "comma" : "point";
        return error switch
        {
            CsvNumberError.ThousandsSpaces =>
                "remove the spaces: thousands separators are not allowed (write 1234567, not 1 234 567)",
            CsvNumberError.ThousandsMarks when dialect == CsvDialect.Semicolon =>
                "remove the points: thousands separators are not allowed (write 1234567, not 1.234.567); this file uses semicolons as separators, so decimals need a comma (12,5)",
            CsvNumberError.ThousandsMarks =>
                "remove the commas: thousands separators are not allowed (write 1234567, not 1,234,567); if the comma is a decimal mark: this file uses commas as separators, so decimals need a point (12.5)",
            CsvNumberError.WrongDecimalMark when dialect == CsvDialect.Semicolon =>
                "this file uses semicolons as separators, so decimals need a comma (12,5), not a point",
            CsvNumberError.WrongDecimalMark =>
                "this file uses commas as separators, so decimals need a point (12.5), not a comma",
            CsvNumberError.Exponent =>
                "exponent notation (such as 1E+06) is not supported: write the number in full, such as 1000000",
            CsvNumberError.NotFinite =>
                $"'{text}' is not a finite number: leave the field empty (or write NA) when the value is missing",
            CsvNumberError.TooLarge =>
                "the number is too large to hold exactly (at most 28 digits before the decimal mark, about 7.9E+28): check the value and its unit",
            CsvNumberError.TooPrecise =>
                "the number has too many digits to hold exactly (at most 28 decimals and 28–29 significant digits): round it",
            CsvNumberError.NotWhole =>
                "a whole number is needed here",
            _ => $"not a number: write digits with an optional minus sign and a decimal {point}, such as {(dialect == CsvDialect.Semicolon ? "-1234,5" : "-1234.5")}; leave the field empty (or write NA) when the value is missing",
        };
    }

    /// <summary>Decodes bytes for a message, invalid UTF-8 replaced.</summary>
    /// <param name="field">The bytes.</param>
    /// <returns>The text.</returns>
    public static string Text(ReadOnlySpan<byte> field) => Encoding.UTF8.GetString(field);

    private static CsvNumberError Classify(ReadOnlySpan<byte> t, CsvDialect dialect)
    {
        var body = t.Length > 0 && t[0] is (byte)'-' or (byte)'+' ? t[1..] : t;
        var text = Encoding.UTF8.GetString(body).Trim();
        if (text.Equals("nan", StringComparison.OrdinalIgnoreCase) || text.Equals("inf", StringComparison.OrdinalIgnoreCase)
            || text.Equals("infinity", StringComparison.OrdinalIgnoreCase) || text == "∞"
            || text.Equals("-nan", StringComparison.OrdinalIgnoreCase))
        {
            return CsvNumberError.NotFinite;
        }

        var allowed = true;
        var hasSpace = false;
        var hasExponent = false;
        var hasComma = false;
        var hasPoint = false;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '0' and <= '9':
                    break;
                case ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'':
                    hasSpace = true;
                    break;
                case 'e' or 'E':
                    hasExponent = true;
                    break;
                case ',':
                    hasComma = true;
                    break;
                case '.':
                    hasPoint = true;
                    break;
                case '+' or '-':
                    break;
                default:
                    allowed = false;
                    break;
            }
        }

        if (!allowed || !text.Any(char.IsAsciiDigit))
        {
            return CsvNumberError.Invalid;
        }

        if (hasSpace)
        {
            return CsvNumberError.ThousandsSpaces;
        }

        if (hasExponent)
        {
            return CsvNumberError.Exponent;
        }

        var group = dialect == CsvDialect.Semicolon ? '.' : ',';
        var mark = dialect == CsvDialect.Semicolon ? ',' : '.';
        var hasGroup = dialect == CsvDialect.Semicolon ? hasPoint : hasComma;
        if (hasGroup)
        {
            return IsGrouped(text, group, mark) ? CsvNumberError.ThousandsMarks : CsvNumberError.WrongDecimalMark;
        }

        return CsvNumberError.Invalid;
    }

    // 1,234,567 or 1,234 or 1,234.5 (group = ','): one to three digits, then groups of exactly three.
    private static bool IsGrouped(string text, char group, char mark)
    {
        var integer = text.Split(mark)[0];
        var parts = integer.Split(group);
        if (parts.Length < 2 || parts[0].Length is < 1 or > 3 || !parts[0].All(char.IsAsciiDigit))
        {
            return false;
        }

        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length != 3 || !parts[i].All(char.IsAsciiDigit))
            {
                return false;
            }
        }

        // In the comma dialect "12,5" is a decimal comma; "1,234" is ambiguous and reported as grouping, whose message also gives the decimal hint.
        return parts.Length > 2 || mark == ',' || group == ',';
    }

    /// <summary>Formats a decimal with the dialect's decimal mark, invariant otherwise.</summary>
    /// <param name="value">The value.</param>
    /// <param name="dialect">The dialect.</param>
    /// <returns>The text.</returns>
    public static string Format(decimal value, CsvDialect dialect)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return dialect == CsvDialect.Semicolon ? text.Replace('.', ',') : text;
    }
}
