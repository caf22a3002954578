namespace HelseIndicators.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("helse: not built yet");
        return 2;
    }
}
