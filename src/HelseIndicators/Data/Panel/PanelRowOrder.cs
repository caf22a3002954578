namespace HelseIndicators.Data.Panel;

/// <summary>How the rows of a panel file are ordered, as far as reading it is concerned (see
/// <see cref="Aggregation.PanelFileAggregate.RowOrder"/>).</summary>
public enum PanelRowOrder
{
    /// <summary>In no order a read can use: every firm-year is kept (same-firm growth and duplicates need them).</summary>
    Unordered = 1,

    /// <summary>Each firm's rows together, its years ascending (the firms in any order): rows are summed as they come,
    /// keeping nothing per row.</summary>
    GroupedByFirm = 2,

    /// <summary>Years ascending, each firm once a year (the firms of a year in any order): rows are summed as they come,
    /// keeping the firms of two years.</summary>
    GroupedByYear = 3,
}
