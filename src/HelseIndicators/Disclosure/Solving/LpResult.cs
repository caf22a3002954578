namespace HelseIndicators.Disclosure.Solving;

/// <summary>The result of one <see cref="LinearProgram.Maximize"/> or <see cref="LinearProgram.Minimize"/>.</summary>
/// <param name="Status">Whether an optimum was found, the objective is unbounded or the constraints are infeasible.</param>
/// <param name="Value">
/// The optimal value when <see cref="LpStatus.Optimal"/>; +∞ (maximising) or -∞ (minimising) when
/// <see cref="LpStatus.Unbounded"/>; NaN when <see cref="LpStatus.Infeasible"/>.
/// </param>
/// <param name="Binding">
/// When optimal, the constraints (numbered from 0 in the order added) whose multiplier (dual value) is not 0, with
/// the multiplier, in constraint order; empty otherwise. The multipliers y prove the bound: the objective c is
/// <c>Σ y_i a_i</c> plus a non-positive (maximising) or non-negative (minimising) combination of the bounds
/// <c>x_j ≥ 0</c>, and <c>Value = Σ y_i b_i</c>. Maximising, a ≤ constraint's multiplier is ≥ 0 and a ≥ constraint's
/// ≤ 0; minimising, the other way round; an equality's multiplier has either sign.
/// </param>
/// <param name="Point">When optimal, an optimal point x (one value per variable); empty otherwise.</param>
internal readonly record struct LpResult(
    LpStatus Status,
    double Value,
    IReadOnlyList<(int Constraint, double Multiplier)> Binding,
    IReadOnlyList<double> Point);
