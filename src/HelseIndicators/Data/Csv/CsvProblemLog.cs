using System.Globalization;

namespace HelseIndicators.Data.Csv;

/// <summary>Collects problems up to a limit and counts the rest.</summary>
internal sealed class CsvProblemLog
{
    private readonly List<DataProblem> _listed = [];
    private readonly int _max;
    private readonly string _source;

    public CsvProblemLog(int max, string source)
    {
        _max = Math.Max(1, max);
        _source = source;
    }

    public long Count { get; private set; }

    public void Add(DataProblem problem)
    {
        Count++;
        if (_listed.Count < _max)
        {
            _listed.Add(problem);
        }
    }

    public DataException ToException() => new(ToList(), Count);

    public IReadOnlyList<DataProblem> ToList()
    {
        if (Count <= _listed.Count)
        {
            return _listed.ToArray();
        }

        var all = new List<DataProblem>(_listed)
        {
            new(_source, 0, null, null,
                string.Create(CultureInfo.InvariantCulture, $"…and {Count - _listed.Count} more problems ({Count} in all)")),
        };
        return all;
    }
}
