using Spectre.Console;

namespace HelseIndicators.Cli;

/// <summary>A progress bar on long reads, on a terminal only; elsewhere the work just runs.</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, showing the bytes of <paramref name="path"/> read so far.</summary>
    public static T ForFile<T>(CliContext context, string description, string path, Func<IProgress<long>?, T> work)
    {
        var length = File.Exists(path) ? new FileInfo(path).Length : 0;
        if (!context.Interactive || length < 8 << 20)
        {
            return work(null);
        }

        T result = default!;
        context.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(description, maxValue: length);
                result = work(new Progress(task));
            });
        return result;
    }

    private sealed class Progress(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = value;
    }
}
