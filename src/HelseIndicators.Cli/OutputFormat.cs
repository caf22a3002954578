namespace HelseIndicators.Cli;

/// <summary>The --format of commands that print results.</summary>
internal enum OutputFormat
{
    Table = 1,
    Csv = 2,
    Json = 3,
}
