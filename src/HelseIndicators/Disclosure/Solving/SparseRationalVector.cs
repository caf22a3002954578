namespace HelseIndicators.Disclosure.Solving;

/// <summary>
/// An immutable sparse vector of rationals: the indices in increasing order, each with a non-zero value.
/// </summary>
/// <remarks>Thread safety: immutable, safe to share.</remarks>
internal sealed class SparseRationalVector
{
    /// <summary>Initialises a vector from indices in increasing order and their non-zero values (taken, not copied).</summary>
    /// <param name="indices">The indices, increasing.</param>
    /// <param name="values">The values, none 0.</param>
    public SparseRationalVector(int[] indices, Rational[] values)
    {
        Indices = indices;
        Values = values;
    }

    /// <summary>Gets the empty vector.</summary>
    public static SparseRationalVector Empty { get; } = new([], []);

    /// <summary>Gets the indices of the non-zero entries, in increasing order.</summary>
    public int[] Indices { get; }

    /// <summary>Gets the non-zero values, matching <see cref="Indices"/>.</summary>
    public Rational[] Values { get; }

    /// <summary>Gets the number of non-zero entries.</summary>
    public int Count => Indices.Length;

    /// <summary>Returns the value at an index, 0 when absent.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The value.</returns>
    public Rational this[int index]
    {
        get
        {
            var at = Array.BinarySearch(Indices, index);
            return at >= 0 ? Values[at] : Rational.Zero;
        }
    }

    /// <summary>Returns this vector times a factor.</summary>
    /// <param name="factor">The factor, not 0.</param>
    /// <returns>The scaled vector.</returns>
    public SparseRationalVector Scale(Rational factor)
    {
        var values = new Rational[Values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Values[i] * factor;
        }

        return new SparseRationalVector(Indices, values);
    }

    /// <summary>
    /// Returns <c>this - factor * other</c> by a merge of the two index lists, and reports the indices that appear
    /// (absent here, present in the result) and those that cancel (present here, absent in the result).
    /// </summary>
    /// <param name="factor">The factor of <paramref name="other"/>.</param>
    /// <param name="other">The vector subtracted.</param>
    /// <param name="appeared">Receives the indices new in the result; may be null.</param>
    /// <param name="cancelled">Receives the indices that became 0; may be null.</param>
    /// <returns>The difference.</returns>
    public SparseRationalVector SubtractScaled(Rational factor, SparseRationalVector other, List<int>? appeared, List<int>? cancelled)
    {
        var indices = new int[Count + other.Count];
        var values = new Rational[indices.Length];
        int a = 0, b = 0, n = 0;
        while (a < Count || b < other.Count)
        {
            var ia = a < Count ? Indices[a] : int.MaxValue;
            var ib = b < other.Count ? other.Indices[b] : int.MaxValue;
            if (ia < ib)
            {
                indices[n] = ia;
                values[n++] = Values[a++];
            }
            else if (ib < ia)
            {
                indices[n] = ib;
                values[n++] = -(factor * other.Values[b++]);
                appeared?.Add(ib);
            }
            else
            {
                var value = Values[a++] - (factor * other.Values[b++]);
                if (value.IsZero)
                {
                    cancelled?.Add(ia);
                }
                else
                {
                    indices[n] = ia;
                    values[n++] = value;
                }
            }
        }

        Array.Resize(ref indices, n);
        Array.Resize(ref values, n);
        return new SparseRationalVector(indices, values);
    }
}
