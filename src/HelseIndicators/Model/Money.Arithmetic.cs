namespace HelseIndicators.Model;

public readonly partial struct Money
{
    /// <summary>Adds two amounts of the same currency and price basis.</summary>
    /// <exception cref="InvalidOperationException">The currencies or price bases differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right)
    {
        RequireCompatible(left, right, "add");
        return new Money(left.Amount + right.Amount, left.Currency, left.PriceBasis);
    }

    /// <summary>Subtracts two amounts of the same currency and price basis.</summary>
    /// <exception cref="InvalidOperationException">The currencies or price bases differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right)
    {
        RequireCompatible(left, right, "subtract");
        return new Money(left.Amount - right.Amount, left.Currency, left.PriceBasis);
    }

    /// <summary>Negates an amount.</summary>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency, value.PriceBasis);

    /// <summary>Scales an amount.</summary>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Money left, decimal right) => new(left.Amount * right, left.Currency, left.PriceBasis);

    /// <summary>Scales an amount.</summary>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(decimal left, Money right) => right * left;

    /// <summary>Divides an amount.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is 0.</exception>
    public static Money operator /(Money left, decimal right) => new(left.Amount / right, left.Currency, left.PriceBasis);

    /// <summary>The ratio of two amounts of the same currency and price basis (NOK / NOK → ratio).</summary>
    /// <exception cref="InvalidOperationException">The currencies or price bases differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is 0.</exception>
    public static Ratio operator /(Money left, Money right)
    {
        RequireCompatible(left, right, "divide");
        return Ratio.FromFraction(left.Amount / right.Amount);
    }

    /// <summary>Adds two amounts; see the + operator.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts two amounts; see the - operator.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money Negate(Money value) => -value;

    /// <summary>Scales an amount.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product.</returns>
    public static Money Multiply(Money left, decimal right) => left * right;

    /// <summary>Divides an amount by a number.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient.</returns>
    public static Money Divide(Money left, decimal right) => left / right;

    /// <summary>The ratio of two compatible amounts.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator.</param>
    /// <returns>The ratio.</returns>
    public static Ratio Divide(Money left, Money right) => left / right;
}
