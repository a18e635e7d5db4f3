using System.Diagnostics;
using Npgsql;
using PeaceModel.Tests.Support;

namespace PeaceModel.Storage.Tests.Support;

/// <summary>
/// The PostgreSQL server of the store tests: the one <c>.ci/run</c> started (<c>PEACEMODEL_POSTGRES</c>), or else a
/// throwaway one on 127.0.0.1 started with <c>.ci/postgres.sh</c> and stopped when the tests end. When neither can be
/// had, every PostgreSQL test fails with the reason: the store's behaviour on PostgreSQL is never silently skipped.
/// Each store gets a schema of its own.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? ownDirectory;
    private int schemas;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable("PEACEMODEL_POSTGRES") is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        try
        {
            var output = Script("start").Trim().Split(' ');
            ownDirectory = output[0];
            ConnectionString = $"Host=127.0.0.1;Port={output[1]};Username=postgres;Database=postgres;Pooling=false";
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Unavailable = $"no PostgreSQL server: PEACEMODEL_POSTGRES is not set and .ci/postgres.sh could not start one (install PostgreSQL: apt-get install postgresql): {ex.Message}";
            ConnectionString = string.Empty;
        }
    }

    public string ConnectionString { get; }

    public string? Unavailable { get; }

    /// <summary>Creates an empty schema and returns a connection string whose search path is it.</summary>
    public async Task<string> NewSchemaAsync()
    {
        if (Unavailable is not null)
        {
            throw new InvalidOperationException(Unavailable);
        }

        var schema = $"store_test_{Environment.ProcessId}_{Interlocked.Increment(ref schemas)}_{Guid.NewGuid():N}"[..48];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Pooled, whatever the server's string says: a store owns its pool (NpgsqlDataSource) and a test opens many connections.
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema, Pooling = true }.ConnectionString;
    }

    public void Dispose()
    {
        if (ownDirectory is not null)
        {
            Script("stop", ownDirectory);
        }
    }

    private static string Script(params string[] args)
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
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($".ci/postgres.sh {string.Join(' ', args)} failed ({process.ExitCode}): {error}");
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
