using System.Globalization;

namespace HelseIndicators.Model;

/// <summary>
/// An industry code of the Norwegian standard industrial classification (SN2007, the national version of
/// NACE Rev. 2, or SN2025): a section, division "21", group "21.1", class "21.10" or national subclass "21.100".
/// </summary>
/// <remarks>
/// <para>
/// "21.100", "21100", "2110", "C21.10" and "C21" are parsed alike: dots are optional, a section letter in front
/// is optional (and checked against the division when given). A code carries its <see cref="Version"/>:
/// codes of different versions are never equal and never contain each other.
/// </para>
/// <para>
/// Range: sections A–U (SN2007) or A–V (SN2025) and divisions 01–99 with up to five digits. Default value:
/// <c>default(NaceCode)</c> is the empty code of SN2007 with no digits and no section, which contains every
/// SN2007 code (the root of the hierarchy); it formats as "". Equality: version, section and digits.
/// Ordering: by version, then digits as text ("21" &lt; "21.1" &lt; "21.10" &lt; "22"), then section-only codes
/// by letter first. Thread safety: an immutable value type, safe to share.
/// </para>
/// </remarks>
public readonly partial struct NaceCode
{
    // The digits as a string of 0–5 characters, without dots; null means none (section only, or default).
    private readonly string? _digits;
    private readonly char _section;
    private readonly ClassificationVersion _version;

    private NaceCode(string? digits, char section, ClassificationVersion version)
    {
        _digits = digits;
        _section = section;
        _version = version;
    }

    /// <summary>Gets the classification version; <see cref="ClassificationVersion.SN2007"/> for the default value.</summary>
    public ClassificationVersion Version => _version == 0 ? ClassificationVersion.SN2007 : _version;

    /// <summary>Gets the section letter, derived from the division when the text did not give one; null for the default value.</summary>
    public char? Section => _section == '\0' ? null : _section;

    /// <summary>Gets the digits without dots ("21100"), empty for a section-only code.</summary>
    public string Digits => _digits ?? "";

    /// <summary>Gets the level of the code, from <see cref="NaceLevel.Section"/> to <see cref="NaceLevel.Subclass"/>.</summary>
    public NaceLevel Level => Digits.Length switch
    {
        0 => NaceLevel.Section,
        2 => NaceLevel.Division,
        3 => NaceLevel.Group,
        4 => NaceLevel.Class,
        _ => NaceLevel.Subclass,
    };

    /// <summary>Gets the division number (1–99), or null for a section-only code.</summary>
    public int? Division => Digits.Length >= 2 ? int.Parse(Digits.AsSpan(0, 2), CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// Gets whether this code contains <paramref name="other"/>: the same version, and <paramref name="other"/>
    /// is this code or lies below it ("21" contains "21.100"; "C" contains "21"; "21.1" does not contain "21.20").
    /// </summary>
    /// <param name="other">The code that may lie below this one.</param>
    /// <returns>True when <paramref name="other"/> is this code or a descendant of it.</returns>
    public bool Contains(NaceCode other)
    {
        if (Version != other.Version)
        {
            return false;
        }

        if (Digits.Length == 0)
        {
            return _section == '\0' || _section == other._section;
        }

        return other.Digits.StartsWith(Digits, StringComparison.Ordinal);
    }

    /// <summary>Gets the parent code one level up ("21.10" → "21.1", "21" → "C"), or null for a section.</summary>
    public NaceCode? Parent => Digits.Length switch
    {
        0 => null,
        2 => new NaceCode(null, _section, Version),
        _ => new NaceCode(Digits[..^1], _section, Version),
    };

    /// <summary>
    /// Parses an SN2007 code; see <see cref="Parse(string, ClassificationVersion)"/>.
    /// </summary>
    /// <param name="text">The code, such as "21.100", "2110" or "C21".</param>
    /// <returns>The code, or a failure that says why the text is not one.</returns>
    public static ParseResult<NaceCode> Parse(string? text) => Parse(text, ClassificationVersion.SN2007);

    /// <summary>
    /// Parses an industry code: an optional section letter, then two to five digits with an optional dot after
    /// the second ("21.100", "21100", "C21.10", "C"). Surrounding white space is ignored.
    /// </summary>
    /// <param name="text">The code.</param>
    /// <param name="version">The classification the code belongs to.</param>
    /// <returns>The code, or a failure that says why the text is not one.</returns>
    public static ParseResult<NaceCode> Parse(string? text, ClassificationVersion version)
    {
        if (version is not (ClassificationVersion.SN2007 or ClassificationVersion.SN2025))
        {
            return ParseResult<NaceCode>.ForError($"unknown classification version {(int)version}");
        }

        var t = (text ?? "").AsSpan().Trim();
        if (t.IsEmpty)
        {
            return ParseResult<NaceCode>.ForError("the industry code is empty");
        }

        var original = t.ToString();
        char section = '\0';
        if (char.IsAsciiLetter(t[0]))
        {
            section = char.ToUpperInvariant(t[0]);
            var lastSection = version == ClassificationVersion.SN2025 ? 'V' : 'U';
            if (section > lastSection)
            {
                return ParseResult<NaceCode>.ForError($"'{original}' is not an industry code: {version} has no section {section} (A–{lastSection})");
            }

            t = t[1..].TrimStart();
            if (t.IsEmpty)
            {
                return ParseResult<NaceCode>.ForValue(new NaceCode(null, section, version));
            }
        }

        Span<char> digits = stackalloc char[5];
        var n = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (c == '.')
            {
                if (n != 2 || i != 2 || i == t.Length - 1)
                {
                    return ParseResult<NaceCode>.ForError($"'{original}' is not an industry code: a dot may only follow the two digits of the division, as in 21.100");
                }

                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return ParseResult<NaceCode>.ForError($"'{original}' is not an industry code: '{c}' is not a digit");
            }

            if (n == 5)
            {
                return ParseResult<NaceCode>.ForError($"'{original}' is not an industry code: it has more than five digits");
            }

            digits[n++] = c;
        }

        if (n < 2)
        {
            return ParseResult<NaceCode>.ForError($"'{original}' is not an industry code: a code has at least the two digits of a division");
        }

        var division = (digits[0] - '0') * 10 + (digits[1] - '0');
        var derived = NaceSections.SectionOf(division, version);
        if (derived is null)
        {
            return ParseResult<NaceCode>.ForError($"'{original}' is not an industry code: divisions run from 01 to 99");
        }

        if (section != '\0' && section != derived)
        {
            return ParseResult<NaceCode>.ForError(
                $"'{original}' is not an industry code: division {division:00} lies in section {derived}, not {section}");
        }

        return ParseResult<NaceCode>.ForValue(new NaceCode(new string(digits[..n]), derived.Value, version));
    }

    /// <summary>Creates a code from text known to be valid, for catalogues and tests.</summary>
    /// <param name="text">The code.</param>
    /// <param name="version">The classification version.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a code.</exception>
    public static NaceCode Of(string text, ClassificationVersion version = ClassificationVersion.SN2007) => Parse(text, version).Value;
}
