namespace HelseIndicators.Indicators.Calculators;

/// <summary>A calculator's result for one year of a series.</summary>
/// <param name="Year">The year.</param>
/// <param name="Result">The result for that year.</param>
/// <remarks>Equality: value equality (a record struct). Thread safety: immutable.</remarks>
public readonly record struct YearValue(int Year, CalculationResult Result);
