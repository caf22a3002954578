using HelseIndicators.Disclosure.Solving;

namespace HelseIndicators.Tests.Disclosure.Solving;

public sealed class LinearProgramTests
{
    private static (int Variable, double Coefficient)[] X(int variable) => [(variable, 1d)];

    [Fact]
    public void Maximize_Textbook_FindsTheVertexAndItsMultipliers()
    {
        // Hillier and Lieberman's Wyndor Glass: max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18: 36 at (2, 6), duals (0, 3/2, 1).
        var lp = new DenseLp(2).Add([1, 0], '<', 4).Add([0, 2], '<', 12).Add([3, 2], '<', 18);
        var result = lp.Build().Maximize([(0, 3d), (1, 5d)]);

        Assert.Equal(LpStatus.Optimal, result.Status);
        Assert.Equal(36d, result.Value, 9);
        Assert.Equal(2d, result.Point[0], 9);
        Assert.Equal(6d, result.Point[1], 9);
        Assert.Equal([1, 2], result.Binding.Select(b => b.Constraint));
        Assert.Equal(1.5, result.Binding[0].Multiplier, 9);
        Assert.Equal(1d, result.Binding[1].Multiplier, 9);
        Assert.Null(lp.CheckOptimum([3, 5], true, result));
    }

    [Fact]
    public void Minimize_WithGreaterOrEqual_FindsTheVertexAndItsMultipliers()
    {
        // min 2x + 3y, x + y ≥ 4, x + 3y ≥ 6: 9 at (3, 1), duals (3/2, 1/2).
        var lp = new DenseLp(2).Add([1, 1], '>', 4).Add([1, 3], '>', 6);
        var result = lp.Build().Minimize([(0, 2d), (1, 3d)]);

        Assert.Equal(LpStatus.Optimal, result.Status);
        Assert.Equal(9d, result.Value, 9);
        Assert.Equal([(0, 1.5), (1, 0.5)], result.Binding.Select(b => (b.Constraint, Math.Round(b.Multiplier, 9))));
        Assert.Null(lp.CheckOptimum([2, 3], false, result));
    }

    [Fact]
    public void Unbounded_IsReported_AndTheOtherDirectionStillSolves()
    {
        var program = new DenseLp(2).Add([1, -1], '<', 1).Build();

        var up = program.Maximize([(0, 1d), (1, 1d)]);
        Assert.Equal(LpStatus.Unbounded, up.Status);
        Assert.Equal(double.PositiveInfinity, up.Value);
        Assert.Empty(up.Point);

        var down = program.Minimize([(0, 1d), (1, 1d)]);
        Assert.Equal(LpStatus.Optimal, down.Status);
        Assert.Equal(0d, down.Value, 12);

        Assert.Equal(double.NegativeInfinity, program.Minimize([(0, -1d)]).Value);
        Assert.Equal(1d, program.Maximize([(0, 1d), (1, -1d)]).Value, 9);
    }

    [Theory]
    [InlineData("inequalities")]
    [InlineData("equalities")]
    [InlineData("negative bound")]
    [InlineData("empty row")]
    public void Infeasible_IsReported_ForEveryObjective(string kind)
    {
        var lp = new DenseLp(2);
        _ = kind switch
        {
            "inequalities" => lp.Add([1, 1], '<', 1).Add([1, 1], '>', 2),
            "equalities" => lp.Add([1, 1], '=', 1).Add([2, 2], '=', 3),
            "negative bound" => lp.Add([1, 0], '<', -1),
            _ => lp.Add([0, 0], '=', 5),
        };
        var program = lp.Build();

        foreach (var result in new[] { program.Maximize(X(0)), program.Minimize(X(1)), program.Maximize([]) })
        {
            Assert.Equal(LpStatus.Infeasible, result.Status);
            Assert.True(double.IsNaN(result.Value));
            Assert.Empty(result.Binding);
        }
    }

    [Fact]
    public void Protection_ReleasedTotalAlone_LeavesThePartBetweenZeroAndTheTotal()
    {
        var program = new LinearProgram(2);
        program.AddEquality([(0, 1d), (1, 1d)], 110);

        var max = program.Maximize(X(0));
        Assert.Equal(110d, max.Value, 9);
        Assert.Equal([(0, 1d)], max.Binding.Select(b => (b.Constraint, Math.Round(b.Multiplier, 9))));

        var min = program.Minimize(X(0));
        Assert.Equal(0d, min.Value, 9);
        Assert.Empty(min.Binding);
    }

    [Fact]
    public void Protection_ReleasedTotalAndOtherPart_DetermineThePart()
    {
        var program = new LinearProgram(2);
        program.AddEquality([(0, 1d), (1, 1d)], 110);
        program.AddEquality([(1, 1d)], 40);

        var max = program.Maximize(X(0));
        var min = program.Minimize(X(0));
        Assert.Equal(70d, max.Value, 9);
        Assert.Equal(70d, min.Value, 9);

        // The proof: x_a = total - x_b, so both constraints bind, with multipliers 1 and -1, either way.
        Assert.Equal([(0, 1d), (1, -1d)], max.Binding.Select(b => (b.Constraint, Math.Round(b.Multiplier, 9))));
        Assert.Equal([(0, 1d), (1, -1d)], min.Binding.Select(b => (b.Constraint, Math.Round(b.Multiplier, 9))));
    }

    [Fact]
    public void RedundantEqualities_TotalAndEveryPartGiven_Solve()
    {
        // total = a + b + c, and total, a, b, c all given, some twice: rank 4 of 7 equalities.
        var lp = new DenseLp(4)
            .Add([1, -1, -1, -1], '=', 0)
            .Add([1, 0, 0, 0], '=', 100)
            .Add([0, 1, 0, 0], '=', 20)
            .Add([0, 0, 1, 0], '=', 30)
            .Add([0, 0, 0, 1], '=', 50)
            .Add([2, -2, -2, -2], '=', 0)
            .Add([0, 1, 1, 1], '=', 100);
        var program = lp.Build();
        var expected = new[] { 100d, 20d, 30d, 50d };

        for (var j = 0; j < 4; j++)
        {
            var objective = new double[4];
            objective[j] = 1;
            var max = program.Maximize(X(j));
            var min = program.Minimize(X(j));
            Assert.Equal(expected[j], max.Value, 9);
            Assert.Equal(expected[j], min.Value, 9);
            Assert.Null(lp.CheckOptimum(objective, true, max));
            Assert.Null(lp.CheckOptimum(objective, false, min));
        }
    }

    [Fact]
    public void TwoWayTable_AllMarginsReleased_BoundsTheSuppressedRectangle()
    {
        // A 3 x 3 table with margins; the corners (0,0), (0,1), (1,0), (1,1) suppressed, the rest released.
        int[,] cells = { { 5, 7, 3 }, { 2, 9, 4 }, { 6, 1, 8 } };
        var program = TwoWayTable(cells, [(0, 0), (0, 1), (1, 0), (1, 1)], out var variableOf);

        // x00 + x01 = 12, x10 + x11 = 11, x00 + x10 = 7, x01 + x11 = 16: x00 in [0, 7], x01 in [5, 12], ...
        var bounds = new Dictionary<(int, int), (double Min, double Max)>
        {
            [(0, 0)] = (0, 7), [(0, 1)] = (5, 12), [(1, 0)] = (0, 7), [(1, 1)] = (4, 11),
        };
        foreach (var (cell, (lower, upper)) in bounds)
        {
            Assert.Equal(upper, program.Maximize(X(variableOf[cell])).Value, 9);
            Assert.Equal(lower, program.Minimize(X(variableOf[cell])).Value, 9);
        }
    }

    [Fact]
    public void FreeVariables_TakeNegativeValues()
    {
        // x free, y ≥ 0: x - y = -7, y ≤ 2: x in [-7, -5].
        var lp = new DenseLp(2).Add([1, -1], '=', -7).Add([0, 1], '<', 2);
        lp.Free[0] = true;
        var program = lp.Build();

        var min = program.Minimize(X(0));
        var max = program.Maximize(X(0));
        Assert.Equal(-7d, min.Value, 9);
        Assert.Equal(-5d, max.Value, 9);
        Assert.Null(lp.CheckOptimum([1, 0], false, min));
        Assert.Null(lp.CheckOptimum([1, 0], true, max));
    }

    [Fact]
    public void FreeVariable_Unconstrained_IsUnboundedBothWays_ButNeedNotMove()
    {
        var program = new LinearProgram(2);
        program.SetFree(0);
        program.AddLessOrEqual([(1, 1d)], 3);

        Assert.Equal(LpStatus.Unbounded, program.Maximize(X(0)).Status);
        Assert.Equal(LpStatus.Unbounded, program.Minimize(X(0)).Status);
        Assert.Equal(3d, program.Maximize(X(1)).Value, 9);
        Assert.Equal(0d, program.Minimize(X(1)).Value, 9);
    }

    [Fact]
    public void FreeVariables_DefinedByDifferences_AreBoundedBySums()
    {
        // d = a - b free, a + b = 10, a, b ≥ 0: d in [-10, 10], at the corners a = 0 or b = 0.
        var lp = new DenseLp(3).Add([1, 1, 0], '=', 10).Add([1, -1, -1], '=', 0);
        lp.Free[2] = true;
        var program = lp.Build();
        Assert.Equal(10d, program.Maximize(X(2)).Value, 9);
        Assert.Equal(-10d, program.Minimize(X(2)).Value, 9);
        Assert.Null(lp.CheckOptimum([0, 0, 1], false, program.Minimize(X(2))));
    }

    [Fact]
    public void BealesCyclingExample_Terminates()
    {
        // Beale (1955): cycles under Dantzig's rule with naive ties; the optimum is 1/20.
        var lp = new DenseLp(4)
            .Add([0.25, -60, -0.04, 9], '<', 0)
            .Add([0.5, -90, -0.02, 3], '<', 0)
            .Add([0, 0, 1, 0], '<', 1);
        double[] objective = [0.75, -150, 0.02, -6];
        var result = lp.Build().Maximize(DenseLp.Terms(objective));
        Assert.Equal(0.05, result.Value, 9);
        Assert.Null(lp.CheckOptimum(objective, true, result));
    }

    [Fact]
    public void LargeAmounts_AreSolvedToRelativePrecision()
    {
        // Amounts in kroner: a total of 1.234 billion and a part of 0.4 billion.
        var program = new LinearProgram(3);
        program.AddEquality([(0, 1d), (1, 1d), (2, 1d)], 1_234_567_891);
        program.AddEquality([(1, 1d)], 400_000_017);
        program.AddLessOrEqual([(2, 1d)], 1e-3);

        Assert.Equal(834_567_874, program.Maximize(X(0)).Value, 4);
        Assert.Equal(834_567_874 - 1e-3, program.Minimize(X(0)).Value, 4);
    }

    [Fact]
    public void ZeroObjective_IsOptimalAtZero()
    {
        var program = new DenseLp(2).Add([1, 1], '=', 3).Build();
        var result = program.Maximize([]);
        Assert.Equal(LpStatus.Optimal, result.Status);
        Assert.Equal(0d, result.Value);
        Assert.Empty(result.Binding);
        Assert.Equal(3d, result.Point.Sum(), 9);
    }

    [Fact]
    public void NoConstraints_OnlyTheBoundsHold()
    {
        var program = new LinearProgram(2);
        Assert.Equal(LpStatus.Unbounded, program.Maximize(X(0)).Status);
        Assert.Equal(0d, program.Minimize([(0, 1d), (1, 2d)]).Value);
        Assert.Equal(LpStatus.Optimal, new LinearProgram(0).Maximize([]).Status);
    }

    [Fact]
    public void Objective_RepeatedVariables_AreSummed()
    {
        var program = new DenseLp(2).Add([1, 1], '<', 4).Build();
        Assert.Equal(8d, program.Maximize([(0, 1d), (0, 1d), (1, 1d), (1, -1d)]).Value, 9);
    }

    [Fact]
    public void AddingAConstraintAfterSolving_ChangesLaterAnswers()
    {
        var program = new LinearProgram(2);
        program.AddLessOrEqual([(0, 1d), (1, 1d)], 10);
        Assert.Equal(10d, program.Maximize(X(0)).Value, 9);

        var added = program.AddLessOrEqual([(0, 1d), (1, -1d)], 2);
        Assert.Equal(1, added);
        Assert.Equal(6d, program.Maximize(X(0)).Value, 9);

        // x1 free: x1 ≥ x0 - 2 ≥ -2.
        program.SetFree(1);
        Assert.Equal(-2d, program.Minimize(X(1)).Value, 9);
        Assert.Equal(2, program.ConstraintCount);
        Assert.Equal(2, program.VariableCount);
    }

    [Fact]
    public void ManyObjectives_FromTheLastBasis_AgreeWithFreshPrograms()
    {
        // A 6 x 8 table with margins; a scattered fifth of the cells suppressed; bounds of each suppressed cell.
        var random = new Random(20240611);
        var cells = new int[6, 8];
        var suppressed = new List<(int, int)>();
        for (var r = 0; r < 6; r++)
        {
            for (var c = 0; c < 8; c++)
            {
                cells[r, c] = random.Next(0, 50);
                if (random.Next(5) == 0)
                {
                    suppressed.Add((r, c));
                }
            }
        }

        var warm = TwoWayTable(cells, suppressed, out var variableOf);
        foreach (var cell in suppressed)
        {
            foreach (var maximise in new[] { true, false })
            {
                var fresh = TwoWayTable(cells, suppressed, out _);
                var objective = X(variableOf[cell]);
                var expected = maximise ? fresh.Maximize(objective) : fresh.Minimize(objective);
                var actual = maximise ? warm.Maximize(objective) : warm.Minimize(objective);
                Assert.Equal(LpStatus.Optimal, actual.Status);
                Assert.Equal(expected.Value, actual.Value, 9);
                var (r, c) = cell;
                Assert.True(maximise ? actual.Value >= cells[r, c] - 1e-9 : actual.Value <= cells[r, c] + 1e-9);
            }
        }
    }

    [Fact]
    public void InvalidArguments_AreRefused()
    {
        var program = new LinearProgram(2);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinearProgram(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => program.SetFree(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => program.AddEquality([(2, 1d)], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => program.AddLessOrEqual([(-1, 1d)], 0));
        Assert.Throws<ArgumentException>(() => program.AddEquality([(0, double.NaN)], 0));
        Assert.Throws<ArgumentException>(() => program.AddGreaterOrEqual([(0, 1d)], double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => program.Maximize([(5, 1d)]));
        Assert.Throws<ArgumentException>(() => program.Minimize([(0, double.NegativeInfinity)]));
        Assert.Equal(0, program.ConstraintCount);
    }

    /// <summary>
    /// A two-way table with row, column and grand totals, all released but the suppressed interior cells, which are
    /// the variables: each total is an equality over its suppressed cells, the released ones moved to the right.
    /// Every equation is kept, the dependent ones too.
    /// </summary>
    private static LinearProgram TwoWayTable(int[,] cells, IReadOnlyList<(int Row, int Column)> suppressed, out Dictionary<(int, int), int> variableOf)
    {
        var (rows, columns) = (cells.GetLength(0), cells.GetLength(1));
        variableOf = suppressed.Select((cell, i) => (cell, i)).ToDictionary(p => p.cell, p => p.i);
        var program = new LinearProgram(suppressed.Count);
        for (var r = 0; r < rows; r++)
        {
            var total = Enumerable.Range(0, columns).Sum(c => cells[r, c]);
            var map = variableOf;
            var terms = Enumerable.Range(0, columns).Where(c => map.ContainsKey((r, c))).Select(c => (map[(r, c)], 1d)).ToArray();
            var released = Enumerable.Range(0, columns).Where(c => !map.ContainsKey((r, c))).Sum(c => cells[r, c]);
            program.AddEquality(terms, total - released);
        }

        for (var c = 0; c < columns; c++)
        {
            var total = Enumerable.Range(0, rows).Sum(r => cells[r, c]);
            var map = variableOf;
            var terms = Enumerable.Range(0, rows).Where(r => map.ContainsKey((r, c))).Select(r => (map[(r, c)], 1d)).ToArray();
            var released = Enumerable.Range(0, rows).Where(r => !map.ContainsKey((r, c))).Sum(r => cells[r, c]);
            program.AddEquality(terms, total - released);
        }

        var all = variableOf.Values.Select(v => (v, 1d)).ToArray();
        var grand = suppressed.Sum(cell => cells[cell.Row, cell.Column]);
        program.AddEquality(all, grand);
        return program;
    }
}
