namespace HelseIndicators.Cli;

/// <summary>A command line that parses but does not make sense (for example --deflator without --base-year); exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
