namespace HelseIndicators.Cli;

internal static class Program
{
    public static int Main(string[] args) => HelseApp.Run(args, CliContext.ForProcess());
}
