namespace HelseIndicators.Model;

/// <summary>
/// One firm's accounts for one fiscal year: a row of the firm-year panel (INDICATORS.md §3).
/// </summary>
/// <param name="OrganisationNumber">The firm.</param>
/// <param name="Year">The fiscal year: the year in which the accounting period ends.</param>
/// <remarks>
/// <para>
/// Every figure is optional: a missing figure is null and is never read as zero. Amounts are exact decimals in
/// <see cref="Currency"/>, current prices; <see cref="GetMoney"/> gives them as <see cref="Money"/>.
/// <see cref="Validate"/> checks the row rules (no negative where ≥ 0 is required, exports not above revenue).
/// </para>
/// <para>Equality: by value of every property. Thread safety: immutable, safe to share.</para>
/// </remarks>
public sealed record FirmYear(OrganisationNumber OrganisationNumber, int Year)
{
    /// <summary>Gets the firm name, or null.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the industry code, used for classification when no segment is known, or null.</summary>
    public NaceCode? NaceCode { get; init; }

    /// <summary>Gets a segment id given on the row, which overrides classification, or null.</summary>
    public string? SegmentId { get; init; }

    /// <summary>Gets the county (fylke), name or number as given, or null.</summary>
    public string? County { get; init; }

    /// <summary>Gets the currency of the amounts; NOK by default.</summary>
    public Currency Currency { get; init; }

    /// <summary>Gets driftsinntekter (operating revenue), or null.</summary>
    public decimal? Revenue { get; init; }

    /// <summary>Gets driftsresultat (operating profit, EBIT), which may be negative, or null.</summary>
    public decimal? OperatingProfit { get; init; }

    /// <summary>Gets avskrivninger og nedskrivninger (depreciation and write-downs), ≥ 0, or null.</summary>
    public decimal? Depreciation { get; init; }

    /// <summary>Gets lønnskostnader (wage costs), ≥ 0, or null.</summary>
    public decimal? WageCosts { get; init; }

    /// <summary>Gets årsverk (full-time equivalents), ≥ 0, or null.</summary>
    public decimal? Employees { get; init; }

    /// <summary>Gets export revenue, ≥ 0 and at most revenue, or null.</summary>
    public decimal? Exports { get; init; }

    /// <summary>Gets own R&amp;D expenditure (egenutført FoU), ≥ 0, or null.</summary>
    public decimal? RdExpenditure { get; init; }

    /// <summary>Gets a figure by field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The figure, or null when missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined field.</exception>
    public decimal? Get(AccountField field) => field switch
    {
        AccountField.Revenue => Revenue,
        AccountField.OperatingProfit => OperatingProfit,
        AccountField.Depreciation => Depreciation,
        AccountField.WageCosts => WageCosts,
        AccountField.Employees => Employees,
        AccountField.Exports => Exports,
        AccountField.RdExpenditure => RdExpenditure,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an account field."),
    };

    /// <summary>Returns a copy with one figure replaced.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The new figure, or null for missing.</param>
    /// <returns>The changed firm-year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined field.</exception>
    public FirmYear With(AccountField field, decimal? value) => field switch
    {
        AccountField.Revenue => this with { Revenue = value },
        AccountField.OperatingProfit => this with { OperatingProfit = value },
        AccountField.Depreciation => this with { Depreciation = value },
        AccountField.WageCosts => this with { WageCosts = value },
        AccountField.Employees => this with { Employees = value },
        AccountField.Exports => this with { Exports = value },
        AccountField.RdExpenditure => this with { RdExpenditure = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an account field."),
    };

    /// <summary>Gets an amount as money in the row's currency, current prices.</summary>
    /// <param name="field">A money field (not <see cref="AccountField.Employees"/>).</param>
    /// <returns>The amount, or null when missing.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> is <see cref="AccountField.Employees"/>.</exception>
    public Money? GetMoney(AccountField field)
    {
        if (!AccountFields.IsMoney(field))
        {
            throw new ArgumentException("Employees are full-time equivalents, not money.", nameof(field));
        }

        return Get(field) is { } amount ? new Money(amount, Currency) : null;
    }

    /// <summary>Gets the size class from <see cref="Employees"/>.</summary>
    public SizeClass SizeClass => SizeClasses.FromEmployees(Employees is < 0 ? null : Employees);

    /// <summary>
    /// Checks the row rules of INDICATORS.md §3: no negative value where ≥ 0 is required, exports not greater than
    /// revenue. The organisation number is valid by construction; duplicates are a property of a whole panel.
    /// </summary>
    /// <returns>Every problem, empty when the row is valid.</returns>
    public IReadOnlyList<FirmYearProblem> Validate()
    {
        List<FirmYearProblem>? problems = null;
        foreach (var field in AccountFields.All)
        {
            if (!AccountFields.MayBeNegative(field) && Get(field) is < 0m and var value)
            {
                (problems ??= []).Add(new FirmYearProblem(field, value,
                    $"{AccountFields.Id(field)} must not be negative; check the sign or leave the field empty if unknown"));
            }
        }

        if (Exports is { } exports && Revenue is { } revenue && exports > revenue)
        {
            (problems ??= []).Add(new FirmYearProblem(AccountField.Exports, exports,
                $"exports ({exports}) are greater than revenue ({revenue}); exports are part of revenue"));
        }

        return problems ?? (IReadOnlyList<FirmYearProblem>)[];
    }
}
