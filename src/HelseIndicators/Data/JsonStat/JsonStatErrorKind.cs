namespace HelseIndicators.Data.JsonStat;

/// <summary>
/// What is wrong with a JSON-stat document (or, for a few kinds, what a reader should warn about). The kinds follow the
/// error codes of the official validator (<c>jsonstat/validator</c>, given in each member's summary) where one exists.
/// </summary>
/// <remarks>Values are explicit and never renumbered.</remarks>
public enum JsonStatErrorKind
{
    /// <summary>The text is not well-formed JSON.</summary>
    Syntax = 1,

    /// <summary>The JSON nests deeper than <see cref="JsonStatReaderOptions.MaxDepth"/>.</summary>
    TooDeep = 2,

    /// <summary>The document is JSON but not JSON-stat: not an object, an unknown <c>class</c>, or no dataset in a bundle.</summary>
    NotJsonStat = 3,

    /// <summary>A required property (<c>id</c>, <c>size</c>, <c>dimension</c>, <c>category</c>) is missing.</summary>
    MissingProperty = 4,

    /// <summary>A property has the wrong JSON type (for example a number where an array is required).</summary>
    WrongType = 5,

    /// <summary>The <c>id</c> and <c>size</c> arrays differ in length (ID_SIZE_LEN_MISMATCH).</summary>
    IdSizeLengthMismatch = 6,

    /// <summary>A dimension named in <c>id</c> is missing from <c>dimension</c>, or <c>dimension</c> holds one not in <c>id</c> (DIM_KEY_ID_MISMATCH).</summary>
    DimensionKeyIdMismatch = 7,

    /// <summary>A <c>size</c> entry is not a positive integer (zero, negative, fractional, or a string when strings are not allowed).</summary>
    SizeInvalid = 8,

    /// <summary>The product of <c>size</c> exceeds <see cref="JsonStatReaderOptions.MaxCells"/>.</summary>
    TooManyCells = 9,

    /// <summary>A dimension's category count differs from its <c>size</c> entry (INDEX_COUNT_MISMATCH).</summary>
    IndexCountMismatch = 10,

    /// <summary>An object <c>category.index</c> does not hold each position 0 … n − 1 exactly once, or an array index repeats an id (INDEX_POSITIONS_INVALID).</summary>
    IndexPositionsInvalid = 11,

    /// <summary>A dimension with more than one category has no <c>category.index</c>.</summary>
    IndexMissing = 12,

    /// <summary>A <c>value</c> array's length is neither 0 nor the cell count (VALUE_LEN_MISMATCH).</summary>
    ValueLengthMismatch = 13,

    /// <summary>A key of a sparse <c>value</c> or <c>status</c> object is a position outside 0 … cells − 1 (SPARSE_KEY_OUT_OF_RANGE).</summary>
    SparseKeyOutOfRange = 14,

    /// <summary>A key of a sparse <c>value</c> or <c>status</c> object is not a non-negative integer, or is given twice.</summary>
    SparseKeyInvalid = 15,

    /// <summary>A <c>status</c> array's length is neither 1 nor the cell count (STATUS_LEN_MISMATCH).</summary>
    StatusLengthMismatch = 16,

    /// <summary>A <c>role</c> names a dimension that is not in <c>id</c> (ROLE_ID_UNKNOWN).</summary>
    RoleIdUnknown = 17,

    /// <summary>A <c>category.label</c> key is not a category id (LABEL_KEY_UNKNOWN).</summary>
    LabelKeyUnknown = 18,

    /// <summary>A <c>category.unit</c> key is not a category id (UNIT_KEY_UNKNOWN).</summary>
    UnitKeyUnknown = 19,

    /// <summary>A <c>category.coordinates</c> key is not a category id (COORD_KEY_UNKNOWN).</summary>
    CoordinatesKeyUnknown = 20,

    /// <summary>A <c>category.note</c> key is not a category id (NOTE_KEY_UNKNOWN).</summary>
    NoteKeyUnknown = 21,

    /// <summary>A <c>category.child</c> parent or child is not a category id (CHILD_ID_UNKNOWN).</summary>
    ChildIdUnknown = 22,

    /// <summary>The <c>category.child</c> hierarchy has a cycle (CHILD_CYCLE).</summary>
    ChildCycle = 23,

    /// <summary>Two dimensions share an id.</summary>
    DuplicateId = 24,

    /// <summary>A warning, not an error: a dimension with the <c>metric</c> role has no <c>category.unit</c> (METRIC_UNIT_MISSING).</summary>
    MetricUnitMissing = 25,

    /// <summary>A notice, not an error: the document is a JSON-stat 1.x style bundle, read for compatibility (BUNDLE_DEPRECATED).</summary>
    BundleDeprecated = 26,

    /// <summary>A notice, not an error: <c>size</c> was given as strings and accepted because <see cref="JsonStatReaderOptions.AllowSizeAsStrings"/> is on.</summary>
    SizeAsStrings = 27,
}
