using HelseIndicators.Disclosure.Solving;

namespace HelseIndicators.Tests.Disclosure.Solving;

/// <summary>
/// The optimum of a small bounded linear program with integer data by brute force, exactly: every vertex is the
/// solution of n of the constraints' hyperplanes (the constraints and the bounds x_j = 0), so every square subsystem
/// is solved in rationals, the feasible solutions kept, and the best objective taken.
/// </summary>
internal static class VertexEnumeration
{
    /// <summary>The optimum, or null when no vertex is feasible (for a bounded program: infeasible).</summary>
    public static Rational? Optimum(DenseLp lp, double[] objective, bool maximise)
    {
        var n = lp.Variables;
        var planes = lp.Constraints.Select(c => (A: c.A.Select(Exact).ToArray(), B: Exact(c.B))).ToList();
        for (var j = 0; j < n; j++)
        {
            if (!lp.Free[j])
            {
                planes.Add((Enumerable.Range(0, n).Select(k => k == j ? Rational.One : Rational.Zero).ToArray(), Rational.Zero));
            }
        }

        var c = objective.Select(Exact).ToArray();
        Rational? best = null;
        foreach (var subset in Subsets(planes.Count, n))
        {
            var x = Solve(subset.Select(i => planes[i]).ToList(), n);
            if (x is null || !IsFeasible(lp, x))
            {
                continue;
            }

            var value = Dot(c, x);
            if (best is null || (maximise ? value > best.Value : value < best.Value))
            {
                best = value;
            }
        }

        return best;
    }

    private static Rational Exact(double value) => Rational.FromDecimal((decimal)value);

    private static Rational Dot(Rational[] a, Rational[] x)
    {
        var sum = Rational.Zero;
        for (var j = 0; j < a.Length; j++)
        {
            sum += a[j] * x[j];
        }

        return sum;
    }

    private static bool IsFeasible(DenseLp lp, Rational[] x)
    {
        for (var j = 0; j < lp.Variables; j++)
        {
            if (!lp.Free[j] && x[j].Sign < 0)
            {
                return false;
            }
        }

        foreach (var (a, b, sense) in lp.Constraints)
        {
            var activity = Dot(a.Select(Exact).ToArray(), x);
            var compare = activity.CompareTo(Exact(b));
            if ((sense == '=' && compare != 0) || (sense == '<' && compare > 0) || (sense == '>' && compare < 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The unique solution of n equations in n unknowns, or null when singular.</summary>
    private static Rational[]? Solve(List<(Rational[] A, Rational B)> equations, int n)
    {
        var m = equations.Select(e => e.A.Append(e.B).ToArray()).ToArray();
        for (var column = 0; column < n; column++)
        {
            var pivot = Array.FindIndex(m, column, r => !r[column].IsZero);
            if (pivot < 0)
            {
                return null;
            }

            (m[column], m[pivot]) = (m[pivot], m[column]);
            for (var i = 0; i < n; i++)
            {
                if (i != column && !m[i][column].IsZero)
                {
                    var factor = m[i][column] / m[column][column];
                    for (var j = column; j <= n; j++)
                    {
                        m[i][j] -= factor * m[column][j];
                    }
                }
            }
        }

        return Enumerable.Range(0, n).Select(i => m[i][n] / m[i][i]).ToArray();
    }

    private static IEnumerable<int[]> Subsets(int count, int size)
    {
        var chosen = new int[size];
        return Choose(0, 0);

        IEnumerable<int[]> Choose(int start, int depth)
        {
            if (depth == size)
            {
                yield return (int[])chosen.Clone();
                yield break;
            }

            for (var i = start; i <= count - (size - depth); i++)
            {
                chosen[depth] = i;
                foreach (var subset in Choose(i + 1, depth + 1))
                {
                    yield return subset;
                }
            }
        }
    }
}
