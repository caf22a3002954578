namespace HelseIndicators.Cli;

/// <summary>The exit codes of INDICATORS.md §8.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Bad data: every problem is on stderr as <c>FILE:LINE: column: message</c>.</summary>
    public const int BadData = 1;

    /// <summary>Bad usage: unknown command or option, missing or invalid argument.</summary>
    public const int BadUsage = 2;
}
