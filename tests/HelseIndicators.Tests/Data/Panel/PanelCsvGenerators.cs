using FsCheck;
using FsCheck.Fluent;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Data.Panel;

/// <summary>FsCheck generators of valid firm-years, with awkward text and exact decimals.</summary>
internal static class PanelCsvGenerators
{
    private static readonly string[] s_nace = ["21.100", "21", "26.60", "32.50", "46.46", "47.73", "86", "87", "C", "72.11"];
    private static readonly string[] s_segments = ["pharma", "medtech", "retail", "health_services"];

    public static Gen<OrganisationNumber> OrgNumber =>
        Gen.Choose(0, 99_999_999)
            .Select(n => OrganisationNumber.FromFirstEightDigits(n, out var org) ? (OrganisationNumber?)org : null)
            .Where(o => o is not null)
            .Select(o => o!.Value);

    /// <summary>Text with separators, quotes, line breaks, spaces at the ends, missing tokens and non-ASCII.</summary>
    public static Gen<string?> Text =>
        Gen.Frequency(
            (2, Gen.Constant<string?>(null)),
            (1, Gen.Elements<string?>("", "NA", ".", " padded ", "Apotek 1 \"Nord\"", "A,B;C", "Line 1\nLine 2", "CR\r\nLF", "Ærlig Øst Å", "😀 AS", "\"")),
            (4, Gen.ArrayOf(Gen.Elements('a', 'B', ' ', ',', ';', '"', 'ø', '\n', '1', '.', '-')).Select(cs => (string?)new string(cs))));

    /// <summary>Exact decimals: a mantissa of up to 18 digits and a scale of 0–6, sometimes negative.</summary>
    public static Gen<decimal> Amount =>
        from hi in Gen.Choose(0, 999_999_999)
        from lo in Gen.Choose(0, 999_999_999)
        from digits in Gen.Choose(0, 18)
        from scale in Gen.Choose(0, 6)
        from negative in Gen.Elements(false, true)
        select Make((long)hi * 1_000_000_000L + lo, digits, scale, negative);

    private static decimal Make(long mantissa, int digits, int scale, bool negative)
    {
        var m = digits == 0 ? 0 : mantissa % (long)Math.Pow(10, digits);
        return new decimal((int)(m & 0xFFFFFFFF), (int)(m >> 32), 0, negative, (byte)scale);
    }

    public static Gen<decimal?> Optional(Gen<decimal> gen) =>
        Gen.Frequency((1, Gen.Constant<decimal?>(null)), (3, gen.Select(d => (decimal?)d)));

    public static Gen<FirmYear> FirmYear(OrganisationNumber org, int year) =>
        from name in Text
        from county in Text
        from nace in Gen.Elements(s_nace.Select(c => (string?)c).Append(null).ToArray())
        from segment in Gen.Elements(s_segments.Select(c => (string?)c).Append(null).ToArray())
        from currency in Gen.Elements(Currency.Nok, Currency.Eur, Currency.Of("SEK"))
        from revenue in Optional(Amount.Select(Math.Abs))
        from share in Gen.Choose(0, 100)
        from hasExports in Gen.Elements(true, false)
        from profit in Optional(Amount)
        from depreciation in Optional(Amount.Select(Math.Abs))
        from wages in Optional(Amount.Select(Math.Abs))
        from employees in Optional(Amount.Select(Math.Abs))
        from rd in Optional(Amount.Select(Math.Abs))
        select new FirmYear(org, year)
        {
            Name = name,
            County = county,
            NaceCode = nace is null ? null : NaceCode.Of(nace),
            SegmentId = segment,
            Currency = currency,
            Revenue = revenue,
            Exports = hasExports && revenue is { } r ? Math.Round(r * share / 100m, 2, MidpointRounding.ToZero) : null,
            OperatingProfit = profit,
            Depreciation = depreciation,
            WageCosts = wages,
            Employees = employees,
            RdExpenditure = rd,
        };

    /// <summary>Panels with unique (firm, year) keys.</summary>
    public static Gen<FirmYear[]> Panel =>
        from keys in Gen.ListOf(Gen.Zip(OrgNumber, Gen.Choose(1990, 2030)))
        from rows in Gen.CollectToArray(keys.DistinctBy(k => k), k => FirmYear(k.Item1, k.Item2))
        select rows;
}
