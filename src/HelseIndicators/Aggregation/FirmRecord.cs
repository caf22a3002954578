using System.Runtime.CompilerServices;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>The seven account fields of a firm-year, indexed by <c>AccountField − 1</c>.</summary>
[InlineArray(7)]
internal struct FieldValues
{
    private decimal _element0;
}

/// <summary>
/// The compact, classified form of one accepted firm-year kept by <see cref="PanelAggregate"/>: what the
/// indicators need and nothing else (no name, no industry code).
/// </summary>
internal struct FirmRecord
{
    public FieldValues Values;
    public string? County;
    public short Segment; // index in the taxonomy's segments; -1 = unclassified
    public byte Present;  // bit (field − 1) set when the field is present
    public SizeClass Size;

    public readonly bool Has(AccountField field) => (Present & (1 << ((int)field - 1))) != 0;

    public readonly decimal Get(AccountField field) => Values[(int)field - 1];

    public static long Key(int organisationNumber, int year) => (organisationNumber * 10_000L) + year;

    public static int YearOf(long key) => (int)(key % 10_000L);

    public static int OrganisationNumberOf(long key) => (int)(key / 10_000L);
}
