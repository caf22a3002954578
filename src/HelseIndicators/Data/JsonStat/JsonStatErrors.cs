namespace HelseIndicators.Data.JsonStat;

/// <summary>Reads the <see cref="JsonStatErrorKind"/> that <see cref="JsonStatReader"/> attaches to the
/// <see cref="DataException"/> it throws.</summary>
public static class JsonStatErrors
{
    /// <summary>The key under which the kind is stored in <see cref="Exception.Data"/>.</summary>
    public const string KindKey = "HelseIndicators.JsonStat.ErrorKind";

    /// <summary>The key under which the JSON path is stored in <see cref="Exception.Data"/>.</summary>
    public const string PathKey = "HelseIndicators.JsonStat.Path";

    /// <summary>Gets the kind of a JSON-stat read error.</summary>
    /// <param name="exception">The exception thrown by <see cref="JsonStatReader"/>.</param>
    /// <returns>The kind, or null when the exception did not come from the JSON-stat reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static JsonStatErrorKind? JsonStatErrorKind(this DataException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Data[KindKey] is JsonStatErrorKind kind ? kind : null;
    }

    /// <summary>Gets the JSON path of a JSON-stat read error, such as <c>$.dimension.sex.category.index</c>.</summary>
    /// <param name="exception">The exception thrown by <see cref="JsonStatReader"/>.</param>
    /// <returns>The path, or null when the exception did not come from the JSON-stat reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string? JsonStatPath(this DataException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Data[PathKey] as string;
    }

    internal static DataException Create(string source, JsonStatErrorKind kind, string path, string message, string? value, long line = 0)
    {
        var problem = new DataProblem(source, line, path, value, $"{message} [{kind}]");
        var exception = new DataException(problem);
        exception.Data[KindKey] = kind;
        exception.Data[PathKey] = path;
        return exception;
    }
}
