namespace PeaceModel.Cli;

/// <summary>What a command reads from and writes to, so that tests can run commands in-process.</summary>
internal sealed class CliEnvironment
{
    public required Func<Stream> OpenStandardInput { get; init; }

    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Gets whether standard error is a terminal: only then is progress shown.</summary>
    public bool ErrorIsTerminal { get; init; }

    public static CliEnvironment FromConsole()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliEnvironment
        {
            OpenStandardInput = Console.OpenStandardInput,
            Out = output,
            Error = error,
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };
    }
}
