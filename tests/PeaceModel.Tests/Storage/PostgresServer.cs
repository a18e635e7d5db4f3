using System.Diagnostics;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Storage;

/// <summary>
/// A PostgreSQL server for the storage tests: the one <c>.ci/run</c> started (its connection string in
/// <c>PEACEMODEL_POSTGRES</c>), or else a throwaway one started here with <c>.ci/postgres.sh</c> and
/// stopped when the tests end.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? ownDirectory;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable("PEACEMODEL_POSTGRES") is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        var output = Run("start");
        var parts = output.Trim().Split(' ');
        ownDirectory = parts[0];
        ConnectionString = $"Host=127.0.0.1;Port={parts[1]};Username=postgres;Database=postgres;Pooling=false";
    }

    public string ConnectionString { get; }

    public void Dispose()
    {
        if (ownDirectory is not null)
        {
            Run("stop", ownDirectory);
        }
    }

    private static string Run(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryFiles.Root, ".ci", "postgres.sh"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($".ci/postgres.sh {string.Join(' ', args)} failed ({process.ExitCode}): {error}");
    }
}
