using System.Globalization;
using HelseIndicators.Model;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Display;

/// <summary>
/// How a result is shown as HTML or Markdown (in a notebook, a web page or a document): the culture of numbers and
/// words, the row cap, compact amounts, and whether the HTML carries its own style sheet.
/// </summary>
/// <remarks>
/// Defaults: culture <c>nb-NO</c>, at most 20 rows per table (then a "(N rader til)" / "(N more)" row), compact
/// amounts ("52,0 mrd."), the style sheet included, the default taxonomy for group names. Equality: by value (a
/// record). Thread safety: immutable; <see cref="Notebook"/> is a process-wide setting read by the notebook
/// formatters, safe to set from any thread.
/// </remarks>
public sealed record DisplayOptions
{
    private static DisplayOptions s_notebook = new();
    private readonly int? _maxRows = DefaultMaxRows;
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo("nb-NO");
    private readonly Taxonomy _taxonomy = Taxonomy.Default;

    /// <summary>The default row cap: 20.</summary>
    public const int DefaultMaxRows = 20;

    /// <summary>Gets the default options: Norwegian (<c>nb-NO</c>), 20 rows, compact amounts, style included.</summary>
    public static DisplayOptions Default { get; } = new();

    /// <summary>Gets options with the invariant culture (English words, "1,234.5" numbers); otherwise the defaults.</summary>
    public static DisplayOptions Invariant { get; } = new() { Culture = CultureInfo.InvariantCulture };

    /// <summary>
    /// Gets or sets the options the notebook formatters (.NET Interactive, Verso) use when a result is displayed
    /// without arguments. Default: <see cref="Default"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public static DisplayOptions Notebook
    {
        get => Volatile.Read(ref s_notebook);
        set => Volatile.Write(ref s_notebook, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Gets the culture of numbers and words. Default: <c>nb-NO</c>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public CultureInfo Culture
    {
        get => _culture;
        init => _culture = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the most rows shown per table (the rest are counted in one "(N more)" row); null shows every
    /// row. Range: ≥ 0. Default: 20.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? MaxRows
    {
        get => _maxRows;
        init => _maxRows = value is < 0
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "The row cap cannot be negative.")
            : value;
    }

    /// <summary>Gets whether NOK amounts are written compactly ("52,0 mrd.", "312,5 mill.") rather than in full.
    /// Default: true.</summary>
    public bool CompactAmounts { get; init; } = true;

    /// <summary>Gets whether HTML output starts with its own small style sheet (scoped to its CSS class). Default: true.</summary>
    public bool IncludeStyle { get; init; } = true;

    /// <summary>Gets the taxonomy that names segment and link groups. Default: <see cref="Taxonomy.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public Taxonomy Taxonomy
    {
        get => _taxonomy;
        init => _taxonomy = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the marks of suppressed, undefined and missing cells. Default: <see cref="CellMarks.Standard"/>
    /// (":" suppressed, "." undefined, ".." missing, as SSB writes them).</summary>
    public CellMarks Marks { get; init; } = CellMarks.Standard;

    /// <summary>Gets whether Norwegian words are used (the culture's language is nb, nn or no).</summary>
    public bool IsNorwegian => DisplayFormat.IsNorwegian(Culture);

    /// <summary>Gets the table options these display options stand for.</summary>
    /// <returns>Table options with the same culture, row cap, compact amounts, marks and style choice.</returns>
    public TableOptions ToTableOptions() => new(Culture)
    {
        MaxRows = MaxRows,
        CompactAmounts = CompactAmounts,
        Marks = Marks,
        IncludeStyle = IncludeStyle,
    };
}
