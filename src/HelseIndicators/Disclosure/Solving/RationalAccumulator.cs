namespace HelseIndicators.Disclosure.Solving;

/// <summary>
/// A dense scratch vector of rationals that remembers which entries were touched, so that a sparse sum of sparse
/// vectors costs the entries touched, not the length (Gilbert, Moler and Schreiber's sparse accumulator).
/// </summary>
/// <remarks>Thread safety: not thread-safe; one accumulator per owner.</remarks>
internal sealed class RationalAccumulator
{
    private readonly List<int> _touched = [];
    private Rational[] _values;
    private bool[] _isTouched;

    /// <summary>Initialises an accumulator of zeros.</summary>
    /// <param name="length">The initial length; <see cref="EnsureLength"/> grows it.</param>
    public RationalAccumulator(int length)
    {
        _values = new Rational[length];
        _isTouched = new bool[length];
    }

    /// <summary>Grows the accumulator to hold at least <paramref name="length"/> entries.</summary>
    /// <param name="length">The length needed.</param>
    public void EnsureLength(int length)
    {
        if (length > _values.Length)
        {
            var newLength = Math.Max(length, _values.Length * 2);
            Array.Resize(ref _values, newLength);
            Array.Resize(ref _isTouched, newLength);
        }
    }

    /// <summary>Gets the value accumulated at an index.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The value.</returns>
    public Rational this[int index] => _values[index];

    /// <summary>Adds a value at an index.</summary>
    /// <param name="index">The index.</param>
    /// <param name="value">The value added.</param>
    public void Add(int index, Rational value)
    {
        if (!_isTouched[index])
        {
            _isTouched[index] = true;
            _touched.Add(index);
        }

        _values[index] += value;
    }

    /// <summary>Adds <c>factor * vector</c>.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="vector">The vector.</param>
    public void AddScaled(Rational factor, SparseRationalVector vector)
    {
        var indices = vector.Indices;
        var values = vector.Values;
        for (var i = 0; i < indices.Length; i++)
        {
            Add(indices[i], factor * values[i]);
        }
    }

    /// <summary>Returns the non-zero entries as a sparse vector and resets the accumulator to zeros.</summary>
    /// <returns>The accumulated vector.</returns>
    public SparseRationalVector ToVectorAndClear()
    {
        _touched.Sort();
        var indices = new List<int>(_touched.Count);
        var values = new List<Rational>(_touched.Count);
        foreach (var index in _touched)
        {
            if (!_values[index].IsZero)
            {
                indices.Add(index);
                values.Add(_values[index]);
            }

            _values[index] = Rational.Zero;
            _isTouched[index] = false;
        }

        _touched.Clear();
        return indices.Count == 0 ? SparseRationalVector.Empty : new SparseRationalVector([.. indices], [.. values]);
    }
}
