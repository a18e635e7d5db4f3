using Npgsql;
using NpgsqlTypes;
using PeaceModel.Serialization;

namespace PeaceModel.Tests.Storage;

/// <summary>Round trips through a real PostgreSQL: <c>jsonb</c> (which reorders keys) and <c>json</c> text.</summary>
public class PostgresStorageTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    [SkippableFact]
    public async Task Events_StoredAsJsonbAndJson_ReadBackEqual()
    {
        await using var connection = await OpenAsync();
        var table = await CreateTableAsync(connection);

        var readFromJsonb = new List<DiplomaticEvent>();
        var readFromJson = new List<DiplomaticEvent>();
        var reordered = 0;
        await using (var select = new NpgsqlCommand($"SELECT doc::text, raw::text FROM {table} ORDER BY n", connection))
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var jsonb = reader.GetString(0);
                readFromJsonb.Add(PeaceModelJson.Deserialize(jsonb));
                readFromJson.Add(PeaceModelJson.Deserialize(reader.GetString(1)));
                reordered += jsonb.StartsWith("{\"schemaVersion\"", StringComparison.Ordinal) ? 0 : 1;
            }
        }

        Assert.Equal(StoredEvents.All, readFromJsonb);
        Assert.Equal(StoredEvents.All, readFromJson);
        Assert.Equal(StoredEvents.All.Count, reordered); // jsonb really did reorder the keys
    }

    [SkippableFact]
    public async Task Jsonb_CanBeQueriedWithJsonbOperators()
    {
        await using var connection = await OpenAsync();
        var table = await CreateTableAsync(connection);

        await using var venue = new NpgsqlCommand($"SELECT doc #>> '{{proposals,0,terms,venue,name}}' FROM {table} WHERE doc->>'id' = @id", connection);
        venue.Parameters.AddWithValue("id", StoredEvents.All[0].Id);
        await using var containing = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE doc @> '{{\"reactions\": [{{\"stance\": \"dismiss\", \"reactorId\": \"putin\"}}]}}'", connection);

        Assert.Equal("Istanbul", await venue.ExecuteScalarAsync());
        Assert.Equal(1L, await containing.ExecuteScalarAsync());
    }

    [SkippableFact]
    public async Task Jsonb_RefusesTextWithUPlus0000_Loudly_NeverSilently()
    {
        await using var connection = await OpenAsync();
        var withNul = PeaceModelJson.Serialize(StoredEvents.All[0] with { Title = "before\u0000after" });
        await using var select = new NpgsqlCommand("SELECT @doc::jsonb", connection);
        select.Parameters.Add(new NpgsqlParameter("doc", NpgsqlDbType.Text) { Value = withNul });

        var ex = await Assert.ThrowsAsync<PostgresException>(() => select.ExecuteScalarAsync());

        Assert.Equal("22P05", ex.SqlState);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A fresh table with every stored event, as jsonb and as json text.</summary>
    private static async Task<string> CreateTableAsync(NpgsqlConnection connection)
    {
        var table = "events_" + Guid.NewGuid().ToString("N");
        await using (var create = new NpgsqlCommand($"CREATE TABLE {table} (n serial PRIMARY KEY, doc jsonb NOT NULL, raw json NOT NULL)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        foreach (var diplomaticEvent in StoredEvents.All)
        {
            var json = PeaceModelJson.Serialize(diplomaticEvent);
            await using var insert = new NpgsqlCommand($"INSERT INTO {table} (doc, raw) VALUES (@doc, @raw)", connection);
            insert.Parameters.Add(new NpgsqlParameter("doc", NpgsqlDbType.Jsonb) { Value = json });
            insert.Parameters.Add(new NpgsqlParameter("raw", NpgsqlDbType.Json) { Value = json });
            await insert.ExecuteNonQueryAsync();
        }

        return table;
    }
}
