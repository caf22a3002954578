using FsCheck.Xunit;
using HelseIndicators.Disclosure.Solving;

namespace HelseIndicators.Tests.Disclosure.Solving;

public sealed class LinearProgramProperties
{
    /// <summary>
    /// A random tiny program with integer data: 2-4 variables, some free, 1-4 constraints of every sense, an equality
    /// sometimes repeated (doubled), and every variable boxed in [0, 100] (or [-100, 100] when free), so bounded.
    /// </summary>
    private static DenseLp TinyProgram(Random random)
    {
        var n = random.Next(2, 5);
        var lp = new DenseLp(n);
        for (var j = 0; j < n; j++)
        {
            lp.Free[j] = random.Next(4) == 0;
        }

        for (var k = random.Next(1, 5); k > 0; k--)
        {
            var a = Enumerable.Range(0, n).Select(_ => random.Next(3) == 0 ? 0d : random.Next(-5, 6)).ToArray();
            var sense = random.Next(4) switch { 0 => '=', 1 => '>', _ => '<' };
            lp.Add(a, sense, random.Next(-20, 41));
            if (sense == '=' && random.Next(3) == 0)
            {
                lp.Add(a.Select(v => 2 * v).ToArray(), '=', 2 * lp.Constraints[^1].B);
            }
        }

        for (var j = 0; j < n; j++)
        {
            var unit = Enumerable.Range(0, n).Select(k => k == j ? 1d : 0d).ToArray();
            lp.Add(unit, '<', 100);
            if (lp.Free[j])
            {
                lp.Add(unit, '>', -100);
            }
        }

        return lp;
    }

    [Property(MaxTest = 400)]
    public bool TinyPrograms_MatchVertexEnumeration(int seed)
    {
        var random = new Random(seed);
        var lp = TinyProgram(random);
        var program = lp.Build();

        // Several objectives on one program: each from the basis the previous one left.
        for (var round = 0; round < 4; round++)
        {
            var objective = Enumerable.Range(0, lp.Variables).Select(_ => (double)random.Next(-5, 6)).ToArray();
            var maximise = random.Next(2) == 0;
            var expected = VertexEnumeration.Optimum(lp, objective, maximise);
            var terms = DenseLp.Terms(objective);
            var result = maximise ? program.Maximize(terms) : program.Minimize(terms);
            if (expected is null)
            {
                if (result.Status != LpStatus.Infeasible)
                {
                    throw new InvalidOperationException($"seed {seed}: expected infeasible, got {result.Status} {result.Value}");
                }

                continue;
            }

            var exact = expected.Value.ToDouble();
            if (result.Status != LpStatus.Optimal || Math.Abs(result.Value - exact) > 1e-7 * Math.Max(1, Math.Abs(exact)))
            {
                throw new InvalidOperationException($"seed {seed} round {round}: expected {expected}, got {result.Status} {result.Value}");
            }

            if (lp.CheckOptimum(objective, maximise, result) is { } complaint)
            {
                throw new InvalidOperationException($"seed {seed} round {round}: {complaint}");
            }
        }

        return true;
    }

    [Property(MaxTest = 30)]
    public bool MediumPrograms_EveryOptimumHasADualCertificate(int seed)
    {
        // Feasible by construction around a known point x0 ≥ 0; sparse rows; equalities and a dependent one.
        var random = new Random(seed);
        var n = random.Next(10, 40);
        var m = random.Next(5, 40);
        var x0 = Enumerable.Range(0, n).Select(_ => random.Next(3) == 0 ? 0d : random.Next(1, 1000)).ToArray();
        var lp = new DenseLp(n);
        for (var i = 0; i < m; i++)
        {
            var a = Enumerable.Range(0, n).Select(_ => random.Next(5) == 0 ? random.Next(-3, 4) : 0d).ToArray();
            var activity = a.Select((c, j) => c * x0[j]).Sum();
            var sense = random.Next(3);
            lp.Add(a, sense == 0 ? '=' : sense == 1 ? '<' : '>', sense switch { 0 => activity, 1 => activity + random.Next(0, 50), _ => activity - random.Next(0, 50) });
        }

        var equalities = lp.Constraints.Where(c => c.Sense == '=').ToList();
        if (equalities.Count >= 2)
        {
            var (p, q) = (equalities[0], equalities[1]);
            lp.Add(p.A.Zip(q.A, (u, v) => u - (2 * v)).ToArray(), '=', p.B - (2 * q.B));
        }

        var program = lp.Build();
        for (var round = 0; round < 20; round++)
        {
            var objective = new double[n];
            objective[random.Next(n)] = 1;
            if (random.Next(2) == 0)
            {
                objective[random.Next(n)] += random.Next(-2, 3);
            }

            var maximise = random.Next(2) == 0;
            var terms = DenseLp.Terms(objective);
            var result = maximise ? program.Maximize(terms) : program.Minimize(terms);
            if (result.Status == LpStatus.Unbounded)
            {
                continue;
            }

            if (lp.CheckOptimum(objective, maximise, result) is { } complaint)
            {
                throw new InvalidOperationException($"seed {seed} round {round}: {complaint}");
            }

            var fresh = lp.Build();
            var again = maximise ? fresh.Maximize(terms) : fresh.Minimize(terms);
            if (Math.Abs(again.Value - result.Value) > 1e-7 * (1 + Math.Abs(result.Value)))
            {
                throw new InvalidOperationException($"seed {seed} round {round}: warm {result.Value}, fresh {again.Value}");
            }
        }

        return true;
    }
}
