using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data.Panel;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Data.Panel;

/// <summary>The bits of the firms seen behave as a <see cref="HashSet{T}"/> of organisation numbers, over the whole
/// range of numbers, and from several threads at once each number is added exactly once.</summary>
public sealed class OrganisationNumberBitsTests
{
    // Valid numbers anywhere in the range, and many close together (the same page, the same word).
    private static readonly Gen<OrganisationNumber> s_number =
        Gen.Frequency(
            (1, Gen.Choose(0, 99_999_999)),
            (3, Gen.Choose(0, 300).Select(k => 85_000_000 + k))).Select(Complete);

    private static OrganisationNumber Complete(int firstEight)
    {
        OrganisationNumber number;
        while (!OrganisationNumber.FromFirstEightDigits(firstEight, out number))
        {
            firstEight = (firstEight + 1) % 100_000_000;
        }

        return number;
    }

    [Property(MaxTest = 200)]
    public Property TryAddAndContains_AgreeWithAHashSet() => Prop.ForAll(
        Gen.ListOf(s_number).ToArbitrary(), Gen.ListOf(s_number).ToArbitrary(), (added, probed) =>
        {
            var bits = new OrganisationNumberBits();
            var reference = new HashSet<OrganisationNumber>();
            var addsAgree = added.All(n => bits.TryAdd(n) == reference.Add(n));
            var containsAgree = probed.Concat(added).All(n => bits.Contains(n) == reference.Contains(n));
            return addsAgree && containsAgree;
        });

    [Fact]
    public void TryAdd_ExtremesOfTheRange_AreKeptApart()
    {
        var bits = new OrganisationNumberBits();
        var lowest = OrganisationNumber.FromInt32(0);
        var highest = Complete(99_999_990); // the highest first eight digits that have a check digit, or near
        Assert.True(bits.TryAdd(lowest));
        Assert.True(bits.TryAdd(highest));
        Assert.False(bits.TryAdd(lowest));
        Assert.False(bits.Contains(Complete(1)));
        Assert.True(bits.Contains(highest));
        Assert.Equal(2 * 1024, bits.PageBytes); // a page for each end
    }

    [Fact]
    public void TryAdd_FromFourThreadsAtOnce_AddsEachNumberOnce()
    {
        // Four threads add the same 200 000 numbers (in different orders): each is added by exactly one of them.
        var numbers = Enumerable.Range(0, 200_000).Select(i => Complete(80_000_000 + (i * 97))).Distinct().ToArray();
        var bits = new OrganisationNumberBits();
        var added = new int[4];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
        {
            var order = t % 2 == 0 ? numbers : numbers.Reverse().ToArray();
            added[t] = order.Count(bits.TryAdd);
        });

        Assert.Equal(numbers.Length, added.Sum());
        Assert.All(numbers, n => Assert.True(bits.Contains(n)));
    }
}
