using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data.Panel;

namespace HelseIndicators.Tests.Data.Panel;

public class PanelFilePartsTests
{
    /// <summary>The one-pass scan of a block counts its LFs and sees a quote or a CR wherever it is: in the 16-byte
    /// steps or in the bytes after the last whole one, at any length.</summary>
    [Property(MaxTest = 2000)]
    public Property CountLineFeeds_IsCountAndContains() =>
        Prop.ForAll(Gen.Choose(0, 100).SelectMany(n => Gen.ArrayOf(Gen.Frequency(
                (20, Gen.Elements<byte>((byte)'a', (byte)',', (byte)'1', 0x00, 0xFF, 0x0B, 0x8A)), (4, Gen.Constant((byte)'\n')),
                (1, Gen.Elements<byte>((byte)'"', (byte)'\r'))), n)).ToArbitrary(), block =>
        {
            var count = PanelFileParts.CountLineFeeds(block, out var quoteOrCarriageReturn);
            return (count == block.Count(b => b == (byte)'\n') && quoteOrCarriageReturn == block.Any(b => b is (byte)'"' or (byte)'\r'))
                .Label(Convert.ToHexString(block));
        });
}
