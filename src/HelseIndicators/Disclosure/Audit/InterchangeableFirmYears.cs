namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// Merges firm-years that the equations cannot tell apart: the same year, the same fields present, and membership of
/// the same firm sets (every set an equation or a candidate cell sums over). Within such a group of k firm-years the
/// equations and cells see only the group's sum of each field, so the audit solves for one unknown per group and field.
/// </summary>
/// <remarks>
/// <para>Why merging loses nothing. Let U = Σ u_f over the group's members, field by field. (1) Every equation and
/// every cell gives all members the same coefficient (they belong to the same sets), so it is a function of U alone.
/// (2) The known constraints hold for each member separately and are homogeneous: u ≥ 0 for a field other than
/// operating profit, operating profit free, exports ≤ revenue; each describes a convex cone C. If every u_f is in C, so
/// is their sum U; conversely any U in C splits as u_f = U / k, each in C (a cone is closed under positive scaling).
/// So the U reachable by the members are exactly C, and the maximum or minimum of any cell over the firm values equals
/// its maximum or minimum over the merged unknowns.</para>
/// <para>One member's value, when k ≥ 2. Members with u_f = U and every other u_g = 0 satisfy every constraint (0 and
/// U are in C) and give the same U, hence the same equations: a member's field can be as large as the largest U the
/// equations allow. Members with u_f = 0 and another carrying U show it can be 0: its lower bound is 0 (a non-zero
/// value of a field ≥ 0 is then never narrowed from below at p &lt; 1). Operating profit is free: one member's can be
/// any number, another's compensating, so a single firm's operating profit or value added (which contains it) has no
/// bound at all.</para>
/// <para>Not thread-safe.</para>
/// </remarks>
internal sealed class InterchangeableFirmYears
{
    private readonly int[] _groupOf;
    private readonly List<int[]> _members = [];

    public InterchangeableFirmYears(AuditPanel panel, IEnumerable<FirmSet> sets)
    {
        var firmYears = panel.FirmYears;
        var memberships = new List<int>[firmYears.Count];
        for (var i = 0; i < memberships.Length; i++)
        {
            memberships[i] = [];
        }

        var id = 0;
        foreach (var set in sets.Distinct())
        {
            foreach (var i in set.Indices)
            {
                memberships[i].Add(id);
            }

            id++;
        }

        _groupOf = new int[firmYears.Count];
        var groups = new Dictionary<Signature, int>();
        foreach (var f in firmYears)
        {
            var signature = new Signature(f.Year, f.FieldsPresent, memberships[f.Index]);
            if (!groups.TryGetValue(signature, out var group))
            {
                group = _members.Count;
                groups.Add(signature, group);
                _members.Add([]);
            }

            _groupOf[f.Index] = group;
        }

        var lists = new List<int>[_members.Count];
        for (var g = 0; g < lists.Length; g++)
        {
            lists[g] = [];
        }

        foreach (var f in firmYears)
        {
            lists[_groupOf[f.Index]].Add(f.Index);
        }

        for (var g = 0; g < lists.Length; g++)
        {
            _members[g] = [.. lists[g]];
        }
    }

    /// <summary>The number of merged groups.</summary>
    public int Count => _members.Count;

    /// <summary>The group of a firm-year.</summary>
    public int GroupOf(int firmYear) => _groupOf[firmYear];

    /// <summary>The firm-years of a group.</summary>
    public int[] Members(int group) => _members[group];

    /// <summary>The groups a set is made of, increasing (each wholly inside the set, by construction).</summary>
    public int[] GroupsOf(FirmSet set)
    {
        var groups = new SortedSet<int>();
        foreach (var i in set.Indices)
        {
            groups.Add(_groupOf[i]);
        }

        return [.. groups];
    }

    /// <summary>A firm-year's year, fields present and sets, compared by content.</summary>
    private sealed class Signature : IEquatable<Signature>
    {
        private readonly int _year;
        private readonly int _present;
        private readonly List<int> _sets;
        private readonly int _hash;

        public Signature(int year, int present, List<int> sets)
        {
            _year = year;
            _present = present;
            _sets = sets;
            var hash = default(HashCode);
            hash.Add(year);
            hash.Add(present);
            foreach (var s in sets)
            {
                hash.Add(s);
            }

            _hash = hash.ToHashCode();
        }

        public bool Equals(Signature? other) =>
            other is not null && _hash == other._hash && _year == other._year && _present == other._present
            && System.Linq.Enumerable.SequenceEqual(_sets, other._sets);

        public override bool Equals(object? obj) => obj is Signature other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
