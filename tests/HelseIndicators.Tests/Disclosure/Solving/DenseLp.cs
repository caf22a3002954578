using HelseIndicators.Disclosure.Solving;

namespace HelseIndicators.Tests.Disclosure.Solving;

/// <summary>A small linear program held densely in the test, to build a <see cref="LinearProgram"/> and to check its answers.</summary>
internal sealed class DenseLp
{
    public DenseLp(int variables) => Free = new bool[variables];

    public bool[] Free { get; }

    public int Variables => Free.Length;

    /// <summary>The constraints: coefficients, right-hand side and sense ('=', '&lt;' for ≤, '&gt;' for ≥).</summary>
    public List<(double[] A, double B, char Sense)> Constraints { get; } = [];

    public DenseLp Add(double[] a, char sense, double b)
    {
        Constraints.Add((a, b, sense));
        return this;
    }

    public LinearProgram Build()
    {
        var program = new LinearProgram(Variables);
        for (var j = 0; j < Variables; j++)
        {
            if (Free[j])
            {
                program.SetFree(j);
            }
        }

        foreach (var (a, b, sense) in Constraints)
        {
            var terms = Terms(a);
            _ = sense switch
            {
                '=' => program.AddEquality(terms, b),
                '<' => program.AddLessOrEqual(terms, b),
                _ => program.AddGreaterOrEqual(terms, b),
            };
        }

        return program;
    }

    public static (int Variable, double Coefficient)[] Terms(double[] dense) =>
        dense.Select((c, j) => (j, c)).Where(t => t.c != 0d).ToArray();

    /// <summary>
    /// Checks an optimum by LP duality, independently of how it was found: the point is feasible and gives the value,
    /// the multipliers have the right signs, the objective is their combination of the rows up to the bounds x ≥ 0,
    /// and the value is their combination of the right-hand sides. Returns a complaint, or null.
    /// </summary>
    public string? CheckOptimum(double[] objective, bool maximise, LpResult result, double tolerance = 1e-6)
    {
        if (result.Status != LpStatus.Optimal)
        {
            return $"status {result.Status}";
        }

        var x = result.Point;
        var scale = 1 + x.Select(Math.Abs).DefaultIfEmpty().Max();
        if (x.Count != Variables)
        {
            return "point has the wrong length";
        }

        for (var j = 0; j < Variables; j++)
        {
            if (!Free[j] && x[j] < -tolerance * scale)
            {
                return $"x{j} = {x[j]} < 0";
            }
        }

        for (var i = 0; i < Constraints.Count; i++)
        {
            var (a, b, sense) = Constraints[i];
            var activity = a.Select((c, j) => c * x[j]).Sum();
            var slack = tolerance * (1 + Math.Abs(b) + a.Select((c, j) => Math.Abs(c * x[j])).Sum());
            var violated = sense switch
            {
                '=' => Math.Abs(activity - b) > slack,
                '<' => activity > b + slack,
                _ => activity < b - slack,
            };
            if (violated)
            {
                return $"constraint {i}: {activity} {sense} {b}";
            }
        }

        var value = objective.Select((c, j) => c * x[j]).Sum();
        var valueScale = 1 + Math.Abs(value);
        if (Math.Abs(value - result.Value) > tolerance * valueScale)
        {
            return $"value {result.Value}, but c·x = {value}";
        }

        var y = new double[Constraints.Count];
        foreach (var (constraint, multiplier) in result.Binding)
        {
            y[constraint] = multiplier;
        }

        var sign = maximise ? 1 : -1;
        var yScale = 1 + y.Select(Math.Abs).DefaultIfEmpty().Max();
        for (var i = 0; i < y.Length; i++)
        {
            var sense = Constraints[i].Sense;
            if ((sense == '<' && sign * y[i] < -tolerance * yScale) || (sense == '>' && sign * y[i] > tolerance * yScale))
            {
                return $"multiplier {i} = {y[i]} has the wrong sign for {sense}";
            }
        }

        for (var j = 0; j < Variables; j++)
        {
            var reduced = objective[j] - Constraints.Select((c, i) => y[i] * c.A[j]).Sum();
            var bad = Free[j] ? Math.Abs(reduced) > tolerance * yScale : sign * reduced > tolerance * yScale;
            if (bad)
            {
                return $"reduced cost of x{j} = {reduced}";
            }
        }

        var dual = Constraints.Select((c, i) => y[i] * c.B).Sum();
        var dualScale = valueScale + Constraints.Select((c, i) => Math.Abs(y[i] * c.B)).Sum();
        return Math.Abs(dual - result.Value) > tolerance * dualScale ? $"value {result.Value}, but y·b = {dual}" : null;
    }
}
