namespace HelseIndicators.Model;

public readonly partial struct NaceCode : IEquatable<NaceCode>, IComparable<NaceCode>, IComparable
{
    /// <inheritdoc/>
    public bool Equals(NaceCode other) =>
        Version == other.Version && _section == other._section
        && (ReferenceEquals(Digits, other.Digits) || string.Equals(Digits, other.Digits, StringComparison.Ordinal)); // a reader's codes share their digits

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NaceCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Version, _section, string.GetHashCode(Digits, StringComparison.Ordinal));

    /// <inheritdoc/>
    public int CompareTo(NaceCode other)
    {
        var c = Version.CompareTo(other.Version);
        if (c != 0)
        {
            return c;
        }

        // Section-only codes sort before the digits of their section; codes with digits sort by digits.
        if (Digits.Length == 0 || other.Digits.Length == 0)
        {
            c = _section.CompareTo(other._section);
            return c != 0 ? c : Digits.Length.CompareTo(other.Digits.Length);
        }

        return string.CompareOrdinal(Digits, other.Digits);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="NaceCode"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        NaceCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a NaceCode.", nameof(obj)),
    };

    /// <summary>Equality by version, section and digits.</summary>
    public static bool operator ==(NaceCode left, NaceCode right) => left.Equals(right);

    /// <summary>Inequality by version, section and digits.</summary>
    public static bool operator !=(NaceCode left, NaceCode right) => !left.Equals(right);

    /// <summary>Ordering; see <see cref="CompareTo(NaceCode)"/>.</summary>
    public static bool operator <(NaceCode left, NaceCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering; see <see cref="CompareTo(NaceCode)"/>.</summary>
    public static bool operator >(NaceCode left, NaceCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering; see <see cref="CompareTo(NaceCode)"/>.</summary>
    public static bool operator <=(NaceCode left, NaceCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering; see <see cref="CompareTo(NaceCode)"/>.</summary>
    public static bool operator >=(NaceCode left, NaceCode right) => left.CompareTo(right) >= 0;
}
