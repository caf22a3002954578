namespace HelseIndicators.Data.JsonStat;

/// <summary>What kind of JSON-stat document was read.</summary>
/// <remarks>Values are explicit and never renumbered.</remarks>
public enum JsonStatClass
{
    /// <summary>A single dataset (<c>"class": "dataset"</c>, or a dataset without <c>class</c>).</summary>
    Dataset = 1,

    /// <summary>A collection (<c>"class": "collection"</c>) whose <c>link.item</c> lists datasets, embedded or by reference.</summary>
    Collection = 2,

    /// <summary>A single dimension (<c>"class": "dimension"</c>).</summary>
    Dimension = 3,

    /// <summary>A JSON-stat 1.x bundle: <c>{"name": {dataset}, …}</c>, including SSB's old <c>{"dataset": {…}}</c>.</summary>
    Bundle = 4,
}
