using System.Runtime.CompilerServices;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Panel;

/// <summary>
/// The seven optional account amounts of a row, indexed by <c>AccountField − 1</c>: the values side by side (an absent
/// one 0) and a bit per amount that is present, so that a row's amounts go on as a block and a mask.
/// </summary>
internal struct OptionalAmounts
{
    /// <summary>The number of amounts: one per account field (a test keeps the two equal).</summary>
    public const int Length = 7;

    private Values _values;
    private int _present;

    /// <summary>Gets bit i set when amount i is present.</summary>
    public readonly int Present => _present;

    /// <summary>Gets or sets an amount; null when absent.</summary>
    /// <param name="index">0 to <see cref="Length"/> − 1.</param>
    public decimal? this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        readonly get => (uint)index >= Length ? OutOfRange(index) : ((_present >> index) & 1) != 0 ? ValueAt(index) : null;
        set
        {
            if (value is { } v)
            {
                Set(index, v);
            }
            else
            {
                _values[index] = 0m;
                _present &= ~(1 << index);
            }
        }
    }

    /// <summary>Sets an amount present.</summary>
    /// <param name="index">0 to <see cref="Length"/> − 1.</param>
    /// <param name="value">The amount.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int index, decimal value)
    {
        _values[index] = value;
        _present |= 1 << index;
    }

    /// <summary>Copies the amounts to the start of <paramref name="destination"/>, an absent one as 0.</summary>
    /// <param name="destination">At least <see cref="Length"/> places.</param>
    /// <exception cref="ArgumentException">The destination is shorter.</exception>
    public readonly void CopyTo(Span<decimal> destination)
    {
        // Seven values one by one (a few moves), not a call to a general copy.
        var target = destination[..Length];
        for (var i = 0; i < Length; i++)
        {
            target[i] = _values[i];
        }
    }

    // The value at an amount's place (the index checked below Length): read through a reference,
    // since indexing the inline array of a readonly struct is a call to make a span, which Native AOT does not inline.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly decimal ValueAt(int index) =>
        Unsafe.Add(ref Unsafe.As<Values, decimal>(ref Unsafe.AsRef(in _values)), index);

    // Out of the getter's way, so that it is inlined.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static decimal? OutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "Not an amount's index.");

    [InlineArray(Length)]
    private struct Values
    {
        private decimal _element0;
    }
}

/// <summary>
/// One firm-year as read from a panel row, before it becomes a <see cref="FirmYear"/>: a value, so the way from a file
/// to an aggregate allocates nothing per row. <see cref="PanelCsvRead.Rows"/> turns each into a <see cref="FirmYear"/>.
/// </summary>
internal struct PanelRow
{
    public OrganisationNumber OrganisationNumber;
    public int Year;
    public string? Name;
    public NaceCode? NaceCode;
    public string? SegmentId;
    public string? County;
    public Currency Currency;
    public OptionalAmounts Amounts;

    /// <summary>Gets the number of employees (the size class's measure).</summary>
    public readonly decimal? Employees => Amounts[(int)AccountField.Employees - 1];

    /// <summary>The values of a firm-year.</summary>
    public static PanelRow From(FirmYear row)
    {
        var values = new PanelRow
        {
            OrganisationNumber = row.OrganisationNumber,
            Year = row.Year,
            Name = row.Name,
            NaceCode = row.NaceCode,
            SegmentId = row.SegmentId,
            County = row.County,
            Currency = row.Currency,
        };
        for (var f = 0; f < 7; f++)
        {
            values.Amounts[f] = row.Get((AccountField)(f + 1));
        }

        return values;
    }

    /// <summary>The firm-year of these values.</summary>
    public readonly FirmYear ToFirmYear() => new(OrganisationNumber, Year)
    {
        Name = Name,
        NaceCode = NaceCode,
        SegmentId = SegmentId,
        County = County,
        Currency = Currency,
        Revenue = Amounts[0],
        OperatingProfit = Amounts[1],
        Depreciation = Amounts[2],
        WageCosts = Amounts[3],
        Employees = Amounts[4],
        Exports = Amounts[5],
        RdExpenditure = Amounts[6],
    };
}
