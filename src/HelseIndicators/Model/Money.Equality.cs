namespace HelseIndicators.Model;

public readonly partial struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <inheritdoc/>
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency && PriceBasis == other.PriceBasis;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency, PriceBasis);

    /// <summary>Compares two amounts of the same currency and price basis.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>The sign of this amount minus <paramref name="other"/>.</returns>
    /// <exception cref="InvalidOperationException">The currencies or price bases differ.</exception>
    public int CompareTo(Money other)
    {
        RequireCompatible(this, other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Equality by amount, currency and price basis.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality by amount, currency and price basis.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Ordering of compatible amounts.</summary>
    /// <exception cref="InvalidOperationException">The currencies or price bases differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Ordering of compatible amounts.</summary>
    /// <exception cref="InvalidOperationException">The currencies or price bases differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Ordering of compatible amounts.</summary>
    /// <exception cref="InvalidOperationException">The currencies or price bases differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering of compatible amounts.</summary>
    /// <exception cref="InvalidOperationException">The currencies or price bases differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;
}
