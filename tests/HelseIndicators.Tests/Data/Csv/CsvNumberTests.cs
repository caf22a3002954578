using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data.Csv;

namespace HelseIndicators.Tests.Data.Csv;

/// <summary>The panel reader's number parser against .NET's own: the same value and the same scale, bit for bit.</summary>
public class CsvNumberTests
{
    private static Gen<string> Digits(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Elements('0', '0', '1', '2', '5', '7', '9'), n)).Select(c => new string(c));

    // Up to 28 significant digits (more is an error here and a rounding in decimal.Parse), both sides of the mark.
    private static readonly Gen<string> s_numbers =
        Gen.Elements("", "", "-", "+").SelectMany(sign => Digits(0, 20).SelectMany(whole => Gen.Elements(false, true).SelectMany(mark =>
            Digits(0, mark ? 8 : 0).Select(fraction => (sign, whole, mark, fraction)))))
        .Where(n => (n.whole + n.fraction).Length > 0 && (n.whole + n.fraction).TrimStart('0').Length <= 28)
        .Select(n => n.sign + n.whole + (n.mark ? "." : "") + n.fraction);

    [Property]
    public Property TryParseDecimal_IsDecimalParse_BitForBit() =>
        Prop.ForAll(s_numbers.ToArbitrary(), Gen.Elements(CsvDialect.Comma, CsvDialect.Semicolon).ToArbitrary(), (text, dialect) =>
        {
            var expected = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var written = dialect == CsvDialect.Semicolon ? text.Replace('.', ',') : text;
            var error = CsvNumber.TryParseDecimal(Encoding.UTF8.GetBytes($" {written}\t"), dialect, out var actual);
            return (error == CsvNumberError.None && Bits(actual) == Bits(expected))
                .Label($"{written}: {error} {actual} ({Bits(actual)}) against {expected} ({Bits(expected)})");
        });

    [Theory]
    [InlineData("9999999999999999999", "9999999999999999999")]             // 19 digits: the ulong's last
    [InlineData("18446744073709551615", "18446744073709551615")]           // 20 digits: past the fast path
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")] // 2^96 − 1
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")] // scale 28
    [InlineData("1.50", "1.50")]
    [InlineData("000120", "120")]
    public void TryParseDecimal_KeepsEveryDigitAndTheScale(string text, string expected)
    {
        Assert.Equal(CsvNumberError.None, CsvNumber.TryParseDecimal(Encoding.UTF8.GetBytes(text), CsvDialect.Comma, out var value));
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("79228162514264337593543950336", "TooLarge")]  // 2^96
    [InlineData("0.00000000000000000000000000001", "TooPrecise")] // scale 29
    public void TryParseDecimal_RefusesWhatADecimalCannotHoldExactly(string text, string error) =>
        Assert.Equal(error, CsvNumber.TryParseDecimal(Encoding.UTF8.GetBytes(text), CsvDialect.Comma, out _).ToString());

    [Theory]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData(".")]
    [InlineData("-.")]
    [InlineData("1.2.3")]
    [InlineData("12a")]
    [InlineData("1 2")]
    [InlineData("--1")]
    [InlineData("1-")]
    public void TryParseDecimal_RefusesWhatIsNotANumber(string text) =>
        Assert.NotEqual(CsvNumberError.None, CsvNumber.TryParseDecimal(Encoding.UTF8.GetBytes(text), CsvDialect.Comma, out _));

    // Fields near the usual shapes: digits, signs, both marks, spaces and tabs at either end, the missing tokens, letters.
    private static readonly Gen<byte[]> s_fields =
        Gen.Choose(0, 23).SelectMany(n => Gen.ArrayOf(Gen.Frequency(
            (12, Gen.Elements("0", "1", "2", "5", "7", "9")), (2, Gen.Elements("-", "+", ".", ",")), (1, Gen.Elements(" ", "\t", "N", "A", "e", "ø"))), n))
        .Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts)));

    /// <summary>The one-pass parse of a plain amount agrees with the general parse, bit for bit, on every field it takes;
    /// and it takes every field of its shape (sign, digits, a mark, at most 19 bytes) that the general parse reads.</summary>
    [Property(MaxTest = 2000)]
    public Property TryParsePlainAmount_IsTryParseDecimal_OnWhatItTakes() =>
        Prop.ForAll(s_fields.ToArbitrary(), Gen.Elements(CsvDialect.Comma, CsvDialect.Semicolon).ToArbitrary(), (field, dialect) =>
        {
            var mark = dialect == CsvDialect.Semicolon ? (byte)',' : (byte)'.';
            var taken = CsvNumber.TryParsePlainAmount(field, mark, out var fast);
            var error = CsvNumber.TryParseDecimal(field, dialect, out var general);
            var plainShape = field.Length is > 0 and <= 19 && field.All(b => b is >= (byte)'0' and <= (byte)'9' || b == mark || b == (byte)'-')
                && field.Skip(1).All(b => b != (byte)'-') && field.Count(b => b == mark) <= 1;
            return (taken ? error == CsvNumberError.None && Bits(fast) == Bits(general) : !(plainShape && error == CsvNumberError.None))
                .Label($"'{Encoding.UTF8.GetString(field)}' {dialect}: plain {taken} {fast}, general {error} {general}");
        });

    // Mostly digits, with the bytes just outside the digits ('/', ':', '@'...), high bytes, signs and marks: fields of
    // up to 26 bytes.
    private static readonly Gen<byte[]> s_amountBytes =
        Gen.Choose(0, 26).SelectMany(n => Gen.ArrayOf(Gen.Frequency(
            (20, Gen.Choose('0', '9').Select(b => (byte)b)),
            (3, Gen.Elements<byte>((byte)'-', (byte)'.', (byte)',', (byte)';')),
            (2, Gen.Elements<byte>(0x2F, 0x3A, 0x3F, 0x40, 0x20, 0x00, 0xFA, 0xFF, 0xC3, 0x39 + 0x80))), n));

    /// <summary>The parse of an amount where it starts in a line takes exactly the fields up to the separator or the
    /// line's end that the parse of the field alone takes, with the same value bit for bit and the field's end.</summary>
    [Property(MaxTest = 3000)]
    public Property TryParsePlainAmountAt_IsTryParsePlainAmountOfTheFieldUpToItsEnd() =>
        Prop.ForAll(s_amountBytes.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(),
            Gen.Choose(0, 30).SelectMany(a => Gen.Elements(CsvDialect.Comma, CsvDialect.Semicolon).Select(d => (a, d))).ToArbitrary(), (field, before, around) =>
        {
            var (after, dialect) = around;
            var (separator, mark) = dialect == CsvDialect.Semicolon ? ((byte)';', (byte)',') : ((byte)',', (byte)'.');
            // Fields before it, the field, and after it (when anything is) the separator and a tail of that many bytes.
            var head = Enumerable.Repeat(new[] { (byte)'7', separator }, before).SelectMany(b => b).ToArray();
            var tail = after == 0 ? [] : new[] { separator }.Concat(Enumerable.Range(0, after - 1).Select(k => (byte)"12;,.x"[k % 6])).ToArray();
            byte[] line = [.. head, .. field, .. tail];
            var stop = Array.IndexOf(line, separator, head.Length);
            var fieldEnd = stop < 0 ? line.Length : stop;

            var taken = CsvNumber.TryParsePlainAmountAt(line, head.Length, separator, mark, out var value, out var end);
            var alone = CsvNumber.TryParsePlainAmount(line.AsSpan(head.Length, fieldEnd - head.Length), mark, out var expected);
            return (taken == alone && (!taken || (end == fieldEnd && Bits(value) == Bits(expected))))
                .Label($"'{Encoding.UTF8.GetString(line)}' at {head.Length}: {taken} {value} to {end}; alone {alone} {expected} to {fieldEnd}");
        });

    /// <summary>The parse of an amount in a line that more bytes follow (the reader's buffer) gives what the parse in
    /// the line alone gives: the bytes after the line may be looked at, never taken, whatever they are.</summary>
    [Property(MaxTest = 3000)]
    public Property TryParsePlainAmountAt_LooksPastTheLineWithoutTakingIt() =>
        Prop.ForAll(s_amountBytes.ToArbitrary(), s_amountBytes.ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (field, after, before) =>
        {
            var head = Enumerable.Repeat((byte)'7', before).Append((byte)',').ToArray();
            byte[] line = [.. head, .. field];
            byte[] text = [.. line, .. after];
            var alone = CsvNumber.TryParsePlainAmountAt(line, head.Length, (byte)',', (byte)'.', out var expected, out var expectedEnd);
            var taken = CsvNumber.TryParsePlainAmountAt(text, line.Length, head.Length, (byte)',', (byte)'.', out var value, out var end);
            return (taken == alone && (!taken || (end == expectedEnd && Bits(value) == Bits(expected))))
                .Label($"'{Encoding.UTF8.GetString(line)}' then '{Encoding.UTF8.GetString(after)}': {taken} {value} to {end}; alone {alone} {expected} to {expectedEnd}");
        });

    /// <summary>The parse of an amount field whose end is known gives what the parse of the field alone gives, whatever
    /// bytes follow its end (the separator and the rest of the buffer).</summary>
    [Property(MaxTest = 3000)]
    public Property TryParsePlainAmountField_IsTryParsePlainAmountOfTheField() =>
        Prop.ForAll(s_amountBytes.ToArbitrary(), s_amountBytes.ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (bytes, after, before) =>
        {
            var field = bytes.Where(b => b != (byte)',').ToArray(); // a field holds no separator
            var head = Enumerable.Repeat((byte)'7', before).Append((byte)',').ToArray();
            byte[] text = [.. head, .. field, (byte)',', .. after];
            var taken = CsvNumber.TryParsePlainAmountField(text, head.Length, head.Length + field.Length, (byte)',', (byte)'.', out var value);
            var alone = CsvNumber.TryParsePlainAmount(field, (byte)'.', out var expected);
            return (taken == alone && (!taken || Bits(value) == Bits(expected)))
                .Label($"'{Encoding.UTF8.GetString(field)}' then '{Encoding.UTF8.GetString(after)}': {taken} {value}; alone {alone} {expected}");
        });

    /// <summary>The sixteen-byte read of digits is the grammar read a byte at a time: digits, maybe the mark and more
    /// digits, as one mantissa with the fraction's length as its scale; or false when the run does not stop within
    /// sixteen bytes (or fewer are left).</summary>
    [Property(MaxTest = 5000)]
    public Property VectorDigits_TryScan_IsTheGrammarByteByByte() =>
        Prop.ForAll(s_amountBytes.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (bytes, start) =>
        {
            byte[] text = [.. Enumerable.Repeat((byte)'x', start), .. bytes];
            var i = start;
            ulong mantissa = 0;
            for (; i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9'; i++)
            {
                mantissa = unchecked((mantissa * 10) + (ulong)(text[i] - '0'));
            }

            var count = i - start;
            var scale = 0;
            if (i < text.Length && text[i] == '.')
            {
                var fraction = ++i;
                for (; i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9'; i++)
                {
                    mantissa = unchecked((mantissa * 10) + (ulong)(text[i] - '0'));
                }

                scale = i - fraction;
                count += scale;
            }

            var readable = text.Length - start >= VectorDigits.Width && i - start < VectorDigits.Width;
            var taken = VectorDigits.TryScan(text, start, (byte)'.', out var m, out var s, out var c, out var end);
            var label = $"'{Encoding.UTF8.GetString(text)}' from {start}: {taken} {m} scale {s} count {c} to {end}; expected {mantissa} {scale} {count} to {i}";
            return taken
                ? (m == mantissa && s == scale && c == count && end == i).Label(label)
                : (!readable || !System.Runtime.Intrinsics.X86.Sse41.IsSupported).Label(label);
        });

    /// <summary>The sixteen-byte read of a whole field (its end known, no sign) is the plain amount's parse of the field
    /// whenever it reads it, and reads every such field of 1 to 15 bytes with sixteen bytes to read from.</summary>
    [Property(MaxTest = 5000)]
    public Property VectorDigits_TryField_IsTheParseOfTheUnsignedField() =>
        Prop.ForAll(s_amountBytes.ToArbitrary(), s_amountBytes.ToArbitrary(), (field, after) =>
        {
            byte[] text = [.. field, .. after];
            var taken = VectorDigits.TryField(text, 0, field.Length, (byte)'.', out var mantissa, out var scale);
            var expected = 0m;
            var plain = field.Length > 0 && field[0] != '-' && CsvNumber.TryParsePlainAmount(field, (byte)'.', out expected);
            var label = $"'{Encoding.UTF8.GetString(field)}' then '{Encoding.UTF8.GetString(after)}': {taken} {mantissa} scale {scale}";
            if (taken)
            {
                var value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)scale);
                return (plain && Bits(value) == Bits(expected)).Label(label);
            }

            var readable = field.Length is >= 1 and < VectorDigits.Width && text.Length >= VectorDigits.Width;
            return (!plain || !readable || !System.Runtime.Intrinsics.X86.Sse41.IsSupported).Label(label);
        });

    [Theory]
    [InlineData("123456781234567,", "123456781234567")]
    [InlineData("1234567812345678,xxxxxxxxxxx", "1234567812345678")]
    [InlineData("12345678.1234567,xxxxxxxxxx", "12345678.1234567")]
    [InlineData("1.12345678,xxxxxxxxxxxxxxxx", "1.12345678")]
    [InlineData("-12345678,xxxxxxxxxxxxxxxxx", "-12345678")]
    [InlineData("00000042,xxxxxxxxxxxxxxxxxx", "42")]
    [InlineData("0.50,xxxxxxxxx", "0.50")]
    public void TryParsePlainAmountAt_ReadsLongRunsAndEndsAtTheSeparator(string line, string expected)
    {
        Assert.True(CsvNumber.TryParsePlainAmountAt(Encoding.UTF8.GetBytes(line), 0, (byte)',', (byte)'.', out var value, out var end));
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(line.IndexOf(',', StringComparison.Ordinal), end);
    }

    [Theory]
    [InlineData("-0", "0")]                      // a negative zero (its sign bit set), as the general parse gives it
    [InlineData("-.5", "-0.5")]
    [InlineData("5.", "5")]
    [InlineData("9999999999999999999", "9999999999999999999")] // 19 bytes: the last the one-pass parse takes
    [InlineData("-999999999999999999", "-999999999999999999")]
    public void TryParsePlainAmount_TakesTheEdgesOfItsShape(string text, string expected)
    {
        Assert.True(CsvNumber.TryParsePlainAmount(Encoding.UTF8.GetBytes(text), (byte)'.', out var value));
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(CsvNumberError.None, CsvNumber.TryParseDecimal(Encoding.UTF8.GetBytes(text), CsvDialect.Comma, out var general));
        Assert.Equal(Bits(general), Bits(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("5 ")]
    [InlineData("1.2.3")]
    [InlineData("5-")]
    [InlineData("18446744073709551615")] // 20 bytes: the general parse's
    public void TryParsePlainAmount_LeavesEverythingElseToTheGeneralParse(string text) =>
        Assert.False(CsvNumber.TryParsePlainAmount(Encoding.UTF8.GetBytes(text), (byte)'.', out _));

    /// <summary>IsMissing's shortcut for fields without spaces at their ends agrees with its definition: empty, NA or
    /// '.', once spaces and tabs around it are trimmed.</summary>
    [Property(MaxTest = 2000)]
    public Property IsMissing_IsTheTrimmedTokens() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements("", " ", "\t", "N", "A", ".", "NA", "n", "a", "x", "0")).Select(p => Encoding.UTF8.GetBytes(string.Concat(p))).ToArbitrary(), field =>
        {
            var trimmed = Encoding.UTF8.GetString(field).Trim(' ', '\t');
            return (CsvNumber.IsMissing(field) == (trimmed is "" or "NA" or ".")).Label($"'{Encoding.UTF8.GetString(field)}'");
        });

    /// <summary>IsMissingElseTrim is IsMissing, then Trim for a field that is not missing.</summary>
    [Property(MaxTest = 2000)]
    public Property IsMissingElseTrim_IsIsMissingThenTrim() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements("", " ", "\t", "N", "A", ".", "NA", "x", "0")).Select(p => Encoding.UTF8.GetBytes(string.Concat(p))).ToArbitrary(), bytes =>
        {
            ReadOnlySpan<byte> field = bytes;
            var missing = CsvNumber.IsMissingElseTrim(ref field);
            return missing == CsvNumber.IsMissing(bytes)
                && field.SequenceEqual(missing ? bytes : CsvNumber.Trim(bytes));
        });

    /// <summary>The year's shortcut (one to nine digits, nothing else) gives what TryParseInt32 gives, and takes every
    /// such field.</summary>
    [Property(MaxTest = 1000)]
    public Property TryParseDigits_IsTryParseInt32_OnWhatItTakes() =>
        Prop.ForAll(s_fields.ToArbitrary(), field =>
        {
            var taken = CsvNumber.TryParseDigits(field, out var fast);
            var error = CsvNumber.TryParseInt32(field, CsvDialect.Comma, out var general);
            var digitsOnly = field.Length is > 0 and <= 9 && field.All(b => b is >= (byte)'0' and <= (byte)'9');
            return (taken == digitsOnly && (!taken || (error == CsvNumberError.None && fast == general)))
                .Label($"'{Encoding.UTF8.GetString(field)}': {taken} {fast}, {error} {general}");
        });

    private static string Bits(decimal value) => string.Join(",", decimal.GetBits(value));
}
