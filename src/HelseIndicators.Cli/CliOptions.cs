using System.CommandLine;

namespace HelseIndicators.Cli;

/// <summary>Options shared by several commands, and their checks.</summary>
internal static class CliOptions
{
    public static Option<OutputFormat> Format(OutputFormat defaultFormat, params OutputFormat[] allowed)
    {
        var option = new Option<OutputFormat>("--format")
        {
            Description = $"Output format: {string.Join(", ", allowed.Select(Name))} (default {Name(defaultFormat)}).",
            DefaultValueFactory = _ => defaultFormat,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : Name(defaultFormat);
                foreach (var format in allowed)
                {
                    if (string.Equals(Name(format), text, StringComparison.OrdinalIgnoreCase))
                    {
                        return format;
                    }
                }

                result.AddError($"--format must be one of {string.Join(", ", allowed.Select(Name))}, not '{text}'.");
                return defaultFormat;
            },
        };
        return option;
    }

    public static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Table => "table",
        OutputFormat.Csv => "csv",
        OutputFormat.Json => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static void RequireFile(string path, string option)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{option}: the file '{path}' does not exist.");
        }
    }

    /// <summary>The <c>--protection-level P</c> option of the commands that publish indicators (INDICATORS.md §5.1).</summary>
    public static Option<decimal?> ProtectionLevelOption() => new("--protection-level")
    {
        Description = "The protection level p of secondary suppression: no sensitive cell or firm's value v can be narrowed to within v ± p·|v| (default 0.1).",
    };
}
