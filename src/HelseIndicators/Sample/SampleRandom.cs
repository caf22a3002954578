using System.Numerics;

namespace HelseIndicators.Sample;

/// <summary>
/// The sample's own pseudo-random generator: xoshiro256** (Blackman and Vigna), seeded through SplitMix64, with
/// uniform, normal and lognormal draws built on <see cref="SampleMath"/>.
/// </summary>
/// <remarks>
/// <see cref="System.Random"/> is not used because its sequences are not guaranteed stable across .NET versions.
/// Every operation here is integer arithmetic or IEEE 754 double arithmetic (+, −, ×, ÷, √), which is exact to
/// the bit on every conforming platform, so a seed gives the same draws everywhere. Not thread-safe: one instance
/// per enumeration.
/// </remarks>
internal sealed class SampleRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator from a seed.</summary>
    public SampleRandom(ulong seed) => Reset(seed);

    /// <summary>Restarts the generator from a seed (any value, 0 included).</summary>
    public void Reset(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>One step of SplitMix64 (Steele, Lea and Flood): a good 64-bit mixer of a counter.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Mixes two values into one seed.</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var state = a ^ (b * 0xD1B54A32D192ED03UL);
        return SplitMix64(ref state);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>A uniform double in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public double Uniform(double low, double high) => low + (high - low) * NextDouble();

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A uniform integer in [0, <paramref name="n"/>), n ≥ 1 (Lemire's multiply-shift; bias below 2⁻³²).</summary>
    public int NextInt(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    /// <summary>A standard normal draw (Marsaglia's polar method, one value per accepted pair).</summary>
    public double NextNormal()
    {
        while (true)
        {
            var u = 2.0 * NextDouble() - 1.0;
            var v = 2.0 * NextDouble() - 1.0;
            var s = u * u + v * v;
            if (s > 0.0 && s < 1.0)
            {
                return u * Math.Sqrt(-2.0 * SampleMath.Log(s) / s);
            }
        }
    }

    /// <summary>A lognormal draw: exp(μ + σZ).</summary>
    public double NextLogNormal(double mu, double sigma) => SampleMath.Exp(mu + sigma * NextNormal());
}
