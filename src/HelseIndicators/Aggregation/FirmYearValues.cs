using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>The measures of one accepted firm-year that a streaming aggregate keeps until the firm's next year is read.</summary>
internal sealed class FirmYearValues
{
    public int OrganisationNumber;
    public int Year;

    /// <summary>The segment's index, or −1 when unclassified (then nothing else is set).</summary>
    public short Segment;

    /// <summary>The slot in the aggregate's <see cref="DetailCells"/>.</summary>
    public int Slot;

    /// <summary>Bit m set when measure m is present.</summary>
    public int Present;

    /// <summary>The measures (absent ones 0).</summary>
    public decimal[] Values = new decimal[Measures.Count];

    public FirmYearValues Copy()
    {
        var copy = (FirmYearValues)MemberwiseClone();
        copy.Values = (decimal[])Values.Clone();
        return copy;
    }
}
