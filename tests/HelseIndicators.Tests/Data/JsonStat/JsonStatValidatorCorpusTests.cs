using System.Text.Json;
using HelseIndicators.Data;
using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Data.JsonStat;

/// <summary>The jsonstat/validator corpus: every valid document reads; every invalid one is refused with the mapped kind.</summary>
public class JsonStatValidatorCorpusTests
{
    private static readonly Dictionary<string, JsonStatErrorKind> s_codes = new()
    {
        ["VALUE_LEN_MISMATCH"] = JsonStatErrorKind.ValueLengthMismatch,
        ["ID_SIZE_LEN_MISMATCH"] = JsonStatErrorKind.IdSizeLengthMismatch,
        ["DIM_KEY_ID_MISMATCH"] = JsonStatErrorKind.DimensionKeyIdMismatch,
        ["SPARSE_KEY_OUT_OF_RANGE"] = JsonStatErrorKind.SparseKeyOutOfRange,
        ["ROLE_ID_UNKNOWN"] = JsonStatErrorKind.RoleIdUnknown,
        ["STATUS_LEN_MISMATCH"] = JsonStatErrorKind.StatusLengthMismatch,
        ["INDEX_COUNT_MISMATCH"] = JsonStatErrorKind.IndexCountMismatch,
        ["INDEX_POSITIONS_INVALID"] = JsonStatErrorKind.IndexPositionsInvalid,
        ["LABEL_KEY_UNKNOWN"] = JsonStatErrorKind.LabelKeyUnknown,
        ["UNIT_KEY_UNKNOWN"] = JsonStatErrorKind.UnitKeyUnknown,
        ["COORD_KEY_UNKNOWN"] = JsonStatErrorKind.CoordinatesKeyUnknown,
        ["NOTE_KEY_UNKNOWN"] = JsonStatErrorKind.NoteKeyUnknown,
        ["CHILD_ID_UNKNOWN"] = JsonStatErrorKind.ChildIdUnknown,
        ["CHILD_CYCLE"] = JsonStatErrorKind.ChildCycle,
        ["METRIC_UNIT_MISSING"] = JsonStatErrorKind.MetricUnitMissing,
        ["BUNDLE_DEPRECATED"] = JsonStatErrorKind.BundleDeprecated,
    };

    private static readonly JsonElement[] s_cases = Load();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in s_cases)
        {
            data.Add(c.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Corpus_Has20Cases() => Assert.Equal(20, s_cases.Length);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_CorpusCase_BehavesAsTheValidatorExpects(string id)
    {
        var c = s_cases.Single(x => x.GetProperty("id").GetString() == id);
        var expected = c.GetProperty("expected");
        var json = c.GetProperty("input").GetRawText();
        var codes = expected.TryGetProperty("codes", out var list) ? list.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
        var valid = !expected.TryGetProperty("valid", out var v) || v.GetBoolean();

        if (valid)
        {
            var document = JsonStatReader.Parse(json, source: id);
            foreach (var code in codes)
            {
                Assert.Contains(document.Warnings, w => w.Kind == s_codes[code]);
            }
        }
        else
        {
            var e = Assert.Throws<DataException>(() => JsonStatReader.Parse(json, source: id));
            Assert.Equal(s_codes[Assert.Single(codes)], e.JsonStatErrorKind());
            Assert.StartsWith("$", e.JsonStatPath(), StringComparison.Ordinal);
            Assert.Equal(id, e.Problems[0].Source);
        }
    }

    private static JsonElement[] Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(JsonStatTestData.PathOf("peer-fixtures/jsonstat-validator-corpus-cases.json")));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }
}
