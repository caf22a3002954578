using FsCheck.Xunit;
using HelseIndicators.Disclosure.Solving;

namespace HelseIndicators.Tests.Disclosure.Solving;

public sealed class RowSpaceTests
{
    // The table total = a + b + c, as columns.
    private const int Total = 0, A = 1, B = 2, C = 3;

    private static IReadOnlyList<(int Column, Rational Value)> Row(params (int Column, Rational Value)[] entries) => entries;

    private static IReadOnlyList<(int Column, Rational Value)> Unit(int column) => Row((column, 1));

    private static IReadOnlyList<(int Column, Rational Value)> Additivity => Row((Total, 1), (A, -1), (B, -1), (C, -1));

    [Fact]
    public void Table_TotalAndTwoPartsReleased_DetermineTheThirdPart_WithItsProof()
    {
        var space = new RowSpace(4);
        Assert.True(space.Add(Additivity, 100));
        Assert.True(space.Add(Unit(Total), 200));
        Assert.True(space.Add(Unit(A), 201));
        Assert.True(space.Add(Unit(B), 202));

        Assert.True(space.Contains(Unit(C)));
        Assert.True(space.TryExpress(Unit(C), out var proof));
        // c = total - a - b - (total - a - b - c): the only combination, since the four rows are independent.
        Assert.Equal([(100, -1), (200, 1), (201, -1), (202, -1)], proof.Select(p => (p.Row, (int)p.Factor.Numerator)).ToArray());
        Assert.Equal(4, space.Rank);
    }

    [Fact]
    public void Table_TotalAndOnePartReleased_DetermineTheSumOfTheOthers_NotEach()
    {
        var space = new RowSpace(4);
        space.Add(Additivity);
        space.Add(Unit(Total));
        space.Add(Unit(B));

        Assert.False(space.Contains(Unit(A)));
        Assert.False(space.Contains(Unit(C)));
        Assert.False(space.Contains(Row((A, 1), (C, -1))));
        Assert.False(space.TryExpress(Unit(C), out var none));
        Assert.Empty(none);

        // a + c = total - b is released in effect.
        var sum = Row((A, 1), (C, 1));
        Assert.True(space.Contains(sum));
        Assert.True(space.TryExpress(sum, out var proof));
        AssertReproduces(sum, [Additivity, Unit(Total), Unit(B)], proof);
    }

    [Fact]
    public void Table_OnlyTheTotalReleased_DeterminesNoPart()
    {
        var space = new RowSpace(4);
        space.Add(Additivity);
        space.Add(Unit(Total));
        foreach (var part in new[] { A, B, C })
        {
            Assert.False(space.Contains(Unit(part)));
        }

        Assert.True(space.Contains(Row((A, 2), (B, 2), (C, 2))));
    }

    [Fact]
    public void TwoWayTable_SuppressedRectangle_ProtectsEachCell_ASingleSuppressionDoesNot()
    {
        // A 30 x 40 table with its row, column and grand totals: 31 x 41 cells, every total an equation.
        const int rows = 30, columns = 40;
        static int Cell(int r, int c) => (r * (columns + 1)) + c; // r == rows or c == columns: a margin.
        var equations = new List<IReadOnlyList<(int Column, Rational Value)>>();
        for (var r = 0; r <= rows; r++)
        {
            equations.Add([(Cell(r, columns), 1), .. Enumerable.Range(0, columns).Select(c => (Cell(r, c), (Rational)(-1)))]);
        }

        for (var c = 0; c <= columns; c++)
        {
            equations.Add([(Cell(rows, c), 1), .. Enumerable.Range(0, rows).Select(r => (Cell(r, c), (Rational)(-1)))]);
        }

        var suppressed = new HashSet<int> { Cell(3, 5), Cell(3, 17), Cell(21, 5), Cell(21, 17), Cell(8, 8) };
        var space = new RowSpace((rows + 1) * (columns + 1));
        foreach (var equation in equations)
        {
            space.Add(equation);
        }

        // 31 + 41 equations, of which one is dependent (the grand total is the sum of both margins).
        Assert.Equal(rows + columns + 1, space.Rank);
        for (var cell = 0; cell < space.Columns; cell++)
        {
            if (!suppressed.Contains(cell))
            {
                space.Add(Unit(cell));
            }
        }

        // What stays unknown is one direction: +1 -1 -1 +1 on the rectangle's corners.
        Assert.Equal(space.Columns - 1, space.Rank);
        Assert.True(space.Contains(Unit(Cell(8, 8))), "a lone suppressed cell is its row total minus the rest");
        Assert.True(space.TryExpress(Unit(Cell(8, 8)), out var proof));
        Assert.NotEmpty(proof);
        foreach (var corner in new[] { Cell(3, 5), Cell(3, 17), Cell(21, 5), Cell(21, 17) })
        {
            Assert.False(space.Contains(Unit(corner)));
        }

        // The rectangle's alternating sum is 0 and its row pairs are determined.
        Assert.True(space.Contains(Row((Cell(3, 5), 1), (Cell(3, 17), 1))));
        Assert.False(space.Contains(Row((Cell(3, 5), 1), (Cell(21, 17), 1))));
    }

    [Fact]
    public void Add_OfADependentRow_ReturnsFalseAndChangesNothing()
    {
        var space = new RowSpace(4);
        space.Add(Additivity, 7);
        space.Add(Unit(Total), 8);
        Assert.False(space.Add(Row((Total, 3), (A, -2), (B, -2), (C, -2)), 9));
        Assert.Equal(2, space.Rank);
        Assert.False(space.Contains(Unit(A)));

        // The id of a refused row is free again.
        Assert.True(space.Add(Unit(A), 9));
        Assert.True(space.TryExpress(Row((B, 1), (C, 1)), out var proof));
        Assert.Equal([7, 8, 9], proof.Select(p => p.Row).Order());
    }

    [Fact]
    public void Add_ZeroRow_IsAlreadyInTheSpan()
    {
        var space = new RowSpace(3);
        Assert.False(space.Add(Row()));
        Assert.False(space.Add(Row((1, 2), (1, -2))));
        Assert.True(space.Contains(Row()));
        Assert.True(space.TryExpress(Row(), out var proof));
        Assert.Empty(proof);
        Assert.Equal(0, space.Rank);
    }

    [Fact]
    public void Rows_SumRepeatedColumns_InAnyOrder()
    {
        var space = new RowSpace(3);
        space.Add(Row((2, 1), (0, 1), (2, 1)));
        Assert.True(space.Contains(Row((0, new Rational(1, 2)), (2, 1))));
        Assert.False(space.Contains(Row((0, 1), (2, 1))));
    }

    [Fact]
    public void Add_WithoutIds_NumbersTheSuccessfulAdds()
    {
        var space = new RowSpace(3);
        Assert.True(space.Add(Unit(0)));
        Assert.False(space.Add(Row((0, 5))));
        Assert.True(space.Add(Row((0, 1), (1, 1))));
        Assert.True(space.TryExpress(Unit(1), out var proof));
        Assert.Equal([(0, -1), (1, 1)], proof.Select(p => (p.Row, (int)p.Factor.Numerator)));
    }

    [Fact]
    public void InvalidArguments_AreRefused()
    {
        var space = new RowSpace(3);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RowSpace(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => space.Add(Unit(3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => space.Contains(Row((0, 1), (-1, 1))));
        space.Add(Unit(0), 5);
        Assert.Throws<ArgumentException>(() => space.Add(Unit(1), 5));

        // A refused row leaves the space as it was.
        Assert.Equal(1, space.Rank);
        Assert.False(space.Contains(Unit(1)));
    }

    [Property(MaxTest = 200)]
    public bool Combination_OfAddedRows_IsContained_AndItsProofReproducesIt(int seed)
    {
        var random = new Random(seed);
        var columns = random.Next(1, 25);
        var space = new RowSpace(columns);
        var rows = new Dictionary<int, IReadOnlyList<(int Column, Rational Value)>>();
        var count = random.Next(1, 12);
        for (var k = 0; k < count; k++)
        {
            var row = RandomRow(random, columns);
            var id = 1000 + (k * 3);
            if (space.Add(row, id))
            {
                rows[id] = row;
            }
        }

        // A random combination of every row offered, the refused ones included (they are in the span).
        var target = new Rational[columns];
        foreach (var row in rows.Values)
        {
            var factor = new Rational(random.Next(-9, 10), random.Next(1, 5));
            foreach (var (column, value) in row)
            {
                target[column] += factor * value;
            }
        }

        var targetRow = Sparse(target);
        return space.Contains(targetRow) && space.TryExpress(targetRow, out var proof)
               && Reproduces(targetRow, rows, proof) && space.Rank == ReferenceRank(rows.Values, columns);
    }

    [Property(MaxTest = 200)]
    public bool Rank_AndMembership_MatchDenseElimination(int seed)
    {
        var random = new Random(seed);
        var columns = random.Next(1, 12);
        var space = new RowSpace(columns);
        var offered = new List<IReadOnlyList<(int Column, Rational Value)>>();
        for (var k = random.Next(0, 10); k > 0; k--)
        {
            // Low-rank on purpose: each new row is often a combination of two earlier ones plus a little.
            var row = offered.Count >= 2 && random.Next(3) > 0
                ? Sparse(Combine(offered[random.Next(offered.Count)], offered[random.Next(offered.Count)], random, columns))
                : RandomRow(random, columns);
            var rankBefore = ReferenceRank(offered, columns);
            offered.Add(row);
            var raised = ReferenceRank(offered, columns) > rankBefore;
            if (space.Add(row) != raised || space.Rank != ReferenceRank(offered, columns))
            {
                return false;
            }
        }

        for (var probe = 0; probe < 5; probe++)
        {
            var row = RandomRow(random, columns);
            var expected = ReferenceRank([.. offered, row], columns) == ReferenceRank(offered, columns);
            if (space.Contains(row) != expected || space.TryExpress(row, out _) != expected)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 100)]
    public bool IndependentRows_RaiseTheRankOneEach(int seed)
    {
        // Upper triangular with a non-zero diagonal, then rows and columns shuffled: independent by construction.
        var random = new Random(seed);
        var columns = random.Next(1, 40);
        var count = random.Next(1, columns + 1);
        var permutation = Enumerable.Range(0, columns).OrderBy(_ => random.Next()).ToArray();
        var rows = new List<IReadOnlyList<(int Column, Rational Value)>>();
        for (var i = 0; i < count; i++)
        {
            var entries = new List<(int Column, Rational Value)> { (permutation[i], new Rational(random.Next(1, 7) * (random.Next(2) * 2 - 1), random.Next(1, 4))) };
            for (var j = i + 1; j < columns; j++)
            {
                if (random.Next(4) == 0)
                {
                    entries.Add((permutation[j], random.Next(-3, 4)));
                }
            }

            rows.Add(entries);
        }

        var space = new RowSpace(columns);
        var rank = 0;
        foreach (var row in rows.OrderBy(_ => random.Next()))
        {
            if (!space.Add(row) || space.Rank != ++rank)
            {
                return false;
            }
        }

        return rows.TrueForAll(space.Contains) && !space.Add(Sparse(Combine(rows[0], rows[^1], random, columns)));
    }

    private static IReadOnlyList<(int Column, Rational Value)> RandomRow(Random random, int columns)
    {
        var entries = new List<(int Column, Rational Value)>();
        for (var n = random.Next(0, 5); n > 0; n--)
        {
            entries.Add((random.Next(columns), new Rational(random.Next(-3, 4), random.Next(1, 3))));
        }

        return entries;
    }

    private static Rational[] Combine(IReadOnlyList<(int Column, Rational Value)> first, IReadOnlyList<(int Column, Rational Value)> second, Random random, int columns)
    {
        var result = new Rational[columns];
        var (f, s) = (new Rational(random.Next(-4, 5), random.Next(1, 4)), new Rational(random.Next(-4, 5), 1));
        foreach (var (column, value) in first)
        {
            result[column] += f * value;
        }

        foreach (var (column, value) in second)
        {
            result[column] += s * value;
        }

        return result;
    }

    private static IReadOnlyList<(int Column, Rational Value)> Sparse(Rational[] dense) =>
        dense.Select((value, column) => (column, value)).Where(e => !e.value.IsZero).Select(e => (e.column, e.value)).ToList();

    private static bool Reproduces(
        IReadOnlyList<(int Column, Rational Value)> target,
        IReadOnlyDictionary<int, IReadOnlyList<(int Column, Rational Value)>> rows,
        IReadOnlyList<(int Row, Rational Factor)> proof)
    {
        var sum = new Dictionary<int, Rational>();
        foreach (var (id, factor) in proof)
        {
            if (factor.IsZero)
            {
                return false;
            }

            foreach (var (column, value) in rows[id])
            {
                sum[column] = sum.GetValueOrDefault(column) + (factor * value);
            }
        }

        foreach (var (column, value) in target)
        {
            sum[column] = sum.GetValueOrDefault(column) - value;
        }

        return sum.Values.All(v => v.IsZero);
    }

    private static void AssertReproduces(
        IReadOnlyList<(int Column, Rational Value)> target,
        IReadOnlyList<IReadOnlyList<(int Column, Rational Value)>> rowsInOrder,
        IReadOnlyList<(int Row, Rational Factor)> proof) =>
        Assert.True(Reproduces(target, rowsInOrder.Select((r, i) => (r, i)).ToDictionary(p => p.i, p => p.r), proof));

    /// <summary>The rank by plain dense Gaussian elimination, the reference.</summary>
    private static int ReferenceRank(IEnumerable<IReadOnlyList<(int Column, Rational Value)>> rows, int columns)
    {
        var matrix = rows.Select(row =>
        {
            var dense = new Rational[columns];
            foreach (var (column, value) in row)
            {
                dense[column] += value;
            }

            return dense;
        }).ToList();
        var rank = 0;
        for (var column = 0; column < columns && rank < matrix.Count; column++)
        {
            var pivot = matrix.FindIndex(rank, r => !r[column].IsZero);
            if (pivot < 0)
            {
                continue;
            }

            (matrix[rank], matrix[pivot]) = (matrix[pivot], matrix[rank]);
            for (var i = rank + 1; i < matrix.Count; i++)
            {
                var factor = matrix[i][column] / matrix[rank][column];
                for (var j = column; j < columns; j++)
                {
                    matrix[i][j] -= factor * matrix[rank][j];
                }
            }

            rank++;
        }

        return rank;
    }
}
