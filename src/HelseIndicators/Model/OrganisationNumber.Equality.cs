namespace HelseIndicators.Model;

public readonly partial struct OrganisationNumber : IEquatable<OrganisationNumber>, IComparable<OrganisationNumber>, IComparable
{
    /// <inheritdoc/>
    public bool Equals(OrganisationNumber other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OrganisationNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <inheritdoc/>
    public int CompareTo(OrganisationNumber other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="OrganisationNumber"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        OrganisationNumber other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an OrganisationNumber.", nameof(obj)),
    };

    /// <summary>Equality by value.</summary>
    public static bool operator ==(OrganisationNumber left, OrganisationNumber right) => left.Equals(right);

    /// <summary>Inequality by value.</summary>
    public static bool operator !=(OrganisationNumber left, OrganisationNumber right) => !left.Equals(right);

    /// <summary>Ordering by value.</summary>
    public static bool operator <(OrganisationNumber left, OrganisationNumber right) => left._value < right._value;

    /// <summary>Ordering by value.</summary>
    public static bool operator >(OrganisationNumber left, OrganisationNumber right) => left._value > right._value;

    /// <summary>Ordering by value.</summary>
    public static bool operator <=(OrganisationNumber left, OrganisationNumber right) => left._value <= right._value;

    /// <summary>Ordering by value.</summary>
    public static bool operator >=(OrganisationNumber left, OrganisationNumber right) => left._value >= right._value;
}
