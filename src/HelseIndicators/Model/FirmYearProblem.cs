namespace HelseIndicators.Model;

/// <summary>A broken row rule of a firm-year: which field, its value, and what is wrong.</summary>
/// <param name="Field">The field at fault.</param>
/// <param name="Value">The offending value.</param>
/// <param name="Message">What is wrong and what to do, in words a person can act on.</param>
public sealed record FirmYearProblem(AccountField Field, decimal Value, string Message);
