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

    private static string Bits(decimal value) => string.Join(",", decimal.GetBits(value));
}
