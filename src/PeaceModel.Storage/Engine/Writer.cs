using System.Data.Common;

namespace PeaceModel.Storage.Engine;

/// <summary>The statements of one write transaction, each prepared once and run with new values.</summary>
internal sealed class Writer(StoreDialect dialect, DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private readonly ProjectionRows rows = new();
    private readonly List<QueuedDocument> queued = [];
    private readonly Dictionary<string, QueuedDocument> queuedById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DbCommand> prepared = new(StringComparer.Ordinal);
    private DbCommand? find;
    private DbCommand? upsert;
    private DbCommand? insertVersion;
    private DbCommand? readLatest;

    /// <summary>Gets the connection of the transaction.</summary>
    public DbConnection Connection => connection;

    /// <summary>Gets the transaction.</summary>
    public DbTransaction Transaction => transaction;

    /// <summary>A command with parameters named <paramref name="names"/>, prepared once per transaction for its SQL and reused.</summary>
    public DbCommand Prepared(string sql, params string[] names)
    {
        if (!prepared.TryGetValue(sql, out var command))
        {
            command = Prepare(sql, names);
            prepared.Add(sql, command);
        }

        return command;
    }

    public async Task<long> ReadPositionAsync(CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT position FROM store_state WHERE id = 1");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task WritePositionAsync(long position, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, "UPDATE store_state SET position = @position WHERE id = 1", ("@position", position));
        await command.ExecuteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<CurrentDocument?> FindAsync(string documentId, CancellationToken cancellationToken)
    {
        find ??= Prepare(
            "SELECT d.doc_key, d.version, d.deleted, v.sha256 FROM documents d JOIN document_versions v ON v.doc_key = d.doc_key AND v.version = d.version WHERE d.document_id = @id",
            "@id");
        find.Set("@id", documentId);
        await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new CurrentDocument(Sql.Long(reader, 0), Sql.Long(reader, 1), Sql.Long(reader, 2) != 0, reader.IsDBNull(3) ? [] : (byte[])reader.GetValue(3));
    }

    public async Task<long> UpsertDocumentAsync(string documentId, long version, bool deleted, DocumentProjection? projection, long position, CancellationToken cancellationToken)
    {
        upsert ??= Prepare(
            "INSERT INTO documents (document_id, version, deleted, thread_id, first_day, last_day, instant, position) " +
            "VALUES (@id, @version, @deleted, @thread, @first_day, @last_day, @instant, @position) " +
            "ON CONFLICT (document_id) DO UPDATE SET version = excluded.version, deleted = excluded.deleted, thread_id = excluded.thread_id, " +
            "first_day = excluded.first_day, last_day = excluded.last_day, instant = excluded.instant, position = excluded.position RETURNING doc_key",
            "@id", "@version", "@deleted", "@thread", "@first_day", "@last_day", "@instant", "@position");
        upsert.Parameters["@thread"].DbType = System.Data.DbType.String;
        upsert.Parameters["@first_day"].DbType = System.Data.DbType.Int32;
        upsert.Parameters["@last_day"].DbType = System.Data.DbType.Int32;
        upsert.Parameters["@instant"].DbType = System.Data.DbType.Int64;
        upsert.Set("@id", documentId);
        upsert.Set("@version", version);
        upsert.Set("@deleted", deleted ? 1 : 0);
        upsert.Set("@thread", projection?.ThreadId);
        upsert.Set("@first_day", projection?.FirstDay);
        upsert.Set("@last_day", projection?.LastDay);
        upsert.Set("@instant", projection?.Instant);
        upsert.Set("@position", position);
        return Convert.ToInt64(await upsert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task InsertVersionAsync(long position, long docKey, long version, bool deleted, byte[]? sha256, byte[]? canonical, CancellationToken cancellationToken)
    {
        insertVersion ??= Prepare(dialect.InsertVersionSql, "@position", "@doc_key", "@version", "@deleted", "@sha256", "@canonical", "@stored_at");
        insertVersion.Set("@position", position);
        insertVersion.Set("@doc_key", docKey);
        insertVersion.Set("@version", version);
        insertVersion.Set("@deleted", deleted ? 1 : 0);
        dialect.SetBinary(insertVersion.Parameters["@sha256"], sha256);
        dialect.SetCanonical(insertVersion.Parameters["@canonical"], canonical);
        insertVersion.Set("@stored_at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        await insertVersion.ExecuteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteProjectionAsync(long docKey, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await DeleteRowsAsync(docKey, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteRowsAsync(long docKey, CancellationToken cancellationToken)
    {
        foreach (var table in (string[])["records", "record_actors", "record_links"])
        {
            // The table names are constants of this method, never input.
            await using var command = Sql.Command(connection, transaction, $"DELETE FROM {table} WHERE doc_key = @doc_key", ("@doc_key", docKey));
            await command.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads what the store holds of many documents at once (a batch's ids), in chunks of at most 500 parameters.</summary>
    public async Task<Dictionary<string, CurrentDocument>> FindManyAsync(IReadOnlyList<string> documentIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, CurrentDocument>(StringComparer.Ordinal);
        foreach (var chunk in documentIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            // Only the parameters' names are composed here; every id is a parameter.
            var names = string.Join(", ", chunk.Select((_, i) => "@i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await using var command = Sql.Command(
                connection,
                transaction,
                $"SELECT d.document_id, d.doc_key, d.version, d.deleted, v.sha256 FROM documents d JOIN document_versions v ON v.doc_key = d.doc_key AND v.version = d.version WHERE d.document_id IN ({names})",
                [.. chunk.Select((id, i) => ("@i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object?)id))]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found[reader.GetString(0)] = new CurrentDocument(Sql.Long(reader, 1), Sql.Long(reader, 2), Sql.Long(reader, 3) != 0, reader.IsDBNull(4) ? [] : (byte[])reader.GetValue(4));
            }
        }

        return found;
    }

    /// <summary>Queues a new version of a document; written at the next <see cref="FlushAsync"/> (first, when the id is already queued).</summary>
    public async Task QueueAsync(QueuedDocument document, CancellationToken cancellationToken)
    {
        if (queuedById.ContainsKey(document.Id))
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        queued.Add(document);
        queuedById.Add(document.Id, document);
        if (queued.Count >= 1000)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (queued.Count > 0)
        {
            var keys = await dialect.WriteDocumentsAsync(this, queued, cancellationToken).ConfigureAwait(false);
            foreach (var document in queued)
            {
                if (document.Replaces)
                {
                    await DeleteRowsAsync(keys[document.Id], cancellationToken).ConfigureAwait(false);
                }

                rows.Add(keys[document.Id], document.Projection);
                Written?.Invoke(keys[document.Id], document);
            }

            queued.Clear();
            queuedById.Clear();
        }

        if (rows.Count > 0)
        {
            await dialect.FlushAsync(this, rows, cancellationToken).ConfigureAwait(false);
            rows.Clear();
        }
    }

    /// <summary>Gets the documents queued and not yet written, in order.</summary>
    public IReadOnlyList<QueuedDocument> Queued => queued;

    /// <summary>Tells whether a new version of a document is queued and not yet written.</summary>
    public bool IsQueued(string documentId) => queuedById.ContainsKey(documentId);

    /// <summary>Gets the new version of a document that is queued and not yet written, if any.</summary>
    public QueuedDocument? QueuedVersion(string documentId) => queuedById.GetValueOrDefault(documentId);

    /// <summary>Gets or sets what is told of each queued document once it is written: its key, and the document.</summary>
    public Action<long, QueuedDocument>? Written { get; set; }

    /// <summary>
    /// The stored documents of a thread (latest versions, tombstones left out) with the ids of the actors each lists, in
    /// no order: one row per document and actor (a document that lists none has one row with no actor). One statement.
    /// </summary>
    public async Task<List<(string DocumentId, long DocKey, long Version, int LastDay, string? ActorId)>> ThreadMembersAsync(string threadId, CancellationToken cancellationToken)
    {
        var command = Prepared(
            "SELECT d.document_id, d.doc_key, d.version, d.last_day, r.record_id FROM documents d LEFT JOIN records r ON r.doc_key = d.doc_key AND r.kind = @kind " +
            "WHERE d.thread_id = @thread AND d.deleted = 0",
            "@thread",
            "@kind");
        command.Set("@thread", threadId);
        command.Set("@kind", RecordProjection.ActorKindName);
        var rows = new List<(string, long, long, int, string?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetString(0), Sql.Long(reader, 1), Sql.Long(reader, 2), (int)(Sql.NullableLong(reader, 3) ?? int.MinValue), Sql.NullableString(reader, 4)));
        }

        return rows;
    }

    /// <summary>
    /// The references from other stored documents (latest versions, tombstones left out) to a record of any of
    /// <paramref name="documentIds"/> (<c>document-id/record-id</c>): the referrer's id, key, version and thread, and the link
    /// (from a record of which kind, in which role, to which record). <paramref name="keys"/> gives the key of each of those
    /// documents that is stored, to leave out its references to itself. Two statements a chunk of at most 500 parameters, each
    /// starting from an index (the links by target document, then the documents by key).
    /// </summary>
    public async Task<List<StoredReference>> ReferrersAsync(IReadOnlyList<string> documentIds, IReadOnlyDictionary<string, long> keys, CancellationToken cancellationToken)
    {
        var found = new List<StoredReference>();
        foreach (var chunk in documentIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            // Only the parameters' names are composed here; every id is a parameter.
            var links = new List<(string Target, long DocKey, string Kind, string Role, string Record)>();
            var names = string.Join(", ", chunk.Select((_, i) => "@i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await using (var command = Sql.Command(
                connection,
                transaction,
                $"SELECT l.target_document, l.doc_key, r.kind, l.role, l.target_record FROM record_links l JOIN records r ON r.doc_key = l.doc_key AND r.ordinal = l.ordinal WHERE l.target_document IN ({names})",
                [.. chunk.Select((id, i) => ("@i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object?)id))]))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var link = (reader.GetString(0), Sql.Long(reader, 1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
                    if (!keys.TryGetValue(link.Item1, out var own) || own != link.Item2)
                    {
                        links.Add(link);
                    }
                }
            }

            foreach (var referrers in links.Select(l => l.DocKey).Distinct().Chunk(500))
            {
                var documents = new Dictionary<long, (string Id, long Version, string? ThreadId)>();
                var keyNames = string.Join(", ", referrers.Select((_, i) => "@k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                await using var command = Sql.Command(
                    connection,
                    transaction,
                    $"SELECT d.doc_key, d.document_id, d.version, d.thread_id FROM documents d WHERE d.doc_key IN ({keyNames}) AND d.deleted = 0",
                    [.. referrers.Select((key, i) => ("@k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (object?)key))]);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    documents[Sql.Long(reader, 0)] = (reader.GetString(1), Sql.Long(reader, 2), Sql.NullableString(reader, 3));
                }

                foreach (var link in links)
                {
                    if (documents.TryGetValue(link.DocKey, out var document))
                    {
                        found.Add(new StoredReference(link.Target, document.Id, link.DocKey, document.Version, document.ThreadId, link.Kind, link.Role, link.Record));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The ids of the records of a stored document and their kinds.</summary>
    public async Task<Dictionary<string, string>> RecordKindsAsync(long docKey, CancellationToken cancellationToken)
    {
        var command = Prepared("SELECT record_id, kind FROM records WHERE doc_key = @doc_key", "@doc_key");
        command.Set("@doc_key", docKey);
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            kinds.TryAdd(reader.GetString(0), reader.GetString(1));
        }

        return kinds;
    }

    public async Task<byte[]> ReadVersionAsync(long docKey, long version, CancellationToken cancellationToken)
    {
        readLatest ??= Prepare("SELECT canonical FROM document_versions WHERE doc_key = @doc_key AND version = @version", "@doc_key", "@version");
        readLatest.Set("@doc_key", docKey);
        readLatest.Set("@version", version);
        await using var reader = await readLatest.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return dialect.ReadCanonical(reader, 0);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in ((DbCommand?[])[find, upsert, insertVersion, readLatest]).Concat(prepared.Values))
        {
            if (command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private DbCommand Prepare(string sql, params string[] names)
    {
        var command = Sql.Command(connection, transaction, sql);
        foreach (var name in names)
        {
            Sql.Add(command, name);
        }

        return command;
    }
}

/// <summary>What the store holds of a document before a write: its key, latest version, whether that is a tombstone, and the SHA-256 of its canonical bytes.</summary>
internal sealed record CurrentDocument(long DocKey, long Version, bool Deleted, byte[] Sha256);

/// <summary>A reference from a stored document to a record of another: the target document, the referrer (id, key, version, thread), the kind of the referring record, the role and the target record.</summary>
internal sealed record StoredReference(string Target, string DocumentId, long DocKey, long Version, string? ThreadId, string Kind, string Role, string TargetRecord);
