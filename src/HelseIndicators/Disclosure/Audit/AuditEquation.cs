using System.Globalization;
using System.Text;
using HelseIndicators.Disclosure.Solving;
using HelseIndicators.Indicators;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>A term of an equation: a coefficient times a sum.</summary>
/// <param name="Sum">The sum.</param>
/// <param name="Coefficient">Its exact coefficient.</param>
internal readonly record struct AuditTerm(AuditSum Sum, Rational Coefficient);

/// <summary>
/// What one released row tells the intruder, as a linear equation over sums of firm values: Σ coefficient × sum =
/// right-hand side, written with the true sums (the intruder knows every released number to infinite precision).
/// </summary>
/// <remarks>Thread safety: immutable after <see cref="Index"/> is set.</remarks>
internal sealed class AuditEquation
{
    public AuditEquation(IndicatorRow row, IReadOnlyList<AuditTerm> terms, Rational rightHandSide)
    {
        Row = row;
        Terms = terms;
        RightHandSide = rightHandSide;
    }

    /// <summary>The released row.</summary>
    public IndicatorRow Row { get; }

    public IReadOnlyList<AuditTerm> Terms { get; }

    public Rational RightHandSide { get; }

    /// <summary>The position among the publication's equations.</summary>
    public int Index { get; set; }

    /// <summary>The row that gives the equation: "revenue segment=pharma 2015" (with the base year of a CAGR).</summary>
    public string RowName => Describe(Row);

    /// <summary>The equation in words: "revenue[total 2015] − 1/4 · revenue[segment=pharma 2015] = 1200".</summary>
    public string Text
    {
        get
        {
            var sb = new StringBuilder();
            foreach (var term in Terms)
            {
                var c = term.Coefficient;
                if (c.IsZero)
                {
                    continue;
                }

                sb.Append(sb.Length == 0 ? (c.Sign < 0 ? "−" : "") : (c.Sign < 0 ? " − " : " + "));
                var magnitude = c.Abs();
                if (magnitude != Rational.One)
                {
                    sb.Append(Number(magnitude)).Append(" · ");
                }

                sb.Append(term.Sum.Name);
            }

            return sb.Append(" = ").Append(Number(RightHandSide)).ToString();
        }
    }

    /// <summary>A row as "indicator group year" ("revenue_cagr total 2020 (from 2015)").</summary>
    public static string Describe(IndicatorRow row) => row.BaseYear is { } t0
        ? string.Create(CultureInfo.InvariantCulture, $"{row.Indicator} {row.Group} {row.Year} (from {t0})")
        : string.Create(CultureInfo.InvariantCulture, $"{row.Indicator} {row.Group} {row.Year}");

    /// <summary>A number for people: a decimal when it is one, else a short fraction, else its nearest double to 12
    /// digits after "≈".</summary>
    public static string Number(Rational value)
    {
        if (value.Abs() < Rational.FromDecimal(decimal.MaxValue) && value.ToDecimal() is var d && Rational.FromDecimal(d) == value)
        {
            return (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        }

        var exact = value.ToString();
        if (exact.Length <= 24)
        {
            return exact;
        }

        return "≈" + value.ToDouble().ToString("G12", CultureInfo.InvariantCulture);
    }
}
