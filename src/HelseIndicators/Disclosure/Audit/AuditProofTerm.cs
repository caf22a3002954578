namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// One released row used in the proof of an <see cref="AuditFinding"/>, with its weight: for an exact determination
/// the coefficient of the row's equation in the linear combination that equals the narrowed quantity; for a bound
/// proven by linear programming the row's multiplier (dual value) at the optimum.
/// </summary>
/// <param name="Row">The row: indicator, group, year (and base year of a CAGR), as published.</param>
/// <param name="Equation">The row's equation over sums of firm values, in words, such as
/// "revenue[total 2015] = 4200" or "exports[total 2015; firms reporting both exports and revenue] − 1/4 · revenue[…] = 0".</param>
/// <param name="Coefficient">The weight, as the nearest double.</param>
/// <param name="ExactCoefficient">The exact weight of an exact combination ("-1", "3/4"); null for a multiplier of a
/// linear program, which is computed in floating point.</param>
/// <remarks>Equality: by value (a record; <see cref="Row"/> by its own value equality). Thread safety: immutable.</remarks>
public sealed record AuditProofTerm(Indicators.IndicatorRow Row, string Equation, double Coefficient, string? ExactCoefficient);
