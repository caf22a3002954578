using System.Globalization;
using System.Numerics;

namespace HelseIndicators.Disclosure.Solving;

/// <summary>
/// An exact fraction of two <see cref="BigInteger"/> values, always normalised: the numerator and the denominator
/// have no common factor and the denominator is positive (<c>new Rational(6, -8)</c> is -3/4).
/// </summary>
/// <remarks>
/// Default value: 0. Equality and ordering: by value. <see cref="ToString"/> is culture invariant: "3/4", "-2".
/// Integers (denominator 1) take a fast path without a greatest common divisor, which is the common case in
/// disclosure control, where the coefficients of a table's equations are 0 and ±1.
/// Thread safety: an immutable value type, safe to share.
/// </remarks>
internal readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private static readonly BigInteger s_decimalMantissaLimit = BigInteger.One << 96;

    private readonly BigInteger _numerator;

    // Zero in the default value; read through Denominator, which reads it as 1.
    private readonly BigInteger _denominator;

    /// <summary>Initialises a fraction and normalises it.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator, not 0.</param>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is 0.</exception>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("The denominator of a rational number is 0.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        if (!denominator.IsOne)
        {
            var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            if (!gcd.IsOne)
            {
                numerator /= gcd;
                denominator /= gcd;
            }
        }

        _numerator = numerator;
        _denominator = denominator;
    }

    /// <summary>Initialises an integer.</summary>
    /// <param name="value">The integer.</param>
    public Rational(BigInteger value)
    {
        _numerator = value;
        _denominator = BigInteger.One;
    }

    // Already normalised: no checks.
    private Rational(BigInteger numerator, BigInteger denominator, bool normalised)
    {
        _ = normalised;
        _numerator = numerator;
        _denominator = denominator;
    }

    /// <summary>Gets 0.</summary>
    public static Rational Zero => default;

    /// <summary>Gets 1.</summary>
    public static Rational One => new(BigInteger.One);

    /// <summary>Gets the numerator, which carries the sign.</summary>
    public BigInteger Numerator => _numerator;

    /// <summary>Gets the denominator, always positive.</summary>
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    /// <summary>Gets a value indicating whether this is 0.</summary>
    public bool IsZero => _numerator.IsZero;

    /// <summary>Gets a value indicating whether this is an integer (denominator 1).</summary>
    public bool IsInteger => Denominator.IsOne;

    /// <summary>Gets -1, 0 or 1 as this is negative, 0 or positive.</summary>
    public int Sign => _numerator.Sign;

    /// <summary>Converts an integer.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator Rational(int value) => new(new BigInteger(value));

    /// <summary>Converts an integer.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator Rational(long value) => new(new BigInteger(value));

    /// <summary>Converts an integer.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator Rational(BigInteger value) => new(value);

    /// <summary>Returns the value.</summary>
    /// <param name="value">The value.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static Rational operator +(Rational value) => value;

    /// <summary>Negates a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>-<paramref name="value"/>.</returns>
    public static Rational operator -(Rational value) => new(-value._numerator, value.Denominator, normalised: true);

    /// <summary>Adds two values exactly.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The sum.</returns>
    public static Rational operator +(Rational left, Rational right)
    {
        if (right.IsZero)
        {
            return left;
        }

        if (left.IsZero)
        {
            return right;
        }

        var (ld, rd) = (left.Denominator, right.Denominator);
        if (ld.IsOne && rd.IsOne)
        {
            return new Rational(left._numerator + right._numerator);
        }

        return new Rational((left._numerator * rd) + (right._numerator * ld), ld * rd);
    }

    /// <summary>Subtracts two values exactly.</summary>
    /// <param name="left">The value subtracted from.</param>
    /// <param name="right">The value subtracted.</param>
    /// <returns>The difference.</returns>
    public static Rational operator -(Rational left, Rational right) => left + (-right);

    /// <summary>Multiplies two values exactly.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns>The product.</returns>
    public static Rational operator *(Rational left, Rational right)
    {
        if (left.IsZero || right.IsZero)
        {
            return Zero;
        }

        var (ld, rd) = (left.Denominator, right.Denominator);
        if (ld.IsOne && rd.IsOne)
        {
            return new Rational(left._numerator * right._numerator);
        }

        return new Rational(left._numerator * right._numerator, ld * rd);
    }

    /// <summary>Divides two values exactly.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor, not 0.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is 0.</exception>
    public static Rational operator /(Rational left, Rational right)
    {
        if (right.IsZero)
        {
            throw new DivideByZeroException("Division of a rational number by 0.");
        }

        return new Rational(left._numerator * right.Denominator, left.Denominator * right._numerator);
    }

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Rational left, Rational right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Rational left, Rational right) => !left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(Rational left, Rational right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    public static bool operator >(Rational left, Rational right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> is at most <paramref name="right"/>.</returns>
    public static bool operator <=(Rational left, Rational right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> is at least <paramref name="right"/>.</returns>
    public static bool operator >=(Rational left, Rational right) => left.CompareTo(right) >= 0;

    /// <summary>Converts a decimal exactly: 1.25m is 5/4.</summary>
    /// <param name="value">The decimal.</param>
    /// <returns>The same number as a fraction.</returns>
    public static Rational FromDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger((uint)bits[0])
                       | (new BigInteger((uint)bits[1]) << 32)
                       | (new BigInteger((uint)bits[2]) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[3] < 0)
        {
            mantissa = -mantissa;
        }

        return new Rational(mantissa, BigInteger.Pow(10, scale));
    }

    /// <summary>Returns the absolute value.</summary>
    /// <returns>|this|.</returns>
    public Rational Abs() => Sign < 0 ? -this : this;

    /// <summary>Returns the nearest double, for any size of fraction (a subnormal result may be off by one unit).</summary>
    /// <returns>The value as a double; ±infinity beyond the range of double.</returns>
    public double ToDouble()
    {
        if (IsZero)
        {
            return 0d;
        }

        // A quotient of 62 or 63 bits, its last bit set when inexact (a sticky bit), then rounded once by the
        // conversion from long and scaled by a power of two: correctly rounded, and no overflow on the way.
        var denominator = Denominator;
        var magnitude = BigInteger.Abs(_numerator);
        var shift = 62 - (int)(magnitude.GetBitLength() - denominator.GetBitLength());
        var quotient = shift >= 0
            ? BigInteger.DivRem(magnitude << shift, denominator, out var remainder)
            : BigInteger.DivRem(magnitude, denominator << -shift, out remainder);
        var bits = (long)quotient | (remainder.IsZero ? 0L : 1L);
        return _numerator.Sign * Math.ScaleB(bits, -shift);
    }

    /// <summary>
    /// Returns the value as a decimal: exactly when it has a finite decimal expansion that fits a decimal, otherwise the
    /// nearest decimal at the largest scale that fits (halves rounded away from 0).
    /// </summary>
    /// <returns>The decimal.</returns>
    /// <exception cref="OverflowException">The magnitude is beyond <see cref="decimal.MaxValue"/>.</exception>
    public decimal ToDecimal()
    {
        var denominator = Denominator;
        for (var scale = 28; scale >= 0; scale--)
        {
            var scaled = _numerator * BigInteger.Pow(10, scale);
            var quotient = BigInteger.DivRem(scaled, denominator, out var remainder);
            if (BigInteger.Abs(remainder) * 2 >= denominator)
            {
                quotient += scaled.Sign;
            }

            var magnitude = BigInteger.Abs(quotient);
            if (magnitude < s_decimalMantissaLimit)
            {
                var bytes = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
                Span<byte> padded = stackalloc byte[12];
                bytes.CopyTo(padded);
                var lo = BitConverter.ToInt32(padded[..4]);
                var mid = BitConverter.ToInt32(padded[4..8]);
                var hi = BitConverter.ToInt32(padded[8..12]);
                return new decimal(lo, mid, hi, quotient.Sign < 0, (byte)scale);
            }
        }

        throw new OverflowException($"{this} is beyond the range of decimal.");
    }

    /// <inheritdoc/>
    public bool Equals(Rational other) => _numerator == other._numerator && Denominator == other.Denominator;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_numerator, Denominator);

    /// <inheritdoc/>
    public int CompareTo(Rational other)
    {
        var (ld, rd) = (Denominator, other.Denominator);
        return ld.IsOne && rd.IsOne
            ? _numerator.CompareTo(other._numerator)
            : (_numerator * rd).CompareTo(other._numerator * ld);
    }

    /// <summary>Formats the fraction culture invariantly: "3/4", "-2".</summary>
    /// <returns>The numerator, and "/" and the denominator when it is not 1.</returns>
    public override string ToString()
    {
        var denominator = Denominator;
        var numerator = _numerator.ToString(CultureInfo.InvariantCulture);
        return denominator.IsOne ? numerator : numerator + "/" + denominator.ToString(CultureInfo.InvariantCulture);
    }
}
