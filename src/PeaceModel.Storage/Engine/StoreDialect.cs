using System.Data.Common;

namespace PeaceModel.Storage.Engine;

/// <summary>What differs between the databases the engine (<see cref="SqlEventStore"/>) runs on: connections, the write lock, the schema, and how rows and canonical text are written.</summary>
internal abstract class StoreDialect : IAsyncDisposable
{
    /// <summary>Gets how messages name the store: <c>SQLite store 'events.db'</c>.</summary>
    public abstract string StoreName { get; }

    /// <summary>The indexes of the initial migration that both engines write with the same statement.</summary>
    protected static IReadOnlyList<string> DocumentIndexes { get; } =
    [
        "CREATE INDEX record_actors_by_document ON record_actors (doc_key)",
        "CREATE INDEX record_links_by_document ON record_links (doc_key)",
    ];

    /// <summary>Migration 2, the same on both engines: the indexes the queries start from.</summary>
    protected static Migration QueryIndexes { get; } = new("query-indexes",
    [
        "CREATE INDEX documents_by_thread ON documents (thread_id, first_day)",
        "CREATE INDEX documents_in_thread_order ON documents (thread_id, last_day, document_id)",
        "CREATE INDEX records_by_kind ON records (kind)",
        "CREATE INDEX records_by_id ON records (record_id, kind)",
        "CREATE INDEX records_by_day ON records (first_day)",
    ]);

    /// <summary>Migration 3, the same on both engines: the documents that refer to a document, found for its thread check.</summary>
    protected static Migration ReferrerIndex { get; } = new("links-by-target-document",
    [
        "CREATE INDEX record_links_by_target_document ON record_links (target_document)",
    ]);

    /// <summary>
    /// Migration 4's name: on PostgreSQL, new versions' canonical text and <c>jsonb</c> are compressed with LZ4 (where the
    /// server was built with it) instead of pglz, which is several times slower to compress and to read back; SQLite,
    /// which does not compress, has nothing to do. Both engines keep the same version numbers.
    /// </summary>
    protected const string Lz4MigrationName = "versions-lz4";

    /// <summary>Gets the migrations, in order; a migration's version is its position plus one.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Opens a connection, ready for use.</summary>
    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins the one write transaction the store allows at a time, holding the store's write lock until it ends (commit order is position order).</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Begins the transaction that applies migrations, holding a lock that keeps two processes from migrating at once.</summary>
    public abstract Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Gets the SQL that tells whether the migrations table exists (one row when it does).</summary>
    public abstract string MigrationsTableExistsSql { get; }

    /// <summary>Gets the SQL that inserts a version: parameters @position, @doc_key, @version, @deleted, @sha256, @canonical, @stored_at.</summary>
    public abstract string InsertVersionSql { get; }

    /// <summary>Sets the value of the @canonical parameter (<see langword="null"/> for a tombstone).</summary>
    public abstract void SetCanonical(DbParameter parameter, byte[]? canonical);

    /// <summary>Reads the canonical UTF-8 bytes from a column.</summary>
    public abstract byte[] ReadCanonical(DbDataReader reader, int ordinal);

    /// <summary>Sets the value of a binary parameter.</summary>
    public virtual void SetBinary(DbParameter parameter, byte[]? value)
    {
        parameter.DbType = System.Data.DbType.Binary;
        parameter.Value = value ?? (object)DBNull.Value;
    }

    /// <summary>
    /// Upserts the documents (their latest state) and inserts their new versions; returns each document's key. No id
    /// appears twice. The default runs two prepared statements per document; a dialect may write them in bulk.
    /// </summary>
    public virtual async Task<Dictionary<string, long>> WriteDocumentsAsync(Writer writer, IReadOnlyList<QueuedDocument> documents, CancellationToken cancellationToken)
    {
        var keys = new Dictionary<string, long>(documents.Count, StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var key = await writer.UpsertDocumentAsync(document.Id, document.Version, deleted: false, document.Projection, document.Position, cancellationToken).ConfigureAwait(false);
            await writer.InsertVersionAsync(document.Position, key, document.Version, deleted: false, document.Sha256, document.Canonical, cancellationToken).ConfigureAwait(false);
            keys.Add(document.Id, key);
        }

        return keys;
    }

    /// <summary>What is done after a write transaction commits, outside it (PostgreSQL: the statistics policy). Nothing by default.</summary>
    public virtual Task AfterWriteAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes the projection rows gathered so far, then clears them.</summary>
    public abstract Task FlushAsync(Writer writer, ProjectionRows rows, CancellationToken cancellationToken);

    /// <inheritdoc/>
    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>A new version of a document waiting to be written: its latest state, its version row, its projection.</summary>
internal sealed record QueuedDocument(string Id, long Version, long Position, byte[] Sha256, byte[] Canonical, DocumentProjection Projection, bool Replaces, DiplomaticEvent Event);

/// <summary>One versioned change of the schema: its name (used in messages) and its statements.</summary>
internal sealed record Migration(string Name, IReadOnlyList<string> Statements);

/// <summary>Projection rows waiting to be written, column by column.</summary>
internal sealed class ProjectionRows
{
    public List<long> RecordDocKeys { get; } = [];

    public List<int> RecordOrdinals { get; } = [];

    public List<string> RecordIds { get; } = [];

    public List<string> RecordKinds { get; } = [];

    public List<int?> RecordFirstDays { get; } = [];

    public List<int?> RecordLastDays { get; } = [];

    public List<long?> RecordInstants { get; } = [];

    public List<long> ActorDocKeys { get; } = [];

    public List<int> ActorOrdinals { get; } = [];

    public List<string> ActorIds { get; } = [];

    public List<string> ActorRoles { get; } = [];

    public List<long> LinkDocKeys { get; } = [];

    public List<int> LinkOrdinals { get; } = [];

    public List<string> LinkDocuments { get; } = [];

    public List<string> LinkRecords { get; } = [];

    public List<string> LinkRoles { get; } = [];

    public int Count => RecordIds.Count + ActorIds.Count + LinkRecords.Count;

    /// <summary>
    /// The indexes of the actor rows in the order of <c>record_actors</c>' key (actor, role): each row then goes into the
    /// B-tree next to the one before, on pages just visited, instead of the actors of 64 documents in turn (and on
    /// PostgreSQL an actor's rows of a flush share heap pages).
    /// </summary>
    public int[] ActorsInKeyOrder() =>
        KeyOrder(ActorIds.Count, (a, b) => string.CompareOrdinal(ActorIds[a], ActorIds[b]) is var c and not 0 ? c : string.CompareOrdinal(ActorRoles[a], ActorRoles[b]));

    /// <summary>The indexes of the link rows in the order of <c>record_links</c>' key (target record, target document), as <see cref="ActorsInKeyOrder"/>.</summary>
    public int[] LinksInKeyOrder() =>
        KeyOrder(LinkRecords.Count, (a, b) => string.CompareOrdinal(LinkRecords[a], LinkRecords[b]) is var c and not 0 ? c : string.CompareOrdinal(LinkDocuments[a], LinkDocuments[b]));

    public void Add(long docKey, DocumentProjection projection)
    {
        foreach (var record in projection.Records)
        {
            RecordDocKeys.Add(docKey);
            RecordOrdinals.Add(record.Ordinal);
            RecordIds.Add(record.RecordId);
            RecordKinds.Add(record.Kind);
            RecordFirstDays.Add(record.FirstDay);
            RecordLastDays.Add(record.LastDay);
            RecordInstants.Add(record.Instant);
            foreach (var (role, actorId) in record.Actors)
            {
                ActorDocKeys.Add(docKey);
                ActorOrdinals.Add(record.Ordinal);
                ActorIds.Add(actorId);
                ActorRoles.Add(role);
            }

            foreach (var (role, document, target) in record.Links)
            {
                LinkDocKeys.Add(docKey);
                LinkOrdinals.Add(record.Ordinal);
                LinkDocuments.Add(document);
                LinkRecords.Add(target);
                LinkRoles.Add(role);
            }
        }
    }

    public void Clear()
    {
        RecordDocKeys.Clear();
        RecordOrdinals.Clear();
        RecordIds.Clear();
        RecordKinds.Clear();
        RecordFirstDays.Clear();
        RecordLastDays.Clear();
        RecordInstants.Clear();
        ActorDocKeys.Clear();
        ActorOrdinals.Clear();
        ActorIds.Clear();
        ActorRoles.Clear();
        LinkDocKeys.Clear();
        LinkOrdinals.Clear();
        LinkDocuments.Clear();
        LinkRecords.Clear();
        LinkRoles.Clear();
    }

    private static int[] KeyOrder(int count, Comparison<int> compare)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, compare);
        return order;
    }
}
