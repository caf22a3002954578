using NodaTime;

namespace HelseIndicators.Model;

/// <summary>
/// An accounting period (regnskapsperiode), from its first to its last day. A period is assigned to the fiscal
/// year in which it ends (INDICATORS.md §3), so a period from 2014-07-01 to 2015-06-30 is fiscal year 2015.
/// </summary>
/// <remarks>
/// Range: any two ISO dates with <see cref="End"/> on or after <see cref="Start"/>. Default value: the single day
/// 0001-01-01 (not meaningful). Equality: by start and end. Ordering: by end, then start. Thread safety: an
/// immutable value type, safe to share.
/// </remarks>
public readonly record struct FiscalPeriod : IComparable<FiscalPeriod>
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The first day (fraDato).</param>
    /// <param name="end">The last day (tilDato).</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public FiscalPeriod(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The period ends ({end:uuuu'-'MM'-'dd}) before it starts ({start:uuuu'-'MM'-'dd}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the first day.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day.</summary>
    public LocalDate End { get; }

    /// <summary>Gets the fiscal year: the calendar year of <see cref="End"/>.</summary>
    public int FiscalYear => End.Year;

    /// <summary>Gets the number of days in the period, both ends included.</summary>
    public int Days => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    /// <summary>Gets the calendar year as a period, 1 January to 31 December.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period.</returns>
    public static FiscalPeriod CalendarYear(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <inheritdoc/>
    public int CompareTo(FiscalPeriod other)
    {
        var c = End.CompareTo(other.End);
        return c != 0 ? c : Start.CompareTo(other.Start);
    }

    /// <summary>Ordering by end, then start.</summary>
    public static bool operator <(FiscalPeriod left, FiscalPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by end, then start.</summary>
    public static bool operator >(FiscalPeriod left, FiscalPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by end, then start.</summary>
    public static bool operator <=(FiscalPeriod left, FiscalPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by end, then start.</summary>
    public static bool operator >=(FiscalPeriod left, FiscalPeriod right) => left.CompareTo(right) >= 0;
}
