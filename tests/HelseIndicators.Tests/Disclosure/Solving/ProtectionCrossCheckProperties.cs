using FsCheck.Xunit;
using HelseIndicators.Disclosure.Solving;

namespace HelseIndicators.Tests.Disclosure.Solving;

/// <summary>
/// The two tools agree on a three-way table with all its margins: when every true value is at least 1 (so the true
/// table is an interior point of x ≥ 0), a suppressed cell's protection interval [min, max] is a single point exactly
/// when the released cells and the table's equations determine it linearly (and unbounded above only when not).
/// </summary>
public sealed class ProtectionCrossCheckProperties
{
    [Property(MaxTest = 15)]
    public bool ProtectionInterval_IsAPoint_ExactlyWhenTheRowSpaceDeterminesTheCell(int seed)
    {
        var random = new Random(seed);
        var (d1, d2, d3) = (random.Next(2, 5), random.Next(2, 5), random.Next(1, 4));
        var table = new Table3(d1, d2, d3);
        for (var a = 0; a < d1; a++)
        {
            for (var b = 0; b < d2; b++)
            {
                for (var c = 0; c < d3; c++)
                {
                    table.Value[table.Cell(a, b, c)] = random.Next(1, 1000);
                }
            }
        }

        table.FillMargins();
        var suppressed = Enumerable.Range(0, table.Cells).Where(_ => random.Next(100) < 45).ToHashSet();

        // Every cell a variable; the released ones fixed by equalities, the table's equations all kept (dependent).
        var program = new LinearProgram(table.Cells);
        var space = new RowSpace(table.Cells);
        foreach (var equation in table.Equations())
        {
            program.AddEquality(equation.Select(e => (e.Cell, (double)e.Coefficient)).ToArray(), 0);
            space.Add(equation.Select(e => (e.Cell, (Rational)e.Coefficient)).ToList());
        }

        for (var cell = 0; cell < table.Cells; cell++)
        {
            if (!suppressed.Contains(cell))
            {
                program.AddEquality([(cell, 1d)], table.Value[cell]);
                space.Add([(cell, Rational.One)]);
            }
        }

        foreach (var cell in suppressed)
        {
            var max = program.Maximize([(cell, 1d)]);
            var min = program.Minimize([(cell, 1d)]);
            var truth = table.Value[cell];
            var determined = space.Contains([(cell, Rational.One)]);
            // Unbounded above when the cell and every margin over it are suppressed: not a point either.
            var isPoint = max.Status == LpStatus.Optimal && max.Value - min.Value <= 1e-6 * (1 + truth);
            if (max.Status == LpStatus.Infeasible || min.Status != LpStatus.Optimal
                || min.Value > truth + 1e-6 || max.Value < truth - 1e-6 || isPoint != determined)
            {
                throw new InvalidOperationException(
                    $"seed {seed}, cell {cell}: [{min.Value}, {max.Value}] around {truth}, determined {determined}");
            }
        }

        return true;
    }

    /// <summary>A d1 x d2 x d3 table with margins (index d_k along dimension k is its total).</summary>
    private sealed class Table3(int d1, int d2, int d3)
    {
        public int Cells => (d1 + 1) * (d2 + 1) * (d3 + 1);

        public double[] Value { get; } = new double[(d1 + 1) * (d2 + 1) * (d3 + 1)];

        public int Cell(int a, int b, int c) => (((a * (d2 + 1)) + b) * (d3 + 1)) + c;

        public void FillMargins()
        {
            for (var a = 0; a <= d1; a++)
            {
                for (var b = 0; b <= d2; b++)
                {
                    for (var c = 0; c <= d3; c++)
                    {
                        if (a == d1 || b == d2 || c == d3)
                        {
                            Value[Cell(a, b, c)] = Interior().Where(t => (a == d1 || t.A == a) && (b == d2 || t.B == b) && (c == d3 || t.C == c))
                                .Sum(t => Value[Cell(t.A, t.B, t.C)]);
                        }
                    }
                }
            }
        }

        /// <summary>Each line of the table: its total minus its parts, = 0.</summary>
        public IEnumerable<List<(int Cell, int Coefficient)>> Equations()
        {
            for (var b = 0; b <= d2; b++)
            {
                for (var c = 0; c <= d3; c++)
                {
                    yield return Line(Cell(d1, b, c), Enumerable.Range(0, d1).Select(a => Cell(a, b, c)));
                }
            }

            for (var a = 0; a <= d1; a++)
            {
                for (var c = 0; c <= d3; c++)
                {
                    yield return Line(Cell(a, d2, c), Enumerable.Range(0, d2).Select(b => Cell(a, b, c)));
                }
            }

            for (var a = 0; a <= d1; a++)
            {
                for (var b = 0; b <= d2; b++)
                {
                    yield return Line(Cell(a, b, d3), Enumerable.Range(0, d3).Select(c => Cell(a, b, c)));
                }
            }
        }

        private static List<(int Cell, int Coefficient)> Line(int total, IEnumerable<int> parts) =>
            [(total, 1), .. parts.Select(p => (p, -1))];

        private IEnumerable<(int A, int B, int C)> Interior() =>
            from a in Enumerable.Range(0, d1)
            from b in Enumerable.Range(0, d2)
            from c in Enumerable.Range(0, d3)
            select (a, b, c);
    }
}
