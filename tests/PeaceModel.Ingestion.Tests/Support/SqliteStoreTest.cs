using PeaceModel.Storage;

namespace PeaceModel.Ingestion.Tests.Support;

/// <summary>A test class with a SQLite store of its own in a temporary folder, opened before each test and deleted after it.</summary>
public abstract class SqliteStoreTest : IAsyncLifetime
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("peacemodel-ingest-").FullName;

    protected IEventStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await SqliteEventStore.OpenAsync(Path.Combine(Folder, "events.db"));

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
