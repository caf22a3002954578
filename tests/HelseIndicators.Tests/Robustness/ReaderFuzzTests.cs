using System.Text;
using HelseIndicators.Data;
using HelseIndicators.Data.Bronnoysund;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.FirmLists;
using HelseIndicators.Data.JsonStat;
using HelseIndicators.Data.Panel;
using HelseIndicators.Data.PriceIndices;
using HelseIndicators.Data.Surveys;

namespace HelseIndicators.Tests.Robustness;

/// <summary>
/// Fuzz-style tests over every reader: whatever the bytes, a read returns or throws <see cref="DataException"/> with
/// located problems, never another exception type. Seeds are fixed; every test is bounded by input count and size.
/// </summary>
public sealed class ReaderFuzzTests
{
    internal const string ValidPanel =
        "org_number,year,name,nace,segment,county,revenue,operating_profit,depreciation,wage_costs,employees,exports,rd_expenditure,currency\n" +
        "974760673,2014,Alfa AS,21.20,,03,1000000,120000,5000,300000,4.5,200000,10000,NOK\n" +
        "923609016,2014,Beta AS,32.50,medtech,46,2000000,-50000,NA,600000,12,.,0,\n" +
        "123456785,2015,Gamma AS,,pharma,Vestland,3000000.50,0,0,700000,20,100000,25000,NOK\n" +
        "974760673,2015,Alfa AS,21.20,,03,1100000,130000,6000,320000,5,210000,12000,NOK\n";

    internal const string ValidFirmList = "org_number,segment,from_year\n974760673,pharma,2015\n923609016,medtech,\n123456785,ehealth,2010\n";

    internal const string ValidPriceIndex = "year,index\n2014,100\n2015,102.5\n2016,104.25\n";

    internal const string ValidSurvey =
        "respondent,question,answer,weight,org_number\nA,ambitions,international,1.25,974760673\nA,ambitions,world-leading,1.25,974760673\n" +
        "B,ambitions,domestic,0.75,\nC,bottleneck,capital,1,\n";

    /// <summary>A reader under test: its name, a strict read, a lenient read (or null), and a valid input.</summary>
    public sealed record Reader(string Name, Func<byte[], object?> Strict, Func<byte[], object?>? Lenient, byte[] Valid, bool IsCsv)
    {
        public override string ToString() => Name;
    }

    private static readonly Dictionary<string, Reader> s_readers = new Reader[]
    {
        new("panel", b => PanelCsvReader.ReadAll(new MemoryStream(b)), b => PanelCsvReader.ReadAll(new MemoryStream(b), new PanelCsvOptions { Mode = ReadMode.Lenient }),
            Fuzz.Utf8(ValidPanel), true),
        new("firmlist", b => FirmListCsvReader.Read(new MemoryStream(b)), b => FirmListCsvReader.Read(new MemoryStream(b), new FirmListCsvOptions { Mode = ReadMode.Lenient }),
            Fuzz.Utf8(ValidFirmList), true),
        new("priceindex", b => PriceIndexCsvReader.Read(new MemoryStream(b)), b => PriceIndexCsvReader.Read(new MemoryStream(b), new CsvReadOptions { Mode = ReadMode.Lenient }),
            Fuzz.Utf8(ValidPriceIndex), true),
        new("survey", b => SurveyCsvReader.Read(new MemoryStream(b)), b => SurveyCsvReader.Read(new MemoryStream(b), mode: ReadMode.Lenient),
            Fuzz.Utf8(ValidSurvey), true),
        new("jsonstat", b => JsonStatReader.Read(new MemoryStream(b)), null, TestFile("jsonstat", "canada.json"), false),
        new("jsonstat-collection", b => JsonStatReader.Read(new MemoryStream(b)), null, TestFile("jsonstat", "collection.json"), false),
        new("enhetsregisteret", b => EnhetsregisteretReader.Read(new MemoryStream(b)).ToList(), b => EnhetsregisteretReader.Read(new MemoryStream(b), mode: ReadMode.Lenient).ToList(),
            TestFile("bronnoysund", "enheter-bulk.json"), false),
        new("enhetsregisteret-search", b => EnhetsregisteretReader.ReadSearchPage(new MemoryStream(b)), null, TestFile("bronnoysund", "enheter-search.json"), false),
        new("regnskapsregisteret", b => RegnskapsregisteretReader.ToFirmYears(RegnskapsregisteretReader.Read(new MemoryStream(b))), null,
            TestFile("bronnoysund", "regnskap-928765431.json"), false),
    }.ToDictionary(r => r.Name);

    public static TheoryData<string> Readers() => new(s_readers.Keys);

    public static TheoryData<string> CsvReaders() => new(s_readers.Values.Where(r => r.IsCsv).Select(r => r.Name));

    public static TheoryData<string> JsonReaders() => new(s_readers.Values.Where(r => !r.IsCsv).Select(r => r.Name));

    internal static byte[] TestFile(string area, string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", area, name));

    private static IEnumerable<(string Mode, Func<byte[], object?> Read)> Modes(Reader reader)
    {
        yield return ("strict", reader.Strict);
        if (reader.Lenient is { } lenient)
        {
            yield return ("lenient", lenient);
        }
    }

    private static void CheckAll(Reader reader, IEnumerable<byte[]> inputs, string what)
    {
        var list = inputs.ToList();
        foreach (var (mode, read) in Modes(reader))
        {
            foreach (var input in list)
            {
                Fuzz.Check(input, read, $"{reader.Name} ({mode}, {what})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_ValidInput_Succeeds(string name)
    {
        var reader = s_readers[name];
        foreach (var (mode, read) in Modes(reader))
        {
            Assert.Equal(Fuzz.Outcome.Read, Fuzz.Check(reader.Valid, read, $"{name} ({mode})"));
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_RandomBytes_ReadsOrThrowsDataException(string name) =>
        CheckAll(s_readers[name], Fuzz.RandomBytes(seed: 20261123, count: 300, maxLength: 160), "random bytes");

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_TruncatedAnywhere_ReadsOrThrowsDataException(string name) =>
        CheckAll(s_readers[name], Fuzz.Truncations(s_readers[name].Valid, seed: 7, sample: 400), "truncated");

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_CorruptedBytes_ReadsOrThrowsDataException(string name) =>
        CheckAll(s_readers[name], Fuzz.Corruptions(s_readers[name].Valid, seed: 11, count: 300), "corrupted");

    [Theory]
    [MemberData(nameof(Readers))]
    public void Read_EmptyAndWhitespace_ThrowsDataExceptionOrReadsNothing(string name) =>
        CheckAll(s_readers[name], [[], Fuzz.Bom, Fuzz.Utf8("\n"), Fuzz.Utf8("\r\n\r\n"), Fuzz.Utf8("   "), [.. Fuzz.Bom, .. Fuzz.Bom]], "empty");

    [Theory]
    [MemberData(nameof(CsvReaders))]
    public void Read_HeaderOnly_ReadsNoRowsOrThrowsDataException(string name)
    {
        var reader = s_readers[name];
        var header = Encoding.UTF8.GetString(reader.Valid).Split('\n')[0];
        CheckAll(reader, [Fuzz.Utf8(header), Fuzz.Utf8(header + "\n"), Fuzz.Utf8(header + "\r\n"), [.. Fuzz.Bom, .. Fuzz.Utf8(header + "\n")]], "header only");
    }

    [Theory]
    [MemberData(nameof(CsvReaders))]
    public void Read_DeletedOrDuplicatedColumn_ReadsOrThrowsDataException(string name)
    {
        var reader = s_readers[name];
        var csv = Encoding.UTF8.GetString(reader.Valid);
        var columns = csv.Split('\n')[0].Split(',').Length;
        var inputs = Enumerable.Range(0, columns)
            .SelectMany(c => new[] { Fuzz.DeleteColumn(csv, c), Fuzz.DuplicateColumn(csv, c) })
            .Select(Fuzz.Utf8);
        CheckAll(reader, inputs, "column deleted or duplicated");
    }

    [Theory]
    [MemberData(nameof(CsvReaders))]
    public void Read_HostileNumberInAnyCell_ReadsOrThrowsDataException(string name)
    {
        var reader = s_readers[name];
        var csv = Encoding.UTF8.GetString(reader.Valid).TrimEnd('\n');
        var columns = csv.Split('\n')[0].Split(',').Length;
        var inputs = from column in Enumerable.Range(0, columns)
                     from number in Fuzz.HostileNumbers
                     select Fuzz.Utf8(Fuzz.ReplaceCell(csv, 0, column, number));
        CheckAll(reader, inputs, "hostile number");
    }

    [Theory]
    [InlineData("revenue", "79228162514264337593543950336")]
    [InlineData("revenue", "1e400")]
    [InlineData("revenue", "NaN")]
    [InlineData("revenue", "Infinity")]
    [InlineData("employees", "-Infinity")]
    [InlineData("exports", "99999999999999999999999999999999999999")]
    public void PanelRead_NumberNotADecimal_NamesTheField(string column, string value)
    {
        var csv = ValidPanel.TrimEnd('\n');
        var index = Array.IndexOf(csv.Split('\n')[0].Split(','), column);
        var bad = Fuzz.ReplaceCell(csv, 0, index, value);
        var e = Assert.Throws<DataException>(() => PanelCsvReader.ReadAll(new MemoryStream(Fuzz.Utf8(bad))));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal(column, problem.Column);
    }

    [Fact]
    public void PriceIndexRead_NumberTooLargeForDecimal_IsAClearErrorNotAWrap()
    {
        var e = Assert.Throws<DataException>(() => PriceIndexCsvReader.Read(new MemoryStream(Fuzz.Utf8("year,index\n2014,79228162514264337593543950336\n"))));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal("index", problem.Column);
    }

    [Theory]
    [MemberData(nameof(JsonReaders))]
    public void Read_DeeplyNestedJson_ThrowsDataException(string name)
    {
        var reader = s_readers[name];
        CheckAll(reader,
        [
            Fuzz.Utf8(new string('[', 100_000)),
            Fuzz.Utf8(new string('[', 5_000) + new string(']', 5_000)),
            Fuzz.Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000)),
            Fuzz.Utf8("[" + string.Concat(Enumerable.Repeat("{\"x\":", 300)) + "1" + new string('}', 300) + "]"),
        ], "deeply nested");
    }

    [Theory]
    [MemberData(nameof(JsonReaders))]
    public void Read_JsonOfTheWrongShape_ThrowsDataException(string name)
    {
        string[] shapes =
        [
            "null", "1", "\"text\"", "true", "[]", "{}", "[1,2,3]", "[null]", "[[]]", "{\"class\":\"dataset\"}", "{\"class\":7}",
            "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\"],\"size\":[1]}", "[{\"organisasjonsnummer\":123}]",
            "[{\"organisasjonsnummer\":\"928765431\",\"antallAnsatte\":1e400}]", "[{\"organisasjonsnummer\":\"928765431\",\"antallAnsatte\":-5}]",
            "{\"_embedded\":{\"enheter\":7},\"page\":{\"size\":-1,\"totalElements\":1e400,\"totalPages\":\"x\",\"number\":null}}",
            "[{\"regnskapsperiode\":{\"tilDato\":\"2023-13-45\"},\"virksomhet\":{\"organisasjonsnummer\":\"928765431\"}}]",
            "[{\"regnskapsperiode\":{\"tilDato\":\"2023-12-31\"},\"virksomhet\":{\"organisasjonsnummer\":\"928765431\"},\"resultatregnskapResultat\":{\"driftsresultat\":{\"driftsinntekter\":{\"sumDriftsinntekter\":1e400}}}}]",
            "[{\"regnskapsperiode\":{\"tilDato\":\"2023-12-31\"},\"virksomhet\":{\"organisasjonsnummer\":\"928765431\"},\"resultatregnskapResultat\":{\"driftsresultat\":{\"driftsinntekter\":{\"sumDriftsinntekter\":79228162514264337593543950336}}}}]",
        ];
        CheckAll(s_readers[name], shapes.Select(Fuzz.Utf8), "wrong shape");
    }

    [Theory]
    [MemberData(nameof(JsonReaders))]
    public void Read_JsonNumbersReplacedByHostileValues_ReadsOrThrowsDataException(string name)
    {
        var reader = s_readers[name];
        var json = Encoding.UTF8.GetString(reader.Valid);
        var random = new Random(13);
        var numbers = System.Text.RegularExpressions.Regex.Matches(json, @"(?<=[:\[,]\s*)-?\d+(\.\d+)?").ToList();
        string[] hostile = ["1e400", "-1e400", "79228162514264337593543950336", "1.5", "-1", "\"NaN\"", "\"Infinity\"", "null", "\"12\"", "{}", "[]"];
        var inputs = new List<byte[]>();
        for (var i = 0; i < Math.Min(120, numbers.Count * 3); i++)
        {
            var match = numbers[random.Next(numbers.Count)];
            inputs.Add(Fuzz.Utf8(json[..match.Index] + hostile[random.Next(hostile.Length)] + json[(match.Index + match.Length)..]));
        }

        CheckAll(reader, inputs, "hostile JSON number");
    }
}
