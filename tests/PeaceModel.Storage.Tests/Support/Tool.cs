using System.Diagnostics;

namespace PeaceModel.Storage.Tests.Support;

/// <summary>Runs <c>peacemodel</c> (the built <c>PeaceModel.Cli.dll</c>) as a child process, as a user would.</summary>
internal static class Tool
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "PeaceModel.Cli.dll");

    public static Process Start(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("PEACEMODEL_STORE");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    public static Task<Result> RunAsync(params string[] args) => RunWithAsync(null, null, args);

    public static async Task<Result> RunWithAsync(string? standardInput, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var process = Start(environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }
}
