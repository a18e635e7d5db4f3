using Microsoft.Data.Sqlite;
using Npgsql;
using PeaceModel.Storage.PostgreSql;

namespace PeaceModel.Storage.Tests.Support;

/// <summary>Where a store lives, for a test: its name as <c>--store</c> takes it, how to open it, and how to change its schema behind its back.</summary>
public abstract class StoreLocation
{
    /// <summary>Gets the name: a SQLite path or a PostgreSQL connection string.</summary>
    public abstract string Name { get; }

    public abstract Task<IEventStore> OpenAsync(EventStoreOptions? options = null);

    public abstract Task ExecuteAsync(string sql);

    public abstract Task<long> ScalarAsync(string sql);
}

public sealed class SqliteLocation(string path) : StoreLocation
{
    public override string Name => path;

    public override Task<IEventStore> OpenAsync(EventStoreOptions? options = null) => SqliteEventStore.OpenAsync(path, options);

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class PostgresLocation(string connectionString) : StoreLocation
{
    public override string Name => connectionString;

    public override Task<IEventStore> OpenAsync(EventStoreOptions? options = null) => PostgreSqlEventStore.OpenAsync(connectionString, options);

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
