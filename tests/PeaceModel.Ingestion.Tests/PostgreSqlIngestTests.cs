using PeaceModel.Ingestion.Tests.Support;
using PeaceModel.Serialization;
using PeaceModel.Storage;
using PeaceModel.Storage.PostgreSql;
using PeaceModel.Storage.Tests.Support;

namespace PeaceModel.Ingestion.Tests;

/// <summary>Two <c>peacemodel ingest</c> processes into one PostgreSQL store (the store at scale, docs/scale.md): every document stored once.</summary>
[Collection(NatsCollection.Name)]
public sealed class PostgreSqlIngestTests(NatsServer nats, PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("peacemodel-pg-ingest-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task TwoProcesses_IntoPostgreSql_EveryDocumentStoredOnce()
    {
        var store = await postgres.NewSchemaAsync();
        var (stream, subject) = (nats.NewName("PGINGEST"), nats.NewName("pgingest.in"));
        var documents = Documents.Valid(300, seed: 41);
        var file = Path.Combine(folder, "documents.jsonl");
        await File.WriteAllTextAsync(file, string.Concat(documents.Select(PeaceModelJson.SerializeLine)));

        var published = await Tool.RunAsync("publish", "--nats", nats.Url, "--subject", subject, "--stream", stream, file);
        Assert.True(published.ExitCode == 0, published.ToString());
        string[] ingest = ["ingest", "--nats", nats.Url, "--stream", stream, "--subject", subject, "--store", store, "--batch-size", "40", "--idle-exit", "4"];
        var runs = await Task.WhenAll(Tool.RunAsync(ingest), Tool.RunAsync(ingest));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        await using var reader = await PostgreSqlEventStore.OpenAsync(store);
        var changes = new List<DocumentVersion>();
        await foreach (var change in reader.GetChangesAsync())
        {
            changes.Add(change);
        }

        Assert.Equal(documents.Select(d => d.Id).Order(StringComparer.Ordinal), changes.Select(c => c.DocumentId).Order(StringComparer.Ordinal));
        Assert.All(changes, c => Assert.Equal(1, c.Version));
    }
}
