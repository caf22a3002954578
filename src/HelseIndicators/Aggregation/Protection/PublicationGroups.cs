using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The groups of a publication (the total and every group of every table, each once) and the membership classes of
/// the detail slots: the slots that fall in exactly the same groups make one class.
/// </summary>
/// <remarks>Thread safety: immutable once made.</remarks>
internal sealed class PublicationGroups
{
    private readonly List<GroupKey> _groups = [GroupKey.Total];
    private readonly Dictionary<GroupKey, int> _index = new() { [GroupKey.Total] = 0 };
    private readonly List<int[]> _classMembers = [];
    private readonly int[] _classOfSlot;

    /// <param name="slots">The number of detail slots.</param>
    /// <param name="tables">Per table, the group key of each slot.</param>
    public PublicationGroups(int slots, IReadOnlyList<Func<int, GroupKey>> tables)
    {
        // Groups and classes are numbered in the order of their keys, not of the slots (which follow the rows), so that
        // the plan does not depend on the order or the split of the rows.
        var keys = new GroupKey[slots][];
        for (var s = 0; s < slots; s++)
        {
            keys[s] = tables.Select(keyOf => keyOf(s)).ToArray();
        }

        foreach (var key in keys.SelectMany(k => k).Distinct().Where(k => !k.IsTotal).Order())
        {
            _index.Add(key, _groups.Count);
            _groups.Add(key);
        }

        var memberships = new int[slots][];
        for (var s = 0; s < slots; s++)
        {
            memberships[s] = [.. keys[s].Select(k => _index[k]).Append(0).Distinct().Order()];
        }

        var classes = memberships.Select(m => string.Join(',', m)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var name in classes)
        {
            _classMembers.Add([.. name.Split(',').Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture))]);
        }

        var classIndex = classes.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        _classOfSlot = new int[slots];
        for (var s = 0; s < slots; s++)
        {
            _classOfSlot[s] = classIndex[string.Join(',', memberships[s])];
        }

        ClassesOf = Enumerable.Range(0, _groups.Count)
            .Select(g => (IReadOnlySet<int>)Enumerable.Range(0, _classMembers.Count).Where(c => _classMembers[c].Contains(g)).ToHashSet())
            .ToArray();
    }

    public IReadOnlyList<GroupKey> Keys => _groups;

    public IReadOnlyList<int> ClassOfSlot => _classOfSlot;

    /// <summary>Per group, the classes it holds.</summary>
    public IReadOnlyList<IReadOnlySet<int>> ClassesOf { get; }

    /// <summary>The finest group holding a class (the one of fewest classes), for naming an atom.</summary>
    public int FinestOf(int @class) => _classMembers[@class].OrderBy(g => ClassesOf[g].Count).ThenByDescending(g => g).First();

    /// <summary>Names a group as the reasons do: its values ("diagnostics", "pharma, Oslo"), or "total".</summary>
    public string Describe(int group)
    {
        var key = _groups[group];
        return key.IsTotal ? "total" : string.Join(", ", key.Pairs.Select(p => p.Value));
    }
}
