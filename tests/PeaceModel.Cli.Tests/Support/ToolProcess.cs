using System.Diagnostics;
using System.Text;

namespace PeaceModel.Cli.Tests.Support;

/// <summary>Runs the built tool as its own process: <c>dotnet PeaceModel.Cli.dll ...</c>.</summary>
internal static class ToolProcess
{
    private static readonly string ToolPath = Path.Combine(AppContext.BaseDirectory, "PeaceModel.Cli.dll");

    public static async Task<CliRun> RunAsync(string[] args, byte[]? standardInput = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(ToolPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }
}
