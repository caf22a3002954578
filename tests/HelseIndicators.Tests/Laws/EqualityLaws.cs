namespace HelseIndicators.Tests.Laws;

/// <summary>One place that checks the equality and ordering laws for a value type, as NodaTime's tests do.</summary>
public static class EqualityLaws
{
    /// <summary>Checks that two equal values agree on every equality member, and that a different value differs.</summary>
    public static void AssertEqualityLaws<T>(T value, T equalValue, T differentValue)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(equalValue));
        Assert.True(equalValue.Equals(value));
        Assert.True(value.Equals((object)equalValue));
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.False(value.Equals(differentValue));
        Assert.False(value.Equals((object?)null));
        Assert.True(Operator<T>("op_Equality", value, equalValue));
        Assert.False(Operator<T>("op_Inequality", value, equalValue));
        Assert.False(Operator<T>("op_Equality", value, differentValue));
        Assert.True(Operator<T>("op_Inequality", value, differentValue));
    }

    /// <summary>Checks that <paramref name="smaller"/> &lt; <paramref name="larger"/> under CompareTo and every operator.</summary>
    public static void AssertOrderingLaws<T>(T smaller, T larger)
        where T : IComparable<T>
    {
        Assert.True(smaller.CompareTo(larger) < 0);
        Assert.True(larger.CompareTo(smaller) > 0);
        Assert.Equal(0, smaller.CompareTo(smaller));
        Assert.True(Operator<T>("op_LessThan", smaller, larger));
        Assert.False(Operator<T>("op_LessThan", larger, smaller));
        Assert.True(Operator<T>("op_GreaterThan", larger, smaller));
        Assert.True(Operator<T>("op_LessThanOrEqual", smaller, smaller));
        Assert.True(Operator<T>("op_GreaterThanOrEqual", larger, larger));
        Assert.False(Operator<T>("op_GreaterThanOrEqual", smaller, larger));
    }

    /// <summary>Whether CompareTo is consistent with Equals and antisymmetric for two arbitrary values.</summary>
    public static bool OrderingIsConsistent<T>(T a, T b)
        where T : IComparable<T>, IEquatable<T> =>
        Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)) && (a.CompareTo(b) == 0) == a.Equals(b)
        && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());

    private static bool Operator<T>(string name, T left, T right)
    {
        var method = typeof(T).GetMethod(name, [typeof(T), typeof(T)])
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no {name}.");
        return (bool)method.Invoke(null, [left, right])!;
    }
}
