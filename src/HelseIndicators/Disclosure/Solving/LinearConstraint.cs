namespace HelseIndicators.Disclosure.Solving;

/// <summary>
/// A constraint of a <see cref="LinearProgram"/> as stored: <c>Σ Coefficients[k] · x[Variables[k]]</c> equal to, or at
/// most, <see cref="Rhs"/>. A caller's ≥ constraint is stored as ≤ with every sign flipped and
/// <see cref="CallerSign"/> -1.
/// </summary>
/// <param name="Variables">The variables, each once, with non-zero coefficients.</param>
/// <param name="Coefficients">The coefficients, matching <paramref name="Variables"/>.</param>
/// <param name="Rhs">The right-hand side.</param>
/// <param name="IsEquality">True for =, false for ≤.</param>
/// <param name="CallerSign">1 when stored as the caller gave it; -1 when stored negated (a caller's ≥).</param>
internal sealed record LinearConstraint(int[] Variables, double[] Coefficients, double Rhs, bool IsEquality, int CallerSign);
