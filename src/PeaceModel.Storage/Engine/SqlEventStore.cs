using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PeaceModel.Kinds;
using PeaceModel.Serialization;
using PeaceModel.Threads;
using PeaceModel.Validation;

namespace PeaceModel.Storage.Engine;

/// <summary>
/// The store on any SQL database a <see cref="StoreDialect"/> describes: documents and their versions, the change
/// feed, the projection of every record. One write transaction at a time (the dialect's write lock: positions are
/// assigned in commit order), any number of readers.
/// </summary>
internal sealed class SqlEventStore : IEventStore
{
    private const string LatestSelect =
        "SELECT d.document_id, v.version, v.position, v.stored_at, v.deleted, v.canonical FROM documents d JOIN document_versions v ON v.doc_key = d.doc_key ";

    private const string RecordSelect =
        "SELECT d.document_id, d.version, r.record_id, r.kind, d.thread_id, r.first_day, r.last_day, r.instant FROM records r JOIN documents d ON d.doc_key = r.doc_key WHERE d.deleted = 0";

    internal const string ThreadSelect =
        "SELECT v.canonical FROM documents d JOIN document_versions v ON v.doc_key = d.doc_key AND v.version = d.version WHERE d.thread_id = @thread AND d.deleted = 0";

    private const int ThreadDocumentCache = 4096;

    /// <summary>How many documents of a batch are prepared (read, validated, projected) together, ahead of the writer.</summary>
    private const int PrepareChunk = 64;

    private static readonly DiplomaticEventValidator Validator = new();

    private readonly StoreDialect dialect;
    private readonly SemaphoreSlim writeGate = new(1, 1);

    /// <summary>
    /// Stored documents read for thread checks, by key and version (a version never changes, so an entry never goes
    /// stale); used under the write lock only. Cleared when full.
    /// </summary>
    private readonly Dictionary<(long DocKey, long Version), DiplomaticEvent> threadDocuments = [];

    private SqlEventStore(StoreDialect dialect) => this.dialect = dialect;

    public static async Task<SqlEventStore> OpenAsync(StoreDialect dialect, EventStoreOptions? options, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
            await Migrator.ApplyAsync(dialect, connection, options ?? EventStoreOptions.Default, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            await dialect.DisposeAsync().ConfigureAwait(false);
            throw new EventStoreException(StoreText.NotAStore(dialect.StoreName, ex.Message), ex);
        }
        catch
        {
            await dialect.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new SqlEventStore(dialect);
    }

    public async Task<WriteResult> PutAsync(DiplomaticEvent document, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (await WriteAsync([Prepare(document, expectedVersion)], null, cancellationToken).ConfigureAwait(false))[0];
    }

    public async Task<WriteResult> PutJsonAsync(ReadOnlyMemory<byte> utf8Json, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        (await WriteAsync([Prepare(utf8Json.Span, expectedVersion)], null, cancellationToken).ConfigureAwait(false))[0];

    public async Task<IReadOnlyList<WriteResult>> PutManyAsync(IReadOnlyList<ReadOnlyMemory<byte>> utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var pending = new Pending[utf8Json.Count];

        // Reading and validating (all cores) runs ahead of writing (one connection), chunk by chunk: while the writer
        // stores one chunk, the next is being prepared.
        var chunks = new Task[(pending.Length + PrepareChunk - 1) / PrepareChunk];
        for (var c = 0; c < chunks.Length; c++)
        {
            var (from, to) = (c * PrepareChunk, Math.Min(pending.Length, (c + 1) * PrepareChunk));
            void PrepareRange() => Parallel.For(from, to, new ParallelOptions { CancellationToken = cancellationToken }, i => pending[i] = Prepare(utf8Json[i].Span, null));
            chunks[c] = c == 0
                ? Task.Run(PrepareRange, cancellationToken)
                : chunks[c - 1].ContinueWith(_ => PrepareRange(), cancellationToken, TaskContinuationOptions.None, TaskScheduler.Default);
        }

        return await WriteAsync(pending, chunks, cancellationToken).ConfigureAwait(false);
    }

    public async Task<WriteResult> DeleteAsync(string documentId, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var writer = new Writer(dialect, connection, transaction);
            var current = await writer.FindAsync(documentId, cancellationToken).ConfigureAwait(false);
            var currentVersion = current?.Version ?? 0;
            if (expectedVersion is { } expected && expected != currentVersion)
            {
                return new WriteResult { DocumentId = documentId, Outcome = WriteOutcome.Conflict, Version = currentVersion, ExpectedVersion = expected };
            }

            if (current is not { Deleted: false } found)
            {
                return new WriteResult { DocumentId = documentId, Outcome = WriteOutcome.NotFound, Version = currentVersion };
            }

            var position = await writer.ReadPositionAsync(cancellationToken).ConfigureAwait(false) + 1;
            var version = found.Version + 1;
            await writer.UpsertDocumentAsync(documentId, version, deleted: true, projection: null, position, cancellationToken).ConfigureAwait(false);
            await writer.InsertVersionAsync(position, found.DocKey, version, deleted: true, null, null, cancellationToken).ConfigureAwait(false);
            await writer.DeleteProjectionAsync(found.DocKey, cancellationToken).ConfigureAwait(false);
            await writer.WritePositionAsync(position, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new WriteResult { DocumentId = documentId, Outcome = WriteOutcome.Deleted, Version = version, Position = position };
        }
        finally
        {
            writeGate.Release();
        }
    }

    public async Task<StoredDocument?> GetAsync(string documentId, long? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = version is { } asked
            ? Sql.Command(connection, null, LatestSelect + "WHERE d.document_id = @id AND v.version = @version", ("@id", documentId), ("@version", asked))
            : Sql.Command(connection, null, LatestSelect + "WHERE d.document_id = @id AND v.version = d.version", ("@id", documentId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var deleted = Sql.Long(reader, 4) != 0;
        return new StoredDocument
        {
            DocumentId = reader.GetString(0),
            Version = Sql.Long(reader, 1),
            Position = Sql.Long(reader, 2),
            StoredAt = DateTimeOffset.FromUnixTimeMilliseconds(Sql.Long(reader, 3)),
            IsDeleted = deleted,
            Utf8Json = deleted ? ReadOnlyMemory<byte>.Empty : dialect.ReadCanonical(reader, 5),
        };
    }

    public async Task<IReadOnlyList<DocumentVersion>> GetHistoryAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(
            connection,
            null,
            "SELECT v.position, d.document_id, v.version, v.deleted, v.stored_at, v.sha256 FROM documents d JOIN document_versions v ON v.doc_key = d.doc_key WHERE d.document_id = @id ORDER BY v.version",
            ("@id", documentId));
        return await ReadVersionsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<DocumentVersion> GetChangesAsync(long afterPosition = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            List<DocumentVersion> page;
            await using (var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false))
            await using (var command = Sql.Command(
                connection,
                null,
                "SELECT v.position, d.document_id, v.version, v.deleted, v.stored_at, v.sha256 FROM document_versions v JOIN documents d ON d.doc_key = v.doc_key WHERE v.position > @after ORDER BY v.position LIMIT 1000",
                ("@after", afterPosition)))
            {
                page = await ReadVersionsAsync(command, cancellationToken).ConfigureAwait(false);
            }

            foreach (var change in page)
            {
                yield return change;
            }

            if (page.Count < 1000)
            {
                yield break;
            }

            afterPosition = page[^1].Position;
        }
    }

    public async IAsyncEnumerable<StoredRecord> QueryAsync(RecordQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (sql, parameters) = BuildQuery(query);
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, sql, [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new StoredRecord
            {
                DocumentId = reader.GetString(0),
                Version = Sql.Long(reader, 1),
                RecordId = reader.GetString(2),
                Kind = reader.GetString(3),
                ThreadId = Sql.NullableString(reader, 4),
                FirstDay = Sql.Day(reader, 5),
                LastDay = Sql.Day(reader, 6),
                Instant = Sql.Instant(reader, 7),
            };
        }
    }

    /// <summary>The SQL of a query, composed of constant fragments, and its parameters (the values).</summary>
    internal static (string Sql, List<(string Name, object? Value)> Parameters) BuildQuery(RecordQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder(RecordSelect);
        var parameters = new List<(string Name, object? Value)>();
        if (query.Kind is { } kind)
        {
            sql.Append(" AND r.kind = @kind");
            parameters.Add(("@kind", RecordProjection.KindName(kind) ?? throw new ArgumentException(StoreText.UnknownKind(kind), nameof(query))));
        }

        if (query.DocumentId is { } documentId)
        {
            sql.Append(" AND d.document_id = @document");
            parameters.Add(("@document", documentId));
        }

        if (query.ThreadId is { } thread)
        {
            sql.Append(" AND d.thread_id = @thread");
            parameters.Add(("@thread", thread));
        }

        if (query.From is { } from)
        {
            sql.Append(" AND r.last_day >= @from");
            parameters.Add(("@from", from.DayNumber));
        }

        if (query.To is { } to)
        {
            sql.Append(" AND r.first_day <= @to");
            parameters.Add(("@to", to.DayNumber));
        }

        if (query.ActorId is not null || query.Role is not null)
        {
            sql.Append(" AND (r.doc_key, r.ordinal) IN (SELECT a.doc_key, a.ordinal FROM record_actors a WHERE ");
            if (query.ActorId is { } actor)
            {
                sql.Append("a.actor_id = @actor");
                parameters.Add(("@actor", actor));
            }

            if (query.Role is { } role)
            {
                sql.Append(query.ActorId is null ? "a.role = @role" : " AND a.role = @role");
                parameters.Add(("@role", RecordProjection.RoleName(role)));
            }

            sql.Append(')');
        }

        if (query.RefersTo is { } target)
        {
            sql.Append(" AND (r.doc_key, r.ordinal) IN (SELECT l.doc_key, l.ordinal FROM record_links l WHERE l.target_record = @target");
            if (ExternalId.TryParse(target, out var targetDocument, out var targetRecord))
            {
                sql.Append(" AND l.target_document = @target_document");
                parameters.Add(("@target", targetRecord));
                parameters.Add(("@target_document", targetDocument));
            }
            else
            {
                parameters.Add(("@target", target));
            }

            sql.Append(')');
        }

        sql.Append(" ORDER BY d.document_id, r.ordinal");
        if (query.Limit is { } limit)
        {
            sql.Append(" LIMIT @limit");
            parameters.Add(("@limit", Math.Max(0, limit)));
        }

        return (sql.ToString(), parameters);
    }

    public Task<EventThread> LoadThreadAsync(string threadId, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(threadId);
        return asOf is { } day
            ? LoadThreadAsync(ThreadSelect + " AND d.first_day <= @day", cancellationToken, ("@thread", threadId), ("@day", day.DayNumber))
            : LoadThreadAsync(ThreadSelect, cancellationToken, ("@thread", threadId));
    }

    public Task<EventThread> LoadThreadAtAsync(string threadId, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(threadId);
        return LoadThreadAsync(
            ThreadSelect + " AND ((d.instant IS NOT NULL AND d.instant <= @instant) OR (d.instant IS NULL AND d.first_day <= @day))",
            cancellationToken,
            ("@thread", threadId),
            ("@instant", asOf.ToUnixTimeMilliseconds()),
            ("@day", DateOnly.FromDateTime(asOf.UtcDateTime).DayNumber));
    }

    public async ValueTask DisposeAsync()
    {
        await dialect.DisposeAsync().ConfigureAwait(false);
        writeGate.Dispose();
    }

    private static Pending Prepare(ReadOnlySpan<byte> utf8Json, long? expectedVersion)
    {
        DiplomaticEvent document;
        try
        {
            document = PeaceModelJson.Deserialize(utf8Json);
        }
        catch (JsonException ex)
        {
            var problem = ex is JsonReadException { Error: { } error }
                ? new StoreProblem { Path = ValidationPath(error.Path), Code = StoreProblem.JsonCode, Message = error.Description }
                : new StoreProblem { Path = ValidationPath(ex.Path), Code = StoreProblem.JsonCode, Message = ex.Message };
            return new Pending { Result = new WriteResult { Outcome = WriteOutcome.Invalid, Problems = [problem] } };
        }

        return Prepare(document, expectedVersion);
    }

    private static Pending Prepare(DiplomaticEvent document, long? expectedVersion)
    {
        var validation = Validator.Validate(document);
        if (!validation.IsValid)
        {
            var problems = validation.Errors.Select(f => new StoreProblem
            {
                Path = string.IsNullOrEmpty(f.PropertyName) ? "$" : f.PropertyName,
                Code = f.ErrorCode,
                Message = f.ErrorMessage,
            });
            return new Pending { Result = new WriteResult { DocumentId = document.Id, Outcome = WriteOutcome.Invalid, Problems = problems.ToValueList() } };
        }

        var canonical = PeaceModelJson.SerializeToUtf8Bytes(document);
        return new Pending
        {
            Event = document,
            Canonical = canonical,
            Sha256 = SHA256.HashData(canonical),
            Projection = RecordProjection.Project(document),
            Expected = expectedVersion,
        };
    }

    private static string ValidationPath(string? jsonPath) =>
        jsonPath is null or "$" ? "$" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;

    private static async Task<List<DocumentVersion>> ReadVersionsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var versions = new List<DocumentVersion>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(new DocumentVersion
            {
                Position = Sql.Long(reader, 0),
                DocumentId = reader.GetString(1),
                Version = Sql.Long(reader, 2),
                IsDeleted = Sql.Long(reader, 3) != 0,
                StoredAt = DateTimeOffset.FromUnixTimeMilliseconds(Sql.Long(reader, 4)),
                Sha256 = reader.IsDBNull(5) ? null : Convert.ToHexStringLower((byte[])reader.GetValue(5)),
            });
        }

        return versions;
    }

    private async Task<EventThread> LoadThreadAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var documents = new List<DiplomaticEvent>();
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            documents.Add(PeaceModelJson.Deserialize(dialect.ReadCanonical(reader, 0)));
        }

        return EventThread.Create(documents);
    }

    /// <summary>Writes prepared documents in one transaction; <paramref name="chunks"/>, when given, tells when each <see cref="PrepareChunk"/> of them is prepared.</summary>
    private async Task<WriteResult[]> WriteAsync(Pending[] pending, Task[]? chunks, CancellationToken cancellationToken)
    {
        if (chunks is null && pending.All(p => p.Result is not null))
        {
            return [.. pending.Select(p => p.Result!)];
        }

        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var writer = new Writer(dialect, connection, transaction);
            var position = await writer.ReadPositionAsync(cancellationToken).ConfigureAwait(false);
            var startPosition = position;
            var state = new Dictionary<string, CurrentDocument>(StringComparer.Ordinal);
            for (var i = 0; i < pending.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (i % (chunks is null ? pending.Length : PrepareChunk) == 0)
                {
                    var end = chunks is null ? pending.Length : Math.Min(pending.Length, i + PrepareChunk);
                    if (chunks is not null)
                    {
                        await chunks[i / PrepareChunk].ConfigureAwait(false);
                    }

                    // What the store holds of the chunk's documents; those written earlier in this transaction are known already.
                    var found = await writer.FindManyAsync([.. pending[i..end].Where(p => p.Result is null).Select(p => p.Event!.Id)], cancellationToken).ConfigureAwait(false);
                    foreach (var (id, stored) in found)
                    {
                        state.TryAdd(id, stored);
                    }
                }

                var item = pending[i];
                if (item.Result is not null)
                {
                    continue;
                }

                var document = item.Event!;
                var current = state.GetValueOrDefault(document.Id);
                var currentVersion = current?.Version ?? 0;
                if (item.Expected is { } expected && expected != currentVersion)
                {
                    item.Result = new WriteResult { DocumentId = document.Id, Outcome = WriteOutcome.Conflict, Version = currentVersion, ExpectedVersion = expected };
                    continue;
                }

                if (current is { Deleted: false } same && same.Sha256.AsSpan().SequenceEqual(item.Sha256))
                {
                    item.Result = new WriteResult { DocumentId = document.Id, Outcome = WriteOutcome.Unchanged, Version = currentVersion };
                    continue;
                }

                if (document.ThreadId is not null)
                {
                    var problems = await CheckThreadAsync(writer, item, cancellationToken).ConfigureAwait(false);
                    if (problems.Count > 0)
                    {
                        item.Result = new WriteResult { DocumentId = document.Id, Outcome = WriteOutcome.Invalid, Version = currentVersion, Problems = problems };
                        continue;
                    }
                }

                position++;
                var version = currentVersion + 1;
                await writer.QueueAsync(new QueuedDocument(document.Id, version, position, item.Sha256!, item.Canonical!, item.Projection!, Replaces: current is not null, document), cancellationToken).ConfigureAwait(false);
                state[document.Id] = new CurrentDocument(current?.DocKey ?? 0, version, false, item.Sha256!);
                item.Result = new WriteResult { DocumentId = document.Id, Outcome = WriteOutcome.Stored, Version = version, Position = position };
            }

            if (position != startPosition)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                await writer.WritePositionAsync(position, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return [.. pending.Select(p => p.Result!)];
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>
    /// Checks a document that declares a thread against what is stored: the thread is the document, the first stored
    /// document of the thread that lists each of its actors, and the stored documents it refers to.
    /// </summary>
    private async Task<ValueList<StoreProblem>> CheckThreadAsync(Writer writer, Pending item, CancellationToken cancellationToken)
    {
        var document = item.Event!;
        var projection = item.Projection!;
        var thread = projection.ThreadId!;
        var listings = await writer.FirstListingsAsync(thread, projection.ActorIds, document.Id, cancellationToken).ConfigureAwait(false);
        if (listings.Values.Any(l => writer.IsQueued(l.DocumentId)))
        {
            // A listing found in the store has a newer version waiting in this batch: write the batch so far, look again.
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            listings = await writer.FirstListingsAsync(thread, projection.ActorIds, document.Id, cancellationToken).ConfigureAwait(false);
        }

        // The documents to check the new one with: for each actor the first listing in thread order, stored or earlier
        // in this batch (not yet written); and the documents it refers to, likewise.
        var stored = new HashSet<(long DocKey, long Version)>();
        var queued = new Dictionary<string, DiplomaticEvent>(StringComparer.Ordinal);
        foreach (var actorId in projection.ActorIds)
        {
            var inBatch = writer.Queued
                .Where(q => q.Projection.ThreadId == thread && q.Id != document.Id && q.Projection.ActorIds.Contains(actorId))
                .MinBy(q => (q.Projection.LastDay ?? int.MinValue, q.Id), ThreadOrder.Instance);
            var inStore = listings.GetValueOrDefault(actorId);
            if (inBatch is not null && (inStore is null || ThreadOrder.Instance.Compare((inBatch.Projection.LastDay ?? int.MinValue, inBatch.Id), ((int)inStore.LastDay, inStore.DocumentId)) < 0))
            {
                queued.TryAdd(inBatch.Id, inBatch.Event);
            }
            else if (inStore is not null)
            {
                stored.Add((inStore.DocKey, inStore.Version));
            }
        }

        foreach (var other in projection.ExternalDocuments)
        {
            if (other == document.Id)
            {
                continue;
            }

            if (writer.Queued.LastOrDefault(q => q.Id == other) is { } waiting)
            {
                queued.TryAdd(other, waiting.Event);
            }
            else if (await writer.FindAsync(other, cancellationToken).ConfigureAwait(false) is { Deleted: false } found)
            {
                stored.Add((found.DocKey, found.Version));
            }
        }

        var documents = new List<DiplomaticEvent> { document };
        documents.AddRange(queued.Values);
        foreach (var version in stored)
        {
            if (!threadDocuments.TryGetValue(version, out var read))
            {
                read = PeaceModelJson.Deserialize(await writer.ReadVersionAsync(version.DocKey, version.Version, cancellationToken).ConfigureAwait(false));
                if (threadDocuments.Count >= ThreadDocumentCache)
                {
                    threadDocuments.Clear();
                }

                threadDocuments[version] = read;
            }

            if (!queued.ContainsKey(read.Id))
            {
                documents.Add(read);
            }
        }

        var result = ThreadValidator.Validate(EventThread.Create(documents));
        return result.Errors.Select(e => new StoreProblem
        {
            Path = string.IsNullOrEmpty(e.Failure.PropertyName) ? "$" : e.Failure.PropertyName,
            Code = e.Failure.ErrorCode,
            Message = e.Failure.ErrorMessage,
            DocumentId = e.DocumentId == document.Id ? null : e.DocumentId,
        }).ToValueList();
    }

    /// <summary>Thread order (<see cref="EventThread.Documents"/>): by last day, then by id, ordinally.</summary>
    private sealed class ThreadOrder : IComparer<(int LastDay, string Id)>
    {
        public static ThreadOrder Instance { get; } = new();

        public int Compare((int LastDay, string Id) x, (int LastDay, string Id) y) =>
            x.LastDay != y.LastDay ? x.LastDay.CompareTo(y.LastDay) : string.CompareOrdinal(x.Id, y.Id);
    }

    /// <summary>A document on its way in: read and validated outside the write lock, or already decided.</summary>
    private sealed class Pending
    {
        public WriteResult? Result { get; set; }

        public DiplomaticEvent? Event { get; init; }

        public byte[]? Canonical { get; init; }

        public byte[]? Sha256 { get; init; }

        public DocumentProjection? Projection { get; init; }

        public long? Expected { get; init; }
    }
}
