using HelseIndicators.Cli;

namespace HelseIndicators.Tests.Cli;

/// <summary>Runs the helse tool in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = HelseApp.Run(args, new CliContext(output, error, interactive: false));
        return (code, output.ToString(), error.ToString());
    }
}
