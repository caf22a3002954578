namespace HelseIndicators.Data.Panel;

/// <summary>
/// Thrown by a read that requires an order of the rows (<see cref="PanelCsvOptions.RequiredOrder"/>) at the first
/// firm-year out of that order; the caller reads the file again another way. Never reaches a user.
/// </summary>
internal sealed class PanelNotGroupedException(long line)
    : Exception($"Line {line} breaks the order the read requires.")
{
    /// <summary>Gets the line of the first firm-year out of order.</summary>
    public long Line { get; } = line;
}
