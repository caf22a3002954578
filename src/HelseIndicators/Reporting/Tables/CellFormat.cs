namespace HelseIndicators.Reporting.Tables;

/// <summary>How the numbers of a table column are written for people.</summary>
/// <remarks>The values are explicit and never renumbered. The default value 0 is not a valid format.</remarks>
public enum CellFormat
{
    /// <summary>Text, left as it is (numbers in such a column are written with the column's decimals).</summary>
    Text = 1,

    /// <summary>A number with group separators and the column's decimals (default 1): "1 234,5".</summary>
    Number = 2,

    /// <summary>A count, with group separators and no decimals: "1 234".</summary>
    Count = 3,

    /// <summary>A ratio held as a fraction, written in percent (default 1 decimal) without the sign, which the
    /// header's unit carries: 0.4123 → "41,2" under "Export share (%)".</summary>
    Percent = 4,

    /// <summary>An amount of money (NOK); written in full ("52 000 000 000"), or compact ("52,0 mrd.") when the
    /// table options ask for compact amounts.</summary>
    Amount = 5,
}
