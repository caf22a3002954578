using HelseIndicators.Disclosure.Solving;
using HelseIndicators.Indicators;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// Splits the unknowns into independent blocks: the connected components of the unknowns linked by an equation or by
/// a known constraint (exports ≤ revenue of the same firm-years). The maximum (minimum) of a sum over the unknowns is
/// the sum of the maxima (minima) of its parts in each block, since no constraint crosses blocks.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class AuditBlocks
{
    private readonly int[] _blockOf;
    private readonly List<AuditBlock> _blocks = [];

    public AuditBlocks(AuditUnknowns unknowns, IReadOnlyList<SparseRationalVector?> equations)
    {
        var parent = Enumerable.Range(0, unknowns.Count).ToArray();
        int Find(int u)
        {
            while (parent[u] != u)
            {
                parent[u] = parent[parent[u]];
                u = parent[u];
            }

            return u;
        }

        void Union(int a, int b)
        {
            (a, b) = (Find(a), Find(b));
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        foreach (var row in equations)
        {
            if (row is not null)
            {
                for (var k = 1; k < row.Count; k++)
                {
                    Union(row.Indices[0], row.Indices[k]);
                }
            }
        }

        for (var g = 0; g < unknowns.Merged.Count; g++)
        {
            if (unknowns.Of(g, Measure.Exports) is >= 0 and var exports && unknowns.Of(g, Measure.Revenue) is >= 0 and var revenue)
            {
                Union(exports, revenue);
            }
        }

        _blockOf = new int[unknowns.Count];
        var byRoot = new Dictionary<int, AuditBlock>();
        for (var u = 0; u < unknowns.Count; u++)
        {
            var root = Find(u);
            if (!byRoot.TryGetValue(root, out var block))
            {
                block = new AuditBlock(_blocks.Count);
                byRoot.Add(root, block);
                _blocks.Add(block);
            }

            _blockOf[u] = block.Index;
            block.Add(u);
        }

        for (var e = 0; e < equations.Count; e++)
        {
            if (equations[e] is { Count: > 0 } row)
            {
                _blocks[_blockOf[row.Indices[0]]].Equations.Add(e);
            }
        }

        for (var g = 0; g < unknowns.Merged.Count; g++)
        {
            if (unknowns.Of(g, Measure.Exports) is >= 0 and var exports && unknowns.Of(g, Measure.Revenue) is >= 0 and var revenue)
            {
                _blocks[_blockOf[exports]].ExportLimits.Add((exports, revenue));
            }
        }
    }

    public IReadOnlyList<AuditBlock> All => _blocks;

    public AuditBlock Of(int unknown) => _blocks[_blockOf[unknown]];
}
