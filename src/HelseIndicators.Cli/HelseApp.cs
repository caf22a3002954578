using System.CommandLine;
using HelseIndicators.Cli.Commands;
using HelseIndicators.Data;

namespace HelseIndicators.Cli;

/// <summary>
/// The <c>helse</c> command line: builds the commands, parses, runs, and maps failures to the exit codes of
/// INDICATORS.md §8 (0 success, 1 bad data, 2 bad usage). No stack trace ever reaches the user.
/// </summary>
internal static class HelseApp
{
    public static int Run(string[] args, CliContext context)
    {
        var root = BuildRootCommand(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine($"helse: {error.Message}");
            }

            context.Error.WriteLine("Run 'helse --help' for usage.");
            return ExitCodes.BadUsage;
        }

        return Guard(() => parse.Invoke(new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        }), context.Error);
    }

    /// <summary>
    /// Runs a command body and maps every failure to an exit code and one-line messages: bad usage 2, bad data 1, and
    /// anything unexpected a one-line internal error (exit 1), never a stack trace.
    /// </summary>
    internal static int Guard(Func<int> body, TextWriter error)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            error.WriteLine($"helse: {e.Message}");
            return ExitCodes.BadUsage;
        }
        catch (DataException e)
        {
            foreach (var problem in e.Problems)
            {
                error.WriteLine(problem.ToString());
            }

            if (e.Problems.Count == 0)
            {
                error.WriteLine($"helse: {e.Message}");
            }

            return ExitCodes.BadData;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"helse: {e.Message}");
            return ExitCodes.BadData;
        }
        catch (OverflowException e)
        {
            // A sum that a decimal cannot hold exactly (ExactDecimal says which), or a number too large for one: the
            // data's amounts, not a bug.
            error.WriteLine($"helse: {OneLine(e.Message)}");
            return ExitCodes.BadData;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("helse: cancelled; no output file was written.");
            return ExitCodes.BadData;
        }
#pragma warning disable CA1031 // The last resort: whatever escapes is a bug, reported on one line, never as a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"helse: internal error: {e.GetType().Name}: {OneLine(e.Message)}, please report it");
            return ExitCodes.BadData;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    internal static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "helse: economic indicators of the Norwegian health industry (helsenæringen).\n" +
            "Example: helse report --out report/");
        foreach (var command in AllCommands(context))
        {
            root.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> AllCommands(CliContext context)
    {
        yield return ReportCommand.Create(context);
        yield return IndicatorsCommand.Create(context);
        yield return ValidateCommand.Create(context);
        yield return AuditCommand.Create(context);
        yield return SurveyCommand.Create(context);
        yield return JsonStatCommand.Create(context);
        yield return SampleCommand.Create(context);
    }
}
