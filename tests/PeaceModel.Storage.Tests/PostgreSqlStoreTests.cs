using PeaceModel.Storage.PostgreSql;
using PeaceModel.Storage.Tests.Support;

namespace PeaceModel.Storage.Tests;

/// <summary>The store's behaviour on a real PostgreSQL server: a new schema per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlStoreTests(PostgresServer server) : StoreBehaviourTests
{
    [Fact]
    public async Task Put_StoresTheDocumentAsJsonbBesideItsCanonicalText()
    {
        var location = await NewLocationAsync();
        await using var store = await location.OpenAsync();
        await store.PutAsync(Documents.Episode(Documents.Ceasefire));

        var fromJsonb = await location.ScalarAsync("SELECT count(*) FROM document_versions WHERE body #>> '{agreements,0,id}' = 'port-amrel-ceasefire'");
        var sameText = await location.ScalarAsync("SELECT count(*) FROM document_versions WHERE canonical::jsonb = body");

        Assert.Equal(1, fromJsonb);
        Assert.Equal(1, sameText);
    }

    [Fact]
    public async Task Put_DocumentWithUPlus0000_KeepsItsCanonicalTextWithoutJsonb()
    {
        var location = await NewLocationAsync();
        await using var store = await location.OpenAsync();
        var document = Documents.Episode(Documents.Ceasefire) with { Title = "before\u0000after" };

        var result = await store.PutAsync(document);

        Assert.Equal(WriteOutcome.Stored, result.Outcome);
        Assert.Equal(Documents.Canonical(document), (await store.GetAsync(Documents.Ceasefire))!.Utf8Json.ToArray());
        Assert.Equal(1, await location.ScalarAsync("SELECT count(*) FROM document_versions WHERE body IS NULL"));
    }

    [Fact]
    public async Task Put_AnalyzesTheTables_WhenTheyHaveNoStatistics_OrHaveDoubledSince()
    {
        var location = await NewLocationAsync();
        await using var store = await location.OpenAsync();
        const string Estimate = "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass('records')";
        const string Count = "SELECT count(*) FROM records";
        var documents = Documents.Threads(300, 0, 24).Select(d => (ReadOnlyMemory<byte>)Documents.Canonical(d)).ToList();
        Assert.Equal(-1, await location.ScalarAsync(Estimate));

        await store.PutManyAsync(documents[..40]);
        var first = await location.ScalarAsync(Count);
        Assert.Equal(first, await location.ScalarAsync(Estimate));

        // Half as many rows again: the statistics stay those of the first put.
        await store.PutManyAsync(documents[40..60]);
        Assert.Equal(first, await location.ScalarAsync(Estimate));

        // Five times as many, past 64 pages: analyzed again.
        await store.PutManyAsync(documents[60..]);
        Assert.Equal(await location.ScalarAsync(Count), await location.ScalarAsync(Estimate));
    }

    [Theory]
    [InlineData(null, "1.1")]
    [InlineData("-c random_page_cost=2.5", "2.5")]
    public async Task Connections_TellThePlannerRandomReadsAreCheap_UnlessTheConnectionStringSaysOtherwise(string? options, string expected)
    {
        // Each time on the pool's one connection, given back in between (Npgsql then resets the session: RESET ALL once
        // statements are prepared, as the store's are after two uses).
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(await server.NewSchemaAsync()) { Options = options, MaxPoolSize = 1 }.ConnectionString;
        await using var dataSource = PostgreSqlEventStore.CreateDataSource(connection);
        var seen = new List<object?>();
        for (var use = 0; use < 4; use++)
        {
            await using var opened = await dataSource.OpenConnectionAsync();
            await using var command = new Npgsql.NpgsqlCommand("SHOW random_page_cost", opened);
            seen.Add(await command.ExecuteScalarAsync());
        }

        Assert.Equal(Enumerable.Repeat<object?>(expected, 4), seen);
    }

    [Fact]
    public async Task Open_NewStore_CompressesVersionsWithLz4_WhereTheServerHasIt()
    {
        var location = await NewLocationAsync();
        await using var store = await location.OpenAsync();
        var hasLz4 = await location.ScalarAsync("SELECT count(*) FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)");

        var lz4Columns = await location.ScalarAsync("SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('document_versions') AND attname IN ('canonical', 'body') AND attcompression = 'l'");

        Assert.Equal(hasLz4 * 2, lz4Columns);
    }

    [Theory]
    [InlineData("postgres://peace:s%40cret@db.example:6432/events?sslmode=require", "db.example", 6432, "peace", "s@cret", "events")]
    [InlineData("postgresql://localhost/peacemodel", "localhost", 5432, null, null, "peacemodel")]
    public void ToConnectionString_Url_GivesTheNpgsqlKeywords(string url, string host, int port, string? user, string? password, string database)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlEventStore.ToConnectionString(url));

        Assert.Equal((host, port, user, password, database), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
    }

    [Fact]
    public async Task Open_UnreachableServer_IsAnEventStoreExceptionWithoutThePassword()
    {
        var ex = await Assert.ThrowsAsync<EventStoreException>(() => PostgreSqlEventStore.OpenAsync("Host=127.0.0.1;Port=1;Username=u;Password=hunter2;Timeout=2"));

        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
    }

    protected override async Task<StoreLocation> NewLocationAsync() => new PostgresLocation(await server.NewSchemaAsync());
}
