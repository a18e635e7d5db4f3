using System.Text;

namespace PeaceModel.Cli.Tests.Support;

/// <summary>The outcome of one run of the command line.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <c>peacemodel</c> in this process, with the given standard input.</summary>
    public static async Task<CliRun> InProcessAsync(string[] args, string? standardInput = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment
        {
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput ?? string.Empty)),
            Out = output,
            Error = error,
        };
        var exitCode = await PeaceModelCli.RunAsync(args, environment);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
