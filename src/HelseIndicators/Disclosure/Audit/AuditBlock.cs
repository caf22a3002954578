namespace HelseIndicators.Disclosure.Audit;

/// <summary>One block: its unknowns, the equations over them and the exports ≤ revenue limits inside it.</summary>
internal sealed class AuditBlock
{
    private readonly Dictionary<int, int> _local = [];

    public AuditBlock(int index) => Index = index;

    public int Index { get; }

    /// <summary>The unknowns (global indices), in increasing order.</summary>
    public List<int> Unknowns { get; } = [];

    /// <summary>The equations (global indices), in increasing order.</summary>
    public List<int> Equations { get; } = [];

    /// <summary>The (exports, revenue) unknown pairs (global indices) of the same firm-years.</summary>
    public List<(int Exports, int Revenue)> ExportLimits { get; } = [];

    /// <summary>Whether an equation constrains the block.</summary>
    public bool HasEquations => Equations.Count > 0;

    /// <summary>The position of a global unknown in the block.</summary>
    public int Local(int unknown) => _local[unknown];

    public void Add(int unknown)
    {
        _local.Add(unknown, Unknowns.Count);
        Unknowns.Add(unknown);
    }
}
