using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HelseIndicators.Model;

/// <summary>
/// A Norwegian organisation number (organisasjonsnummer): nine digits whose last digit is a MOD11
/// check digit over the first eight, with weights 3, 2, 7, 6, 5, 4, 3, 2.
/// </summary>
/// <remarks>
/// <para>
/// The check digit rule (Brønnøysund): r = Σ dᵢwᵢ mod 11; the check digit is 0 when r = 0, the number is
/// invalid when r = 1, else it is 11 − r. A value of this type is always valid: it is built only through
/// <see cref="Parse(string)"/>, <see cref="FromInt32"/> or <see cref="FromFirstEightDigits"/>, which check.
/// </para>
/// <para>
/// Range: 000 000 000 to 999 999 999, valid numbers only. Default value: 000 000 000, which satisfies the
/// check digit rule (r = 0). Equality and ordering: by numeric value. Thread safety: an immutable value
/// type, safe to share. Formatting: <c>"G"</c> (default) gives "923 609 016" as Brønnøysund shows it;
/// <c>"D"</c> gives the nine digits "923609016", as files store it.
/// </para>
/// </remarks>
public readonly partial struct OrganisationNumber
{
    private static readonly int[] s_weights = [3, 2, 7, 6, 5, 4, 3, 2];

    private readonly int _value;

    private OrganisationNumber(int value) => _value = value;

    /// <summary>Gets the number as an integer, 0 to 999 999 999.</summary>
    public int Value => _value;

    /// <summary>Gets the check digit (the ninth digit).</summary>
    public int CheckDigit => _value % 10;

    /// <summary>
    /// Creates an organisation number from its integer value.
    /// </summary>
    /// <param name="value">The nine digits as an integer (leading zeros allowed).</param>
    /// <returns>The organisation number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or has more than nine digits.</exception>
    /// <exception cref="ArgumentException">The check digit is wrong.</exception>
    public static OrganisationNumber FromInt32(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 999_999_999);
        var error = Check(value);
        return error is null ? new OrganisationNumber(value) : throw new ArgumentException(error, nameof(value));
    }

    /// <summary>
    /// Completes eight digits with their check digit.
    /// </summary>
    /// <param name="firstEightDigits">The first eight digits as an integer, 0 to 99 999 999.</param>
    /// <param name="number">The valid organisation number, when one exists.</param>
    /// <returns>False when no check digit exists (the weighted sum leaves remainder 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstEightDigits"/> is outside 0 to 99 999 999.</exception>
    public static bool FromFirstEightDigits(int firstEightDigits, out OrganisationNumber number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstEightDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstEightDigits, 99_999_999);
        var r = WeightedSum(firstEightDigits) % 11;
        if (r == 1)
        {
            number = default;
            return false;
        }

        var check = r == 0 ? 0 : 11 - r;
        number = new OrganisationNumber(firstEightDigits * 10 + check);
        return true;
    }

    /// <summary>
    /// Parses an organisation number. Spaces between digits are allowed ("923 609 016"); leading and
    /// trailing white space is ignored.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The number, or a failure that says why the text is not one (too short, not digits, bad check digit, remainder 1).</returns>
    public static ParseResult<OrganisationNumber> Parse(string? text) =>
        text is null ? ParseResult<OrganisationNumber>.ForError("the organisation number is missing") : Parse(text.AsSpan());

    /// <summary>Parses an organisation number from characters; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <returns>The number, or a failure that says why.</returns>
    public static ParseResult<OrganisationNumber> Parse(ReadOnlySpan<char> text)
    {
        var error = TryParseCore(text, out var number);
        return error is null ? ParseResult<OrganisationNumber>.ForValue(number) : ParseResult<OrganisationNumber>.ForError(error);
    }

    /// <summary>Parses an organisation number without allocating; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="number">The number when the text is one.</param>
    /// <returns>Whether the text is a valid organisation number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out OrganisationNumber number) => TryParseCore(text, out number) is null;

    /// <summary>Parses an organisation number from UTF-8 bytes without allocating; see <see cref="Parse(string)"/>.</summary>
    /// <param name="utf8Text">The UTF-8 bytes to parse.</param>
    /// <param name="number">The number when the bytes are one.</param>
    /// <returns>Whether the bytes are a valid organisation number.</returns>
    public static bool TryParseUtf8(ReadOnlySpan<byte> utf8Text, out OrganisationNumber number)
    {
        number = default;
        int value = 0, digits = 0;
        foreach (var b in utf8Text)
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                if (++digits > 9)
                {
                    return false;
                }

                value = value * 10 + (b - '0');
            }
            else if (b != (byte)' ')
            {
                return false;
            }
        }

        if (digits != 9 || Check(value) is not null)
        {
            return false;
        }

        number = new OrganisationNumber(value);
        return true;
    }

    /// <summary>
    /// Reads nine ASCII digits and checks the last against the first eight in the same pass: the last eight read as one
    /// 64-bit word, checked, weighted and converted by whole-word arithmetic (no branch or division per digit). The
    /// number is valid exactly when <see cref="FromFirstEightDigits"/> of the first eight gives it.
    /// </summary>
    /// <param name="nine">Nine bytes.</param>
    /// <param name="number">The number when the bytes are a valid one; else default.</param>
    /// <returns>1 for a valid number, 0 for nine digits that fail the check, −1 when a byte is not a digit.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int TryFromNineDigits(ReadOnlySpan<byte> nine, out OrganisationNumber number)
    {
        const ulong Zeros = 0x3030_3030_3030_3030UL, Lanes = 0x00FF_00FF_00FF_00FFUL;
        number = default;
        if (nine.Length != 9 || !BitConverter.IsLittleEndian)
        {
            return nine.Length != 9 ? -1 : TryFromNineDigitsOneByOne(nine, out number);
        }

        // Bytes 1–8 as a word, digit 1 in its lowest byte: all digits when no byte goes above '9' with 0x46 added or
        // below '0' with 0x30 taken off (the check of fast_float).
        var word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetReference(nine), 1));
        var d0 = (uint)(nine[0] - '0');
        if (d0 > 9 || (((word + 0x4646_4646_4646_4646UL) | (word - Zeros)) & 0x8080_8080_8080_8080UL) != 0)
        {
            return -1;
        }

        word -= Zeros;
        // The weighted sum: the odd digits (1, 3, 5, 7) and the even ones (2, 4, 6, 8) as four 16-bit lanes each, times
        // the weights in reverse lane order, sum in the top lane (no lane carries: each is at most 4 · 9 · 7).
        var odd = word & Lanes;
        var even = (word >> 8) & Lanes;
        var weighted = (3 * d0) + (uint)((odd * 0x0002_0006_0004_0002UL) >> 48) + (uint)((even * 0x0007_0005_0003_0000UL) >> 48);
        var r = weighted % 11;
        var check = r == 0 ? 0 : 11 - r; // 10 when r = 1: no check digit exists, and digit 8 is never 10
        if (check != (uint)(word >> 56))
        {
            return 0;
        }

        var eight = ((word * 10) + (word >> 8)) & Lanes;                       // pairs of digits
        eight = ((eight * 100) + (eight >> 16)) & 0x0000_FFFF_0000_FFFFUL;     // fours
        eight = ((eight * 10_000) + (eight >> 32)) & 0xFFFF_FFFFUL;           // the eight
        number = new OrganisationNumber((int)((d0 * 100_000_000) + eight));
        return 1;
    }

    // TryFromNineDigits one digit at a time (a big-endian machine): the digits, then the check of FromFirstEightDigits.
    internal static int TryFromNineDigitsOneByOne(ReadOnlySpan<byte> nine, out OrganisationNumber number)
    {
        number = default;
        var value = 0;
        foreach (var b in nine)
        {
            var d = (uint)(b - '0');
            if (d > 9)
            {
                return -1;
            }

            value = (value * 10) + (int)d;
        }

        if (FromFirstEightDigits(value / 10, out var valid) && valid.Value == value)
        {
            number = valid;
            return 1;
        }

        return 0;
    }

    private static string? TryParseCore(ReadOnlySpan<char> text, out OrganisationNumber number)
    {
        number = default;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return "the organisation number is empty";
        }

        int value = 0, digits = 0;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c is >= '0' and <= '9')
            {
                digits++;
                if (digits <= 9)
                {
                    value = value * 10 + (c - '0');
                }
            }
            else if (c is not (' ' or '\u00A0'))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"'{trimmed.ToString()}' is not an organisation number: it contains '{c}' at position {i + 1}; only digits and spaces are allowed");
            }
        }

        if (digits != 9)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"'{trimmed.ToString()}' is not an organisation number: it has {digits} digit{(digits == 1 ? "" : "s")}, an organisation number has 9");
        }

        var error = Check(value);
        if (error is not null)
        {
            return error;
        }

        number = new OrganisationNumber(value);
        return null;
    }

    private static int WeightedSum(int firstEightDigits)
    {
        var sum = 0;
        for (var i = 7; i >= 0; i--)
        {
            sum += firstEightDigits % 10 * s_weights[i];
            firstEightDigits /= 10;
        }

        return sum;
    }

    /// <summary>Returns null when <paramref name="value"/> satisfies MOD11, else why not.</summary>
    private static string? Check(int value)
    {
        var r = WeightedSum(value / 10) % 11;
        var given = value % 10;
        var digits = value.ToString("D9", CultureInfo.InvariantCulture);
        if (r == 1)
        {
            return $"'{digits}' is not an organisation number: its first eight digits admit no check digit (the weighted sum leaves remainder 1)";
        }

        var expected = r == 0 ? 0 : 11 - r;
        return expected == given
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"'{digits}' is not an organisation number: the check digit is {given} but should be {expected}; check for a mistyped digit");
    }
}
