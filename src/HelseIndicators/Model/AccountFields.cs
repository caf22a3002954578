namespace HelseIndicators.Model;

/// <summary>Ids and rules of the <see cref="AccountField"/>s.</summary>
public static class AccountFields
{
    /// <summary>Gets every field, in the column order of INDICATORS.md §3.</summary>
    public static IReadOnlyList<AccountField> All { get; } =
    [
        AccountField.Revenue, AccountField.OperatingProfit, AccountField.Depreciation, AccountField.WageCosts,
        AccountField.Employees, AccountField.Exports, AccountField.RdExpenditure,
    ];

    /// <summary>Gets the column id, such as <c>operating_profit</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined field.</exception>
    public static string Id(AccountField field) => field switch
    {
        AccountField.Revenue => "revenue",
        AccountField.OperatingProfit => "operating_profit",
        AccountField.Depreciation => "depreciation",
        AccountField.WageCosts => "wage_costs",
        AccountField.Employees => "employees",
        AccountField.Exports => "exports",
        AccountField.RdExpenditure => "rd_expenditure",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an account field."),
    };

    /// <summary>Finds a field by its column id.</summary>
    /// <param name="id">The id, such as <c>revenue</c>.</param>
    /// <param name="field">The field.</param>
    /// <returns>Whether the id names a field.</returns>
    public static bool TryParse(string? id, out AccountField field)
    {
        foreach (var f in All)
        {
            if (string.Equals(Id(f), id, StringComparison.Ordinal))
            {
                field = f;
                return true;
            }
        }

        field = default;
        return false;
    }

    /// <summary>Gets whether the field is an amount of money (all but <see cref="AccountField.Employees"/>).</summary>
    /// <param name="field">The field.</param>
    /// <returns>True for NOK fields.</returns>
    public static bool IsMoney(AccountField field) => field != AccountField.Employees;

    /// <summary>Gets whether the field may be negative (only <see cref="AccountField.OperatingProfit"/>).</summary>
    /// <param name="field">The field.</param>
    /// <returns>True when negative values are allowed.</returns>
    public static bool MayBeNegative(AccountField field) => field == AccountField.OperatingProfit;
}
