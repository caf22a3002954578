using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data;
using HelseIndicators.Data.Bronnoysund;
using HelseIndicators.Model;
using NodaTime;

namespace HelseIndicators.Tests.Data.Bronnoysund;

[Collection(HelseIndicators.Tests.Laws.MemoryMeasurementCollection.Name)]
public class EnhetsregisteretReaderTests
{
    internal static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "bronnoysund", name);

    private static List<Firm> ReadText(string json, ReadMode mode = ReadMode.Strict, List<DataProblem>? rejected = null) =>
        [.. EnhetsregisteretReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "e.json", mode, rejected is null ? null : rejected.Add)];

    [Fact]
    public void ReadFile_OneEntity_MapsEveryKey()
    {
        var firm = Assert.Single(EnhetsregisteretReader.ReadFile(TestFile("enhet-928765431.json")));

        Assert.Equal(OrganisationNumber.FromInt32(928765431), firm.OrganisationNumber);
        Assert.Equal("FJORDLEGEMIDLER AS", firm.Name);
        Assert.Equal(NaceCode.Of("21.200"), firm.NaceCode);
        Assert.Equal(142, firm.Employees);
        Assert.Equal("4601", firm.MunicipalityNumber);
        Assert.Equal("46", firm.County);
        Assert.Equal(new LocalDate(2021, 2, 15), firm.FoundingDate);
        Assert.Equal("AS", firm.OrganisationalForm);
    }

    [Fact]
    public void ParseEntity_SameAsReadFile()
    {
        var text = File.ReadAllText(TestFile("enhet-928765431.json"));
        Assert.Equal(EnhetsregisteretReader.ReadFile(TestFile("enhet-928765431.json")).Single(), EnhetsregisteretReader.ParseEntity(text));
    }

    [Fact]
    public void ReadFile_SearchPage_ReadsEmbeddedEntitiesWithAbsentFieldsAsNull()
    {
        var firms = EnhetsregisteretReader.ReadFile(TestFile("enheter-search.json")).ToList();

        Assert.Equal(["987654325", "991112227", "933333337"], firms.Select(f => f.OrganisationNumber.ToString("D", null)));
        Assert.Equal(NaceCode.Of("32.502"), firms[0].NaceCode);
        Assert.Equal("55", firms[0].County);

        var noEmployees = firms[1];
        Assert.Null(noEmployees.Employees);          // harRegistrertAntallAnsatte: false, antallAnsatte absent
        Assert.Null(noEmployees.MunicipalityNumber); // forretningsadresse: null
        Assert.Null(noEmployees.County);
        Assert.Null(noEmployees.FoundingDate);       // absent

        var pharmacy = firms[2];
        Assert.Equal(0, pharmacy.Employees);         // a registered zero stays zero
        Assert.Null(pharmacy.NaceCode);              // naeringskode1 absent
        Assert.Null(pharmacy.FoundingDate);          // stiftelsesdato: null
        Assert.Equal("03", pharmacy.County);
    }

    [Fact]
    public void ReadSearchPage_ReadsPaging()
    {
        using var stream = File.OpenRead(TestFile("enheter-search.json"));
        var page = EnhetsregisteretReader.ReadSearchPage(stream);

        Assert.Equal(3, page.Firms.Count);
        Assert.Equal(0, page.PageNumber);
        Assert.Equal(3, page.PageSize);
        Assert.Equal(5, page.TotalPages);
        Assert.Equal(14, page.TotalElements);
    }

    [Fact]
    public void ReadFile_SearchPageWithoutHits_IsEmpty()
    {
        Assert.Empty(EnhetsregisteretReader.ReadFile(TestFile("enheter-search-empty.json")));
        using var stream = File.OpenRead(TestFile("enheter-search-empty.json"));
        Assert.Equal(0, EnhetsregisteretReader.ReadSearchPage(stream).TotalElements);
    }

    [Fact]
    public void ReadFile_BulkArray_ReadsEveryEntityInOrder()
    {
        var firms = EnhetsregisteretReader.ReadFile(TestFile("enheter-bulk.json")).ToList();

        Assert.Equal(4, firms.Count);
        Assert.Equal("FJORDLEGEMIDLER AS", firms[0].Name);
        Assert.Equal("APOTEKET I SENTRUM AS", firms[3].Name);
    }

    [Fact]
    public void ReadFile_Gzip_IsDecompressed()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("enheter.json.gz");
        using (var file = File.Create(path))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(File.ReadAllBytes(TestFile("enheter-bulk.json")));
        }

        Assert.Equal(4, EnhetsregisteretReader.ReadFile(path).Count());
    }

    [Fact]
    public void Read_BomAndSmallBuffers_StillRead()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(File.ReadAllBytes(TestFile("enheter-bulk.json"))).ToArray();
        // A stream that returns one byte at a time exercises every buffer boundary.
        var firms = EnhetsregisteretReader.Read(new TrickleStream(bytes)).ToList();
        Assert.Equal(4, firms.Count);
    }

    [Fact]
    public void Read_LargeBulkArray_IsStreamedWithBoundedMemory()
    {
        const int count = 60_000; // about 34 MB of JSON, generated on the fly and never stored
        using var source = new GeneratedBulkStream(count);
        // Live memory is measured relative to what the process already holds (other tests' statics).
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        var read = 0;
        long employees = 0;
        foreach (var firm in EnhetsregisteretReader.Read(source, "bulk.json"))
        {
            employees += firm.Employees ?? 0;
            if (++read % 10_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        Assert.Equal(count, read);
        Assert.Equal(Enumerable.Range(0, count).Sum(i => (long)(i % 500)), employees);
        Assert.True(source.BytesProduced > 30_000_000, $"only {source.BytesProduced} bytes were produced");
        // Live memory stays far below the size of the input: the reader holds one element at a time.
        Assert.True(peak < 10_000_000, $"peak live memory above the baseline {peak} bytes for {source.BytesProduced} bytes of input");
    }

    [Fact]
    public void Streamer_BufferStaysSmallForSmallElements()
    {
        using var source = new GeneratedBulkStream(20_000);
        using var streamer = new JsonArrayStreamer(source, "bulk.json");
        Assert.Equal(System.Text.Json.JsonTokenType.StartArray, streamer.ReadRootToken());
        while (streamer.TryReadElement(out _))
        {
        }

        Assert.Equal(19_999, streamer.ElementIndex);
        Assert.True(streamer.BufferCapacity <= 128 * 1024, $"buffer grew to {streamer.BufferCapacity}");
    }

    [Fact]
    public void Read_ElementLargerThanBuffer_GrowsBufferAndReads()
    {
        var longName = new string('Ø', 200_000); // 400 KB of UTF-8, far above the 64 KiB starting buffer
        var json = $$"""[{"organisasjonsnummer":"928765431","navn":"A"},{"organisasjonsnummer":"987654325","navn":"{{longName}}"},{"organisasjonsnummer":"991112227","navn":"C"}]""";

        var firms = ReadText(json);

        Assert.Equal(3, firms.Count);
        Assert.Equal(longName, firms[1].Name);
        Assert.Equal("C", firms[2].Name);
    }

    [Fact]
    public void Read_MalformedJsonInArray_ThrowsWithPath()
    {
        var e = Assert.Throws<DataException>(() => ReadText("""[{"organisasjonsnummer":"928765431","navn":"A"},{"navn": "B" "x"}]"""));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("$[1]", problem.Column);
        Assert.Contains("malformed", problem.Message, StringComparison.Ordinal);
        Assert.Equal("e.json", problem.Source);
    }

    [Fact]
    public void Read_TruncatedArray_ThrowsWithPath()
    {
        var e = Assert.Throws<DataException>(() => ReadText("""[{"organisasjonsnummer":"928765431","navn":"A"},{"navn": "B"""));
        Assert.Equal("$[1]", e.Problems[0].Column);
    }

    [Fact]
    public void Read_WrongType_ThrowsWithPathAndValue()
    {
        var e = Assert.Throws<DataException>(() => ReadText("""[{"organisasjonsnummer":"928765431","navn":"A","antallAnsatte":"12"}]"""));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("$[0].antallAnsatte", problem.Column);
        Assert.Equal("\"12\"", problem.Value);
        Assert.Contains("expected a whole number", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"navn":"A"}""", "$.organisasjonsnummer")]
    [InlineData("""{"organisasjonsnummer":"123456789","navn":"A"}""", "$.organisasjonsnummer")]
    [InlineData("""{"organisasjonsnummer":"928765431"}""", "$.navn")]
    [InlineData("""{"organisasjonsnummer":"928765431","navn":"A","naeringskode1":{"kode":"x1"}}""", "$.naeringskode1.kode")]
    [InlineData("""{"organisasjonsnummer":"928765431","navn":"A","stiftelsesdato":"15.02.2021"}""", "$.stiftelsesdato")]
    [InlineData("""{"organisasjonsnummer":"928765431","navn":"A","forretningsadresse":{"kommunenummer":4601}}""", "$.forretningsadresse.kommunenummer")]
    public void ParseEntity_BadEntity_NamesPath(string json, string path)
    {
        var e = Assert.Throws<DataException>(() => EnhetsregisteretReader.ParseEntity(json));
        Assert.Equal(path, Assert.Single(e.Problems).Column);
    }

    [Fact]
    public void Read_Lenient_SkipsBadEntityAndReportsIt()
    {
        var rejected = new List<DataProblem>();
        var firms = ReadText("""[{"organisasjonsnummer":"928765431","navn":"A"},{"organisasjonsnummer":"123456789","navn":"B"},{"organisasjonsnummer":"987654325","navn":"C"}]""",
            ReadMode.Lenient, rejected);

        Assert.Equal(["A", "C"], firms.Select(f => f.Name));
        Assert.Equal("$[1].organisasjonsnummer", Assert.Single(rejected).Column);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("42")]
    [InlineData("[1,2] [3]")]
    public void Read_NotAnEntityDocument_Throws(string json) => Assert.Throws<DataException>(() => ReadText(json));

    [Fact]
    public void Read_EmptyArray_IsEmpty() => Assert.Empty(ReadText(" [ ] "));

    [Property(MaxTest = 50)]
    public Property Read_AnyChunking_GivesSameFirms() =>
        Prop.ForAll(Gen.Choose(1, 4096).ToArbitrary(), chunk =>
        {
            var bytes = File.ReadAllBytes(TestFile("enheter-bulk.json"));
            var expected = EnhetsregisteretReader.ReadFile(TestFile("enheter-bulk.json")).ToList();
            var actual = EnhetsregisteretReader.Read(new ChunkStream(bytes, chunk)).ToList();
            return expected.SequenceEqual(actual);
        });

    /// <summary>Returns at most <c>chunk</c> bytes per read.</summary>
    private sealed class ChunkStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }

    /// <summary>Returns at most one byte per read.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }

    /// <summary>A non-seekable stream producing a bulk array of <c>count</c> entities on the fly.</summary>
    internal sealed class GeneratedBulkStream(int count) : Stream
    {
        private const string Template =
            """{"organisasjonsnummer":"ORG","navn":"GENERERT FIRMA IDX AS","organisasjonsform":{"kode":"AS","beskrivelse":"Aksjeselskap"},"naeringskode1":{"kode":"86.211","beskrivelse":"Allmenn legetjeneste"},"antallAnsatte":EMP,"harRegistrertAntallAnsatte":true,"forretningsadresse":{"land":"Norge","landkode":"NO","postnummer":"0150","poststed":"OSLO","adresse":["Gate IDX"],"kommune":"OSLO","kommunenummer":"0301"},"stiftelsesdato":"2001-05-17","konkurs":false,"underAvvikling":false,"_links":{"self":{"href":"https://data.brreg.no/enhetsregisteret/api/enheter/ORG"}}}""";

        private readonly int _count = count;
        private byte[] _pending = "["u8.ToArray();
        private int _offset;
        private int _next;
        private bool _closed;

        public long BytesProduced { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                if (_next < _count)
                {
                    var i = _next++;
                    if (!OrganisationNumber.FromFirstEightDigits(10_000_000 + i * 3, out var org))
                    {
                        OrganisationNumber.FromFirstEightDigits(10_000_001 + i * 3, out org);
                    }

                    var orgText = org.ToString("D", null);
                    _pending = Encoding.UTF8.GetBytes((i == 0 ? "" : ",") + Template
                        .Replace("ORG", orgText, StringComparison.Ordinal)
                        .Replace("EMP", (i % 500).ToString(), StringComparison.Ordinal)
                        .Replace("IDX", i.ToString(), StringComparison.Ordinal) + "\n");
                }
                else if (!_closed)
                {
                    _closed = true;
                    _pending = "]"u8.ToArray();
                }
                else
                {
                    return 0;
                }

                _offset = 0;
            }

            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            BytesProduced += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
