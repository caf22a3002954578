using System.Text;
using HelseIndicators.Data;

namespace HelseIndicators.Tests.Robustness;

/// <summary>
/// Seeded input mutators and the outcome check shared by the reader fuzz tests. Every mutation is deterministic for
/// its seed, so a failure names an input that can be replayed.
/// </summary>
internal static class Fuzz
{
    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static readonly string[] HostileNumbers =
    [
        "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1E+400", "79228162514264337593543950336",
        "-79228162514264337593543950336", "99999999999999999999999999999999999999", "0.00000000000000000000000000000001",
        "1,000,000", "1 000", "12abc", "--5", "+-3", "0x10", "∞", "1e-400", "9223372036854775808", "2147483648",
    ];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Random byte strings, some of them starting with a BOM or containing CSV/JSON punctuation.</summary>
    public static IEnumerable<byte[]> RandomBytes(int seed, int count, int maxLength)
    {
        var random = new Random(seed);
        byte[] alphabet = Utf8(",;\"\n\r{}[]:.-0123456789eE abcNA\t\\");
        for (var i = 0; i < count; i++)
        {
            var bytes = new byte[random.Next(maxLength + 1)];
            if (i % 2 == 0)
            {
                random.NextBytes(bytes);
            }
            else
            {
                for (var j = 0; j < bytes.Length; j++)
                {
                    bytes[j] = alphabet[random.Next(alphabet.Length)];
                }
            }

            yield return i % 5 == 0 ? [.. Bom, .. bytes] : bytes;
        }
    }

    /// <summary>Every prefix of <paramref name="valid"/> when it is short, else <paramref name="sample"/> seeded positions.</summary>
    public static IEnumerable<byte[]> Truncations(byte[] valid, int seed, int sample = 400)
    {
        var positions = valid.Length <= sample
            ? Enumerable.Range(0, valid.Length)
            : Enumerable.Range(0, sample).Select(_ => 0).Select((_, i) => new Random(seed + i).Next(valid.Length));
        foreach (var position in positions)
        {
            yield return valid[..position];
        }
    }

    /// <summary>Single-byte flips, insertions of invalid UTF-8 and a BOM in the middle, at seeded positions.</summary>
    public static IEnumerable<byte[]> Corruptions(byte[] valid, int seed, int count)
    {
        var random = new Random(seed);
        byte[][] inserts = [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], Bom, [0x00], [0xC0, 0xAF]];
        for (var i = 0; i < count; i++)
        {
            var position = random.Next(valid.Length + 1);
            switch (i % 3)
            {
                case 0:
                    if (valid.Length == 0)
                    {
                        continue;
                    }

                    var flipped = (byte[])valid.Clone();
                    flipped[Math.Min(position, valid.Length - 1)] = (byte)random.Next(256);
                    yield return flipped;
                    break;
                default:
                    var insert = inserts[random.Next(inserts.Length)];
                    yield return [.. valid[..position], .. insert, .. valid[position..]];
                    break;
            }
        }
    }

    /// <summary>A CSV (comma dialect, no quoting) with column <paramref name="column"/> removed from every line.</summary>
    public static string DeleteColumn(string csv, int column) => MapColumns(csv, cells => cells.Where((_, i) => i != column));

    /// <summary>A CSV with column <paramref name="column"/> duplicated on every line.</summary>
    public static string DuplicateColumn(string csv, int column) =>
        MapColumns(csv, cells => cells.SelectMany((c, i) => i == column ? new[] { c, c } : [c]));

    /// <summary>A CSV with the cell of <paramref name="column"/> replaced by <paramref name="value"/> on data line <paramref name="row"/> (0-based).</summary>
    public static string ReplaceCell(string csv, int row, int column, string value)
    {
        var lines = csv.Split('\n');
        var cells = lines[row + 1].Split(',');
        cells[column] = value;
        lines[row + 1] = string.Join(',', cells);
        return string.Join('\n', lines);
    }

    private static string MapColumns(string csv, Func<string[], IEnumerable<string>> map) =>
        string.Join('\n', csv.Split('\n').Select(line => line.Length == 0 ? line : string.Join(',', map(line.Split(',')))));

    /// <summary>
    /// Runs <paramref name="read"/> and checks the outcome: a normal return, or a <see cref="DataException"/> whose
    /// problems are located (a source and a line) — never any other exception type.
    /// </summary>
    public static Outcome Check(byte[] input, Func<byte[], object?> read, string what)
    {
        try
        {
            read(input);
            return Outcome.Read;
        }
        catch (DataException e)
        {
            Assert.True(e.Problems.Count > 0, $"{what}: a DataException without a located problem: {e.Message}\ninput: {Show(input)}");
            foreach (var problem in e.Problems)
            {
                Assert.False(string.IsNullOrEmpty(problem.Source), $"{what}: a problem without a source: {problem}");
                Assert.True(problem.Line >= 0, $"{what}: a problem with a negative line: {problem}");
                Assert.False(string.IsNullOrWhiteSpace(problem.Message), $"{what}: a problem without a message");
            }

            return Outcome.Rejected;
        }
        catch (Exception e)
        {
            Assert.Fail($"{what}: {e.GetType().FullName} leaked: {e.Message}\ninput: {Show(input)}\n{e.StackTrace}");
            throw;
        }
    }

    public static string Show(byte[] input) =>
        input.Length > 300 ? Convert.ToHexString(input[..300]) + $"… ({input.Length} bytes)" : Convert.ToHexString(input);

    public enum Outcome
    {
        Read,
        Rejected,
    }
}
