using PeaceModel.Storage.Engine;
using PeaceModel.Storage.Sqlite;

namespace PeaceModel.Storage;

/// <summary>
/// Opens the embedded store: one SQLite file, no server. WAL journal: any number of readers, one writer at a
/// time (in this process and across processes; a writer waits up to 30 s for another). Migrations are applied on
/// open; a file written by a newer PeaceModel.Storage is refused by name.
/// </summary>
/// <example>
/// <code>
/// await using var store = await SqliteEventStore.OpenAsync("events.db");
/// </code>
/// </example>
public static class SqliteEventStore
{
    /// <summary>Opens (creating it when absent) the store in a SQLite file.</summary>
    /// <param name="path">The file, such as <c>events.db</c>; its folder must exist.</param>
    /// <param name="options">How to open it, or <see langword="null"/> for <see cref="EventStoreOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store; dispose it when done.</returns>
    /// <exception cref="EventStoreException">The file cannot be opened or is not a store, or its schema is newer than this library knows.</exception>
    public static async Task<IEventStore> OpenAsync(string path, EventStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return await SqlEventStore.OpenAsync(new SqliteDialect(path), options, cancellationToken).ConfigureAwait(false);
    }
}
