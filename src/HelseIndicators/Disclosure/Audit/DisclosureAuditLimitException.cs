namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// Thrown by <see cref="DisclosureAudit.Run"/> when the publication's equations involve more unknowns than
/// <see cref="DisclosureAuditOptions.MaxUnknowns"/> allows: the audit would take too long. Audit the publication in
/// parts (fewer breakdowns or years at a time), or raise the limit.
/// </summary>
public sealed class DisclosureAuditLimitException : Exception
{
    /// <summary>Creates the exception for a count of unknowns above a limit.</summary>
    /// <param name="unknowns">The unknowns the audit would solve for.</param>
    /// <param name="limit">The limit.</param>
    public DisclosureAuditLimitException(int unknowns, int limit)
        : base(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The publication's equations involve {unknowns} unknowns (after merging interchangeable firm-years), more than the limit of {limit}; audit fewer breakdowns or years at a time, or raise the limit."))
    {
        Unknowns = unknowns;
        Limit = limit;
    }

    /// <summary>Creates the exception with a message.</summary>
    public DisclosureAuditLimitException()
        : this("The audit is too large.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public DisclosureAuditLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DisclosureAuditLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the number of unknowns the audit would solve for (0 when not given).</summary>
    public int Unknowns { get; }

    /// <summary>Gets the limit exceeded (0 when not given).</summary>
    public int Limit { get; }
}
