using System.Runtime.CompilerServices;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>The seven account fields of a firm-year, indexed by <c>AccountField − 1</c>.</summary>
[InlineArray(7)]
internal struct FieldValues
{
    private decimal _element0;
}

/// <summary>The 64-bit signed mantissas of the seven account fields of a firm-year, indexed by <c>AccountField − 1</c>.</summary>
[InlineArray(7)]
internal struct FieldMantissas
{
    private long _element0;
}

/// <summary>
/// The compact, classified form of one accepted firm-year kept by <see cref="PanelAggregate"/>: what the
/// indicators need and nothing else (no name, no industry code), in 72 bytes and without object references.
/// </summary>
/// <remarks>
/// <para><b>Exact values.</b> A decimal is stored as its mantissa (a signed 64-bit integer) and its scale (5 bits),
/// so it comes back bit for bit, trailing zeros included: 12.50 stays 12.50. A value whose mantissa needs more than 63
/// bits (beyond about 9.2·10¹⁸ units of its last digit) or a negative zero cannot; then the whole record is
/// <i>wide</i>: its seven decimals live in the aggregate's wide table, at the index kept in the first mantissa.</para>
/// <para><b>No references.</b> The county is an index in the aggregate's county table, so the dictionary of records
/// holds no object references and the garbage collector never has to scan it.</para>
/// </remarks>
internal struct FirmRecord
{
    private const byte WideBit = 0x80;

    public FieldMantissas Mantissas;
    public ulong Scales;   // 5 bits per field: the decimal scale (0–28)
    public int County;     // index in the aggregate's county table; -1 = no county
    public short Segment;  // index in the taxonomy's segments; -1 = unclassified
    public byte Present;   // bit (field − 1) set when the field is present; bit 7 = wide
    public byte Size;      // the SizeClass

    public readonly bool IsWide => (Present & WideBit) != 0;

    public readonly int WideIndex => (int)Mantissas[0];

    public readonly SizeClass SizeClass => (SizeClass)Size;

    public readonly bool Has(AccountField field) => (Present & (1 << ((int)field - 1))) != 0;

    public static long Key(int organisationNumber, int year) => (organisationNumber * 10_000L) + year;

    public static int YearOf(long key) => (int)(key % 10_000L);

    public static int OrganisationNumberOf(long key) => (int)(key / 10_000L);

    /// <summary>Stores a value of field index <paramref name="f"/> (0–6) exactly, or returns false when it needs the wide form.</summary>
    public bool TrySet(int f, decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0 || bits[1] < 0)
        {
            return false;
        }

        var mantissa = ((long)bits[1] << 32) | (uint)bits[0];
        var negative = bits[3] < 0;
        if (negative && mantissa == 0)
        {
            return false;
        }

        Mantissas[f] = negative ? -mantissa : mantissa;
        Scales |= (ulong)((bits[3] >> 16) & 0x1F) << (5 * f);
        return true;
    }

    /// <summary>The value of field index <paramref name="f"/> (0–6) of a record that is not wide, exactly as it was set.</summary>
    public readonly decimal Get(int f)
    {
        var m = Mantissas[f];
        var negative = m < 0;
        var a = negative ? (ulong)(-m) : (ulong)m;
        return new decimal((int)(uint)a, (int)(uint)(a >> 32), 0, negative, (byte)((Scales >> (5 * f)) & 0x1F));
    }

    /// <summary>Makes the record wide: its values are the entry <paramref name="index"/> of the aggregate's wide table.</summary>
    public void SetWide(int index)
    {
        Mantissas = default;
        Mantissas[0] = index;
        Scales = 0;
        Present |= WideBit;
    }
}
