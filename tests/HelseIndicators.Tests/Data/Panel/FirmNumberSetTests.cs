using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data.Panel;

namespace HelseIndicators.Tests.Data.Panel;

/// <summary>The compact set of organisation numbers behaves as a <see cref="HashSet{T}"/>, through its growth, whatever
/// it was sized for.</summary>
public sealed class FirmNumberSetTests
{
    [Property(MaxTest = 200)]
    public Property AddAndContains_AgreeWithAHashSet() => Prop.ForAll(
        Gen.ListOf(Gen.Choose(0, 5_000)).ToArbitrary(),
        Gen.ListOf(Gen.Choose(-3, 5_000)).ToArbitrary(),
        Gen.Elements(0, 0, 1, 700, 3_000, 20_000).ToArbitrary(),
        (added, probed, expected) =>
        {
            var set = new FirmNumberSet(expected); // sized for fewer numbers than it gets, about as many, or more
            var reference = new HashSet<int>();
            var addsAgree = added.All(n => set.Add(n) == reference.Add(n));
            var containsAgree = probed.All(n => set.Contains(n) == reference.Contains(n));
            return addsAgree && containsAgree && set.Count == reference.Count
                && set.Numbers().Order().SequenceEqual(reference.Order());
        });

    [Fact]
    public void Add_ManyNumbers_GrowsAndKeepsThemAll()
    {
        var set = new FirmNumberSet();
        for (var i = 0; i < 100_000; i++)
        {
            Assert.True(set.Add(800_000_000 + (i * 7)));
        }

        Assert.Equal(100_000, set.Count);
        Assert.True(set.Contains(800_000_000 + (99_999 * 7)));
        Assert.False(set.Contains(800_000_001));
        Assert.False(set.Add(800_000_000));
    }

    [Fact]
    public void Add_NegativeNumber_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FirmNumberSet().Add(-1));
}
