using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Model;
using HelseIndicators.Tests.Laws;

namespace HelseIndicators.Tests.Model;

public class OrganisationNumberTests
{
    [Theory]
    [InlineData("974760673", 974760673)]
    [InlineData("923609016", 923609016)]
    [InlineData("123456785", 123456785)]
    [InlineData("923 609 016", 923609016)]
    [InlineData("  923609016 ", 923609016)]
    [InlineData("000000000", 0)]
    public void Parse_ValidNumbers_GivesTheValue(string text, int expected) =>
        Assert.Equal(expected, OrganisationNumber.Parse(text).Value.Value);

    [Fact]
    public void Parse_CommonMockValue_IsRefusedForItsCheckDigit()
    {
        var result = OrganisationNumber.Parse("123456789");
        Assert.False(result.Success);
        Assert.Contains("check digit is 9 but should be 5", result.Error);
    }

    [Theory]
    [InlineData("12345678", "has 8 digits")]
    [InlineData("1234567890", "has 10 digits")]
    [InlineData("92360901X", "contains 'X' at position 9")]
    [InlineData("923-609-016", "contains '-' at position 4")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    public void Parse_Malformed_SaysWhy(string text, string expected)
    {
        var result = OrganisationNumber.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void Parse_Null_SaysMissing() => Assert.Contains("missing", OrganisationNumber.Parse((string?)null).Error);

    [Fact]
    public void Parse_RemainderOne_SaysNoCheckDigitExists()
    {
        // 10000001x: weighted sum 3 + 2 = 5 → no; find eight digits with remainder 1 by the rule itself.
        var firstEight = Enumerable.Range(10_000_000, 200).First(n => !OrganisationNumber.FromFirstEightDigits(n, out _));
        var result = OrganisationNumber.Parse(firstEight + "0");
        Assert.False(result.Success);
        Assert.Contains("remainder 1", result.Error);
    }

    [Fact]
    public void FromFirstEightDigits_HandComputed_GivesCheckDigit()
    {
        // 9,2,3,6,0,9,0,1 × 3,2,7,6,5,4,3,2 = 27+4+21+36+0+36+0+2 = 126; 126 mod 11 = 5; check = 6.
        Assert.True(OrganisationNumber.FromFirstEightDigits(92360901, out var n));
        Assert.Equal(923609016, n.Value);
        Assert.Equal(6, n.CheckDigit);
    }

    [Fact]
    public void FromInt32_BadCheckDigit_Throws() => Assert.Throws<ArgumentException>(() => OrganisationNumber.FromInt32(123456789));

    [Fact]
    public void FromInt32_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OrganisationNumber.FromInt32(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrganisationNumber.FromInt32(1_000_000_000));
    }

    [Fact]
    public void ToString_Default_GroupsInThrees()
    {
        var n = OrganisationNumber.FromInt32(923609016);
        Assert.Equal("923 609 016", n.ToString());
        Assert.Equal("923609016", n.ToString("D", null));
        Assert.Equal("000 000 000", default(OrganisationNumber).ToString());
        Assert.Throws<FormatException>(() => n.ToString("X", null));
    }

    [Fact]
    public void TryParseUtf8_MatchesCharParsing()
    {
        Assert.True(OrganisationNumber.TryParseUtf8("923 609 016"u8, out var n));
        Assert.Equal(923609016, n.Value);
        Assert.False(OrganisationNumber.TryParseUtf8("123456789"u8, out _));
        Assert.False(OrganisationNumber.TryParseUtf8("9236090160"u8, out _));
        Assert.False(OrganisationNumber.TryParseUtf8("92360901a"u8, out _));
    }

    [Fact]
    public void Equality_And_Ordering_FollowTheLaws()
    {
        var a = OrganisationNumber.FromInt32(923609016);
        EqualityLaws.AssertEqualityLaws(a, OrganisationNumber.Parse("923 609 016").Value, OrganisationNumber.FromInt32(974760673));
        EqualityLaws.AssertOrderingLaws(OrganisationNumber.FromInt32(123456785), a);
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool ParseOfFormat_RoundTrips(OrganisationNumber n) =>
        OrganisationNumber.Parse(n.ToString()).Value == n && OrganisationNumber.Parse(n.ToString("D", null)).Value == n;

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Generated_AreAlwaysValid(OrganisationNumber n) =>
        OrganisationNumber.Parse(n.Value.ToString("D9")).Success;

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public Property SingleDigitChange_IsAlwaysDetected(OrganisationNumber n)
    {
        var changes = from position in Gen.Choose(0, 8)
                      from delta in Gen.Choose(1, 9)
                      select (position, delta);
        return Prop.ForAll(changes.ToArbitrary(), change =>
        {
            var digits = n.ToString("D", null).ToCharArray();
            digits[change.position] = (char)('0' + (digits[change.position] - '0' + change.delta) % 10);
            return !OrganisationNumber.Parse(new string(digits)).Success;
        });
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Ordering_IsConsistentWithEquality(OrganisationNumber a, OrganisationNumber b) =>
        EqualityLaws.OrderingIsConsistent(a, b) && (a < b) == (a.Value < b.Value);

    [Property]
    public bool Parse_NeverThrows(string? text)
    {
        var result = OrganisationNumber.Parse(text);
        return result.Success || !string.IsNullOrEmpty(result.Error);
    }

    /// <summary>The one-pass check of nine digits agrees with <see cref="OrganisationNumber.FromFirstEightDigits"/> and
    /// with <see cref="OrganisationNumber.Parse(string)"/>: over any nine digits (a valid number in every eleventh or
    /// so, and one digit off it, which must fail), and over nine bytes with one that is not a digit.</summary>
    [Property(MaxTest = 3000)]
    public Property TryFromNineDigits_IsFromFirstEightDigits()
    {
        var nine = Gen.Choose(0, 99_999_999).SelectMany(first => Gen.Choose(0, 9).SelectMany(last => Gen.Elements(false, true).SelectMany(valid =>
            Gen.Choose(0, 8).SelectMany(at => Gen.Elements('/', ':', ' ', 'a', '\0', (char)0xC3).SelectMany(bad => Gen.Choose(0, 9).Select(broken =>
            {
                var text = (OrganisationNumber.FromFirstEightDigits(first, out var org) && valid ? org.Value : (first * 10) + last).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
                return broken == 0 ? text[..at] + bad + text[(at + 1)..] : text;
            }))))));
        return Prop.ForAll(nine.ToArbitrary(), text =>
        {
            var bytes = System.Text.Encoding.Latin1.GetBytes(text);
            var result = OrganisationNumber.TryFromNineDigits(bytes, out var number);
            var digits = text.All(char.IsAsciiDigit);
            var expected = digits && OrganisationNumber.FromFirstEightDigits(int.Parse(text[..8], System.Globalization.CultureInfo.InvariantCulture), out var org)
                && org.Value == int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            var parsed = OrganisationNumber.Parse(text);
            return (result == (!digits ? -1 : expected ? 1 : 0) && (result != 1 || (parsed.Success && parsed.Value == number))
                && (result == 1 || number == default) && (!digits || parsed.Success == expected)).Label($"{text}: {result}");
        });
    }

    /// <summary>The digit-by-digit read (for a big-endian machine, so not the one that runs here) gives what the
    /// word-at-a-time read gives, number and result, over nine digits and nine bytes with one that is not a digit.</summary>
    [Property(MaxTest = 1000)]
    public Property TryFromNineDigitsOneByOne_IsTryFromNineDigits()
    {
        var nine = Gen.Choose(0, 999_999_999).SelectMany(value => Gen.Choose(0, 9).SelectMany(at => Gen.Elements('5', '/', ':', 'a', (char)0xC3).Select(c =>
        {
            var text = value.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
            return text[..at] + (at == 9 ? "" : c + text[(at + 1)..]);
        })));
        return Prop.ForAll(nine.ToArbitrary(), text =>
        {
            var bytes = System.Text.Encoding.Latin1.GetBytes(text[..9]);
            var word = OrganisationNumber.TryFromNineDigits(bytes, out var a);
            var oneByOne = OrganisationNumber.TryFromNineDigitsOneByOne(bytes, out var b);
            return (word == oneByOne && a == b).Label($"{text}: {word} {a} against {oneByOne} {b}");
        });
    }
}
