using HelseIndicators.Surveys;

namespace HelseIndicators.Data.Surveys;

/// <summary>What <see cref="SurveyCsvReader"/> read: the responses used, the accounting, and why rows were rejected.</summary>
/// <remarks>Equality: by reference. Thread safety: immutable, safe to share.</remarks>
public sealed class SurveyReadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="responses">The responses used, in file order.</param>
    /// <param name="diagnostics">The accounting of the read.</param>
    /// <param name="rejections">The problems of rejected rows (lenient mode), in file order.</param>
    /// <param name="separator">The field separator detected from the header.</param>
    public SurveyReadResult(IReadOnlyList<SurveyResponse> responses, ReadDiagnostics diagnostics, IReadOnlyList<DataProblem> rejections, char separator)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(rejections);
        Responses = responses;
        Diagnostics = diagnostics;
        Rejections = rejections;
        Separator = separator;
    }

    /// <summary>Gets the responses used, in file order.</summary>
    public IReadOnlyList<SurveyResponse> Responses { get; }

    /// <summary>Gets the accounting: rows read = rows used + rows rejected, and warnings (unknown columns).</summary>
    public ReadDiagnostics Diagnostics { get; }

    /// <summary>Gets every problem of the rejected rows (empty in strict mode, which throws instead).</summary>
    public IReadOnlyList<DataProblem> Rejections { get; }

    /// <summary>Gets the field separator detected from the header: ',' (with '.' decimals) or ';' (with ',' decimals).</summary>
    public char Separator { get; }
}
