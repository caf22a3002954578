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

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"helse: {e.Message}");
            return ExitCodes.BadUsage;
        }
        catch (DataException e)
        {
            foreach (var problem in e.Problems)
            {
                context.Error.WriteLine(problem.ToString());
            }

            return ExitCodes.BadData;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"helse: {e.Message}");
            return ExitCodes.BadData;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("helse: cancelled; no output file was written.");
            return ExitCodes.BadData;
        }
    }

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
        yield return SurveyCommand.Create(context);
        yield return JsonStatCommand.Create(context);
        yield return SampleCommand.Create(context);
    }
}
