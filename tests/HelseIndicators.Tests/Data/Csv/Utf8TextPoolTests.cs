using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data.Csv;

namespace HelseIndicators.Tests.Data.Csv;

public class Utf8TextPoolTests
{
    // Byte strings of 0–40 bytes over a small alphabet, and a second one that is the first, or the first with one byte
    // changed, one byte more or less, or anything: equal pairs are common, and a difference can be at any position.
    private static readonly Gen<(byte[] A, byte[] B)> s_pairs =
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements<byte>(0x41, 0x42, 0x00, 0xFF), n)).SelectMany(a =>
            Gen.Choose(0, 4).SelectMany(how => Gen.Choose(0, Math.Max(0, a.Length - 1)).SelectMany(at =>
                Gen.ArrayOf(Gen.Elements<byte>(0x41, 0x42), Math.Max(1, a.Length)).Select(other => (a, how switch
                {
                    0 or 1 => a.ToArray(),
                    2 when a.Length > 0 => a.Select((b, i) => i == at ? (byte)(b ^ 1) : b).ToArray(),
                    3 => [.. a, 0x41],
                    _ => other,
                })))));

    /// <summary>The inline comparison of the pool's keys is SequenceEqual, for every length (the overlapping reads of
    /// 1–3, 4–8 and 8–16 bytes, and beyond).</summary>
    [Property(MaxTest = 3000)]
    public Property SameBytes_IsSequenceEqual() =>
        Prop.ForAll(s_pairs.ToArbitrary(), pair =>
            (Utf8TextPool.SameBytes(pair.A, pair.B) == pair.A.AsSpan().SequenceEqual(pair.B))
                .Label($"{Convert.ToHexString(pair.A)} / {Convert.ToHexString(pair.B)}"));

    /// <summary>Whatever the hint, Get gives the text of the bytes (one string per distinct value), or null for invalid
    /// UTF-8.</summary>
    [Property(MaxTest = 300)]
    public Property Get_WithAHint_GivesTheTextOfTheBytes() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements("NOK", "Viken", "47.74", "", "N", "NO", "Oslo", "Troms og Finnmark", "\u00d8st", "Ost", "Viken2", "\uFFFD")).ToArbitrary(), texts =>
        {
            var pool = new Utf8TextPool();
            var hint = -1;
            var seen = new Dictionary<string, string>();
            foreach (var text in texts)
            {
                var got = pool.Get(Encoding.UTF8.GetBytes(text), ref hint);
                if (got != text || (seen.TryGetValue(text, out var first) && !ReferenceEquals(first, got)))
                {
                    return false;
                }

                seen[text] = got;
            }

            return pool.Get([0xC3], ref hint) is null && pool.Get("NOK"u8, ref hint) == "NOK";
        });
}
