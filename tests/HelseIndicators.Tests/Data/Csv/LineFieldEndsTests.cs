using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data.Csv;

namespace HelseIndicators.Tests.Data.Csv;

/// <summary>The field ends found 64 bytes at a time are those of a split at the separator, and a line with a quote or
/// a CR, or another number of fields, is refused; whatever the bytes after the line.</summary>
public class LineFieldEndsTests
{
    // Lines of up to about 300 bytes (several blocks, a partial one at the end), mostly field bytes and separators.
    private static readonly Gen<byte[]> s_bytes =
        Gen.Choose(0, 300).SelectMany(n => Gen.ArrayOf(Gen.Frequency(
            (30, Gen.Elements<byte>((byte)'1', (byte)'a', (byte)'.', (byte)' ', 0xC3, 0xA6)),
            (8, Gen.Constant((byte)',')),
            (1, Gen.Elements<byte>((byte)'"', (byte)'\r', (byte)';', (byte)'\n'))), n));

    [Property(MaxTest = 3000)]
    public Property TryFind_IsTheSplitAtTheSeparator() =>
        Prop.ForAll(s_bytes.ToArbitrary(), s_bytes.ToArbitrary(), Gen.Choose(-2, 2).ToArbitrary(), (line, after, countOffset) =>
        {
            var separators = line.Select((b, i) => (b, i)).Where(x => x.b == ',').Select(x => x.i).ToArray();
            var fieldCount = Math.Max(1, separators.Length + 1 + countOffset);
            var usual = !line.Any(b => b is (byte)'"' or (byte)'\r') && separators.Length + 1 == fieldCount;
            byte[] text = [.. line, .. after];
            var ends = new int[fieldCount + LineFieldEnds.Slack];
            var found = LineFieldEnds.TryFind(text, line.Length, (byte)',', ends, fieldCount);
            var label = $"'{Encoding.Latin1.GetString(line)}' ({line.Length} bytes, {fieldCount} fields) then {after.Length} bytes: {found}";
            return found
                ? (usual && ends.Take(fieldCount).SequenceEqual([.. separators, line.Length])).Label(label)
                : (!usual).Label(label);
        });

    [Fact]
    public void TryFind_RefusesTooFewPlaces() =>
        Assert.False(LineFieldEnds.TryFind("a,b"u8, 3, (byte)',', new int[2 + LineFieldEnds.Slack - 1], 2));
}
