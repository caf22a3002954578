namespace HelseIndicators.Reporting.Tables;

/// <summary>The horizontal alignment of a table column.</summary>
/// <remarks>The values are explicit and never renumbered. The default value 0 is not a valid alignment.</remarks>
public enum ColumnAlignment
{
    /// <summary>Aligned left (text).</summary>
    Left = 1,

    /// <summary>Aligned right (numbers, so that digits line up).</summary>
    Right = 2,

    /// <summary>Centred.</summary>
    Center = 3,
}
