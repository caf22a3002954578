namespace HelseIndicators.Disclosure.Solving;

/// <summary>The outcome of a <see cref="LinearProgram"/> solve.</summary>
internal enum LpStatus
{
    /// <summary>An optimum was found; <see cref="LpResult.Value"/> is the optimal value.</summary>
    Optimal = 1,

    /// <summary>The objective grows without bound over the feasible set.</summary>
    Unbounded = 2,

    /// <summary>No point satisfies the constraints.</summary>
    Infeasible = 3,
}
