using Spectre.Console;

namespace HelseIndicators.Cli;

/// <summary>Where a command writes: standard output and error, and whether colour and progress bars may be used.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output has no width to detect; logs and files are read wide.
            Console.Profile.Width = 200;
        }
    }

    /// <summary>Gets standard output.</summary>
    public TextWriter Output { get; }

    /// <summary>Gets standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets whether output goes to a terminal: colour and progress bars only then.</summary>
    public bool Interactive { get; }

    /// <summary>Gets the Spectre console over <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Creates the context of the real process: colour only when stdout is a terminal and NO_COLOR is unset.</summary>
    public static CliContext ForProcess() =>
        new(System.Console.Out, System.Console.Error,
            !System.Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
}
