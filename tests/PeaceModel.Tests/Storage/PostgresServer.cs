using System.Diagnostics;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Storage;

/// <summary>
/// A PostgreSQL server for the storage tests: the one <c>.ci/run</c> started (its connection string in
/// <c>PEACEMODEL_POSTGRES</c>), or else a throwaway one started here with <c>.ci/postgres.sh</c> and
/// stopped when the tests end. Where none can be started (PostgreSQL not installed), the tests are
/// reported as skipped with the reason, except in CI (<c>CI=true</c>), which requires them.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string script;
    private readonly string? ownDirectory;

    public PostgresServer()
        : this(
            Environment.GetEnvironmentVariable("PEACEMODEL_POSTGRES"),
            Path.Combine(RepositoryFiles.Root, ".ci", "postgres.sh"),
            required: Environment.GetEnvironmentVariable("CI") == "true")
    {
    }

    /// <summary>Uses the server at <paramref name="given"/>, or starts one with <paramref name="script"/>; <paramref name="required"/> makes a failure to start an error rather than a reason to skip.</summary>
    internal PostgresServer(string? given, string script, bool required)
    {
        this.script = script;
        if (given is { Length: > 0 })
        {
            ConnectionString = given;
            return;
        }

        string output;
        try
        {
            output = Run("start");
        }
        catch (InvalidOperationException ex) when (!required)
        {
            Unavailable = $"no PostgreSQL server could be started, so the storage round trips did not run (install PostgreSQL: apt-get install postgresql; CI requires them): {ex.Message}";
            ConnectionString = string.Empty;
            return;
        }

        var parts = output.Trim().Split(' ');
        ownDirectory = parts[0];
        ConnectionString = $"Host=127.0.0.1;Port={parts[1]};Username=postgres;Database=postgres;Pooling=false";
    }

    public string ConnectionString { get; }

    /// <summary>Gets why no server could be had, or <see langword="null"/> when there is one.</summary>
    public string? Unavailable { get; }

    public void Dispose()
    {
        if (ownDirectory is not null)
        {
            Run("stop", ownDirectory);
        }
    }

    private string Run(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
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
