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
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new DataProblem("input", 0, null, null, message)];
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    private static string Describe(IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count switch
        {
            0 => "The data could not be read.",
            1 => problems[0].ToString(),
            _ => $"{problems.Count} problems; the first: {problems[0]}",
        };
    }
}
