using PeaceModel.Storage.Tests.Support;

namespace PeaceModel.Storage.Tests;

/// <summary>The store's behaviour on SQLite: a new file per test.</summary>
public sealed class SqliteStoreTests : StoreBehaviourTests, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("peacemodel-store-").FullName;
    private int stores;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Open_FileThatIsNotAStore_IsAnEventStoreException()
    {
        var path = Path.Combine(folder, "not-a-store.db");
        await File.WriteAllTextAsync(path, "this is a text file, not a database, and long enough to have a header of its own");

        var ex = await Assert.ThrowsAsync<EventStoreException>(() => SqliteEventStore.OpenAsync(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_UsesTheWriteAheadLog()
    {
        var location = await NewLocationAsync();
        await (await location.OpenAsync()).DisposeAsync();

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={location.Name};Pooling=false");
        await connection.OpenAsync();
        await using var command = new Microsoft.Data.Sqlite.SqliteCommand("PRAGMA journal_mode", connection);

        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    protected override Task<StoreLocation> NewLocationAsync() =>
        Task.FromResult<StoreLocation>(new SqliteLocation(Path.Combine(folder, $"store-{Interlocked.Increment(ref stores)}.db")));
}
