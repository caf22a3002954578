namespace HelseIndicators.Data.Panel;

/// <summary>
/// Thrown by a read that requires rows grouped by firm (<see cref="PanelCsvOptions.RequireFirmGrouped"/>) at the first
/// firm-year out of that order; the caller reads the file again the general way. Never reaches a user.
/// </summary>
internal sealed class PanelNotGroupedException(long line)
    : Exception($"Line {line} breaks the grouping by firm (a firm's rows together, its years ascending).")
{
    /// <summary>Gets the line of the first firm-year out of order.</summary>
    public long Line { get; } = line;
}
