namespace HelseIndicators.Data;

/// <summary>
/// Thrown when a read in strict mode finds problems, or an input cannot be read at all. Holds every problem
/// found, not only the first.
/// </summary>
public sealed class DataException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem, at least one.</param>
    public DataException(IReadOnlyList<DataProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
        TotalCount = problems.Count;
    }

    /// <summary>Creates the exception from a capped listing of problems and the count of all problems found.</summary>
    /// <param name="problems">The problems listed (the listing may end with an "…and N more" entry).</param>
    /// <param name="totalCount">How many problems were found in all, listed or not.</param>
    public DataException(IReadOnlyList<DataProblem> problems, long totalCount)
        : base(Describe(problems, totalCount))
    {
        Problems = problems;
        TotalCount = totalCount;
    }

    /// <summary>Creates the exception for a single problem.</summary>
    /// <param name="problem">The problem.</param>
    public DataException(DataProblem problem)
        : this([problem])
    {
    }

    /// <summary>Creates an exception with a message and no located problem.</summary>
    public DataException()
        : this("The data could not be read.")
    {
    }

    /// <summary>Creates an exception with a message and no located problem.</summary>
    /// <param name="message">The message.</param>
    public DataException(string message)
        : base(message)
    {
        Problems = [new DataProblem("input", 0, null, null, message)];
        TotalCount = 1;
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new DataProblem("input", 0, null, null, message)];
        TotalCount = 1;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>Gets how many problems were found in all; more than <see cref="Problems"/> holds when the listing was capped.</summary>
    public long TotalCount { get; }

    private static string Describe(IReadOnlyList<DataProblem> problems, long totalCount = -1)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (totalCount > 1 && problems.Count > 0)
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{totalCount} problems; the first: {problems[0]}");
        }

        return problems.Count switch
        {
            0 => "The data could not be read.",
            1 => problems[0].ToString(),
            _ => $"{problems.Count} problems; the first: {problems[0]}",
        };
    }
}
