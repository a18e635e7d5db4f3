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

    /// <summary>How many thread members (<see cref="threads"/>) are kept in memory at most; all are dropped when there are more.</summary>
    private const int ThreadMemberCache = 100_000;

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

    /// <summary>
    /// The projections of the versions this instance wrote, by key and version (never stale), so that a later document
    /// that refers to one finds its records' kinds without a round trip; used under the write lock only, cleared with
    /// <see cref="threadDocuments"/>.
    /// </summary>
    private readonly Dictionary<(long DocKey, long Version), DocumentProjection> writtenProjections = [];

    /// <summary>
    /// The members of the threads checked so far, by thread id, and the thread each document is a member of; used under
    /// the write lock only. They are the store's state at position <see cref="threadsAt"/> (the last commit of this
    /// instance), updated as documents are queued: a write that finds the store at another position (another process or
    /// instance wrote) drops them, as does one that fails.
    /// </summary>
    private readonly Dictionary<string, ThreadMembers> threads = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> memberThreads = new(StringComparer.Ordinal);

    private long threadsAt = -1;

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
            DropThreads();
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
        // Reading the documents is most of the work: each is read on the thread pool (all cores) as soon as its text has
        // arrived, while the next texts are still being received.
        var reads = new List<Task<DiplomaticEvent>>();
        await using (var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var command = Sql.Command(connection, null, sql, parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var text = dialect.ReadCanonical(reader, 0);
                reads.Add(Task.Run(() => PeaceModelJson.Deserialize(text), cancellationToken));
            }
        }

        return EventThread.Create(await Task.WhenAll(reads).ConfigureAwait(false));
    }

    /// <summary>
    /// Writes prepared documents in one transaction; <paramref name="chunks"/>, when given, tells when each
    /// <see cref="PrepareChunk"/> of them is prepared. A batch (<paramref name="chunks"/> given) is first written with its
    /// thread checks run on the thread pool while the writer goes on, as if each passed; if one does not, nothing of that
    /// transaction is kept and the batch is written again with each check decided before the next document is queued.
    /// </summary>
    private async Task<WriteResult[]> WriteAsync(Pending[] pending, Task[]? chunks, CancellationToken cancellationToken)
    {
        if (chunks is null)
        {
            return pending.All(p => p.Result is not null)
                ? [.. pending.Select(p => p.Result!)]
                : (await WriteAsync(pending, chunks, speculative: false, cancellationToken).ConfigureAwait(false))!;
        }

        if (await WriteAsync(pending, chunks, speculative: true, cancellationToken).ConfigureAwait(false) is { } written)
        {
            return written;
        }

        // The writer's decisions are made again, in order, once every chunk is prepared.
        await Task.WhenAll(chunks).ConfigureAwait(false);
        foreach (var item in pending)
        {
            if (item.Event is not null)
            {
                item.Result = null;
            }
        }

        return (await WriteAsync(pending, chunks, speculative: false, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Writes prepared documents in one transaction. With <paramref name="speculative"/>, the thread checks' comparisons (the
    /// part of a check that needs no store) run on the thread pool, each as soon as the documents it compares are known, and
    /// are awaited before the commit: when one finds a problem, the transaction is rolled back and the result is
    /// <see langword="null"/> (never without <paramref name="speculative"/>).
    /// </summary>
    private async Task<WriteResult[]?> WriteAsync(Pending[] pending, Task[]? chunks, bool speculative, CancellationToken cancellationToken)
    {
        var checks = new List<Task<bool>>();
        var settled = 0;
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using var writer = new Writer(dialect, connection, transaction);
            var position = await writer.ReadPositionAsync(cancellationToken).ConfigureAwait(false);
            var startPosition = position;
            if (position != threadsAt || memberThreads.Count > ThreadMemberCache)
            {
                DropThreads();
            }

            var batch = new Batch();
            writer.Written = (key, written) =>
            {
                if (memberThreads.TryGetValue(written.Id, out var thread) && threads[thread].Find(written.Id) is { } member && member.Version == written.Version)
                {
                    member.DocKey = key;
                }

                Remember((key, written.Version), written.Event);
                writtenProjections[(key, written.Version)] = written.Projection;
            };
            try
            {
                for (var i = 0; i < pending.Length; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (i % (chunks is null ? pending.Length : PrepareChunk) == 0)
                    {
                        var end = chunks is null ? pending.Length : Math.Min(pending.Length, i + PrepareChunk);
                        if (chunks is not null)
                        {
                            // A speculative check that failed makes the rest of the transaction's work useless: stop early.
                            for (; settled < checks.Count && checks[settled].IsCompleted; settled++)
                            {
                                if (!await checks[settled].ConfigureAwait(false))
                                {
                                    return Abandon();
                                }
                            }

                            // What the chunks before have queued is written while this one is being prepared.
                            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                            await chunks[i / PrepareChunk].ConfigureAwait(false);
                        }

                        // What the store holds of the chunk's documents, and which stored documents refer to them; those written
                        // earlier in this transaction are known already.
                        string[] ids = [.. pending[i..end].Where(p => p.Result is null).Select(p => p.Event!.Id)];
                        foreach (var (id, stored) in await writer.FindManyAsync(ids, cancellationToken).ConfigureAwait(false))
                        {
                            batch.State.TryAdd(id, stored);
                        }

                        batch.StoredReferrers.Clear();
                        if (pending[i..end].Any(p => p.Event?.ThreadId is not null))
                        {
                            var keys = ids.Where(batch.State.ContainsKey).ToDictionary(id => id, id => batch.State[id].DocKey, StringComparer.Ordinal);
                            foreach (var referrer in await writer.ReferrersAsync(ids, keys, cancellationToken).ConfigureAwait(false))
                            {
                                if (!batch.StoredReferrers.TryGetValue(referrer.Target, out var list))
                                {
                                    batch.StoredReferrers.Add(referrer.Target, list = []);
                                }

                                list.Add(referrer);
                            }
                        }
                    }

                    var item = pending[i];
                    if (item.Result is not null)
                    {
                        continue;
                    }

                    var document = item.Event!;
                    var current = batch.State.GetValueOrDefault(document.Id);
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

                    if (document.ThreadId is not null && speculative)
                    {
                        var (compared, former) = await ComparedAsync(writer, batch, item, cancellationToken).ConfigureAwait(false);
                        checks.Add(Task.Run(() => Passes(document, compared, hasFormer: former is not null), cancellationToken));
                    }
                    else if (document.ThreadId is not null)
                    {
                        var problems = await CheckThreadAsync(writer, batch, item, cancellationToken).ConfigureAwait(false);
                        if (problems.Count > 0)
                        {
                            item.Result = new WriteResult { DocumentId = document.Id, Outcome = WriteOutcome.Invalid, Version = currentVersion, Problems = problems };
                            continue;
                        }
                    }

                    position++;
                    var version = currentVersion + 1;
                    var queued = new QueuedDocument(document.Id, version, position, item.Sha256!, item.Canonical!, item.Projection!, Replaces: current is not null, document);
                    Track(batch, queued, current is { Deleted: false } ? current.DocKey : 0);
                    await writer.QueueAsync(queued, cancellationToken).ConfigureAwait(false);
                    batch.State[document.Id] = new CurrentDocument(current?.DocKey ?? 0, version, false, item.Sha256!);
                    item.Result = new WriteResult { DocumentId = document.Id, Outcome = WriteOutcome.Stored, Version = version, Position = position };
                }

                foreach (var check in checks)
                {
                    if (!await check.ConfigureAwait(false))
                    {
                        return Abandon();
                    }
                }

                if (position != startPosition)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                    await writer.WritePositionAsync(position, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    threadsAt = position;
                }
            }
            catch
            {
                Abandon();
                throw;
            }

            if (position != startPosition)
            {
                await dialect.AfterWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return [.. pending.Select(p => p.Result!)];

            // The members were updated as documents were queued: after a failed write they are not the store's. Nor are the
            // versions this transaction wrote (a rolled-back key may be given to another document: SQLite reuses them).
            WriteResult[]? Abandon()
            {
                DropThreads();
                threadDocuments.Clear();
                writtenProjections.Clear();
                return null;
            }
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>Forgets the thread members kept in memory (the documents read stay: a version never changes).</summary>
    private void DropThreads()
    {
        threads.Clear();
        memberThreads.Clear();
        threadsAt = -1;
    }

    private void Remember((long DocKey, long Version) version, DiplomaticEvent document)
    {
        if (threadDocuments.Count >= ThreadDocumentCache)
        {
            threadDocuments.Clear();
            writtenProjections.Clear();
        }

        threadDocuments[version] = document;
    }

    /// <summary>Records a queued document as the latest of its id: in its thread's members (and out of its former thread's), and among the documents written in this transaction.</summary>
    private void Track(Batch batch, QueuedDocument queued, long docKey)
    {
        if (memberThreads.Remove(queued.Id, out var former) && threads.TryGetValue(former, out var formerMembers))
        {
            formerMembers.Remove(queued.Id);
        }

        if (queued.Projection.ThreadId is { } thread && threads.TryGetValue(thread, out var members))
        {
            members.Add(new ThreadMember(queued.Id, docKey, queued.Version, queued.Projection.LastDay ?? int.MinValue, queued.Projection.ActorIds) { Reduced = ThreadMember.Reduce(queued.Event) });
            memberThreads[queued.Id] = thread;
        }

        batch.Written[queued.Id] = queued;
        foreach (var target in queued.Projection.ExternalDocuments)
        {
            if (!batch.WrittenReferrers.TryGetValue(target, out var ids))
            {
                batch.WrittenReferrers.Add(target, ids = new HashSet<string>(StringComparer.Ordinal));
            }

            ids.Add(queued.Id);
        }
    }

    /// <summary>The members of a thread: kept in memory, or read from the store (documents queued and not yet written are members of the thread they were queued in already).</summary>
    private async Task<ThreadMembers> ThreadAsync(Writer writer, string threadId, CancellationToken cancellationToken)
    {
        if (threads.TryGetValue(threadId, out var members))
        {
            return members;
        }

        members = new ThreadMembers();
        foreach (var document in (await writer.ThreadMembersAsync(threadId, cancellationToken).ConfigureAwait(false)).GroupBy(r => r.DocumentId, StringComparer.Ordinal))
        {
            if (writer.IsQueued(document.Key))
            {
                continue;
            }

            var first = document.First();
            members.Add(new ThreadMember(first.DocumentId, first.DocKey, first.Version, first.LastDay, [.. document.Select(r => r.ActorId).OfType<string>()]));
            memberThreads[first.DocumentId] = threadId;
        }

        threads.Add(threadId, members);
        return members;
    }

    /// <summary>A stored version, parsed: from the cache of the documents read and written, or read from the store.</summary>
    private async Task<DiplomaticEvent> ReadEventAsync(Writer writer, string documentId, long docKey, long version, CancellationToken cancellationToken)
    {
        if (writer.QueuedVersion(documentId) is { } queued && queued.Version == version)
        {
            return queued.Event;
        }

        if (!threadDocuments.TryGetValue((docKey, version), out var read))
        {
            read = PeaceModelJson.Deserialize(await writer.ReadVersionAsync(docKey, version, cancellationToken).ConfigureAwait(false));
            Remember((docKey, version), read);
        }

        return read;
    }

    /// <summary>
    /// Checks a document that declares a thread against what is stored, as <see cref="ThreadValidator"/> would check
    /// the whole thread: the document is compared with the documents the whole-thread check would compare it with, and
    /// so are the stored documents whose check it changes. Those are, for each actor it lists, the first other document
    /// of the thread that lists it, or every one that does when the document comes first (or its former version did);
    /// the documents it refers to; the documents that refer to it; and, for each actor those list, the first listing.
    /// Documents compared for their actors only are reduced to them (<see cref="ThreadMember.Reduce"/>), kept in memory.
    /// Problems of the other documents that hold without the new version (stored before this check existed) are left out.
    /// </summary>
    private async Task<ValueList<StoreProblem>> CheckThreadAsync(Writer writer, Batch batch, Pending item, CancellationToken cancellationToken)
    {
        var document = item.Event!;
        var (compared, former) = await ComparedAsync(writer, batch, item, cancellationToken).ConfigureAwait(false);
        var errors = ThreadValidator.Validate(EventThread.Create([document, .. compared])).Errors;
        if (errors.Any(e => e.DocumentId != document.Id))
        {
            // Problems of the other documents that they have without this version too are not this version's.
            var before = new List<DiplomaticEvent>(compared);
            if (former is not null)
            {
                before.Add(await ReadEventAsync(writer, former.DocumentId, former.DocKey, former.Version, cancellationToken).ConfigureAwait(false));
            }

            var existing = Existing(document.Id, before);
            errors = [.. errors.Where(e => e.DocumentId == document.Id || !existing.Contains(Key(e)))];
        }

        return errors.Select(e => new StoreProblem
        {
            Path = string.IsNullOrEmpty(e.Failure.PropertyName) ? "$" : e.Failure.PropertyName,
            Code = e.Failure.ErrorCode,
            Message = e.Failure.ErrorMessage,
            DocumentId = e.DocumentId == document.Id ? null : e.DocumentId,
        }).ToValueList();
    }

    /// <summary>
    /// Tells whether a thread check passes (<see cref="CheckThreadAsync"/>) without reading anything: no problem of the
    /// document, and every problem of the others one they have without it. Where the document replaces a version of its
    /// thread and the others have problems, the answer needs that version: <see langword="false"/>, and the batch is
    /// checked in turn.
    /// </summary>
    private static bool Passes(DiplomaticEvent document, List<DiplomaticEvent> compared, bool hasFormer)
    {
        var errors = ThreadValidator.Validate(EventThread.Create([document, .. compared])).Errors;
        if (errors.Count == 0)
        {
            return true;
        }

        if (hasFormer || errors.Any(e => e.DocumentId == document.Id))
        {
            return false;
        }

        var existing = Existing(document.Id, compared);
        return errors.All(e => existing.Contains(Key(e)));
    }

    /// <summary>The problems the other documents of a check have among themselves, without the document checked.</summary>
    private static HashSet<(string DocumentId, string PropertyName, string ErrorCode, string ErrorMessage)> Existing(string documentId, List<DiplomaticEvent> others) =>
        [.. ThreadValidator.Validate(EventThread.Create(others)).Errors.Where(e => e.DocumentId != documentId).Select(Key)];

    private static (string DocumentId, string PropertyName, string ErrorCode, string ErrorMessage) Key(ThreadProblem problem) =>
        (problem.DocumentId, problem.Failure.PropertyName, problem.Failure.ErrorCode, problem.Failure.ErrorMessage);

    /// <summary>
    /// The documents a thread check compares a document with (<see cref="CheckThreadAsync"/>), as the store and the
    /// transaction hold them now, and the stored version it replaces in its thread, if any.
    /// </summary>
    private async Task<(List<DiplomaticEvent> Compared, ThreadMember? Former)> ComparedAsync(Writer writer, Batch batch, Pending item, CancellationToken cancellationToken)
    {
        var document = item.Event!;
        var projection = item.Projection!;
        var thread = projection.ThreadId!;
        var members = await ThreadAsync(writer, thread, cancellationToken).ConfigureAwait(false);
        var former = members.Find(document.Id);
        var lastDay = projection.LastDay ?? int.MinValue;
        var selected = new Dictionary<string, ThreadMember>(StringComparer.Ordinal);
        var handled = new HashSet<string>(projection.ActorIds, StringComparer.Ordinal);
        if (former is not null)
        {
            handled.UnionWith(former.ActorIds);
        }

        foreach (var actorId in handled)
        {
            if (members.First(actorId, document.Id) is not { } first)
            {
                continue;
            }

            var comesFirst = projection.ActorIds.Contains(actorId) && ThreadMember.Compare(lastDay, document.Id, first.LastDay, first.DocumentId) < 0;
            var cameFirst = former is not null && former.ActorIds.Contains(actorId) && ThreadMember.Compare(former.LastDay, former.DocumentId, first.LastDay, first.DocumentId) < 0;
            if (comesFirst || cameFirst)
            {
                // The first listing changes: the whole-thread check compares every listing with the new first.
                foreach (var listing in members.Listing(actorId, document.Id))
                {
                    selected.TryAdd(listing.DocumentId, listing);
                }
            }
            else if (projection.ActorIds.Contains(actorId))
            {
                selected.TryAdd(first.DocumentId, first);
            }
        }

        // The documents it refers to and those that refer to it, whole (their references are compared): of this thread,
        // members; of another, read as they are. The other members are compared by their actors only.
        var others = new Dictionary<string, DiplomaticEvent>(StringComparer.Ordinal);
        var whole = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in projection.ExternalDocuments)
        {
            if (target == document.Id || whole.Contains(target))
            {
                continue;
            }

            if (members.Find(target) is { } member)
            {
                // A document of the thread need not be read when each reference to it names a record it has, of a kind the reference may name.
                if (!await ReferencesHoldAsync(writer, batch, projection, target, member, cancellationToken).ConfigureAwait(false))
                {
                    whole.Add(target);
                    selected.TryAdd(target, member);
                }
            }
            else if (!whole.Add(target))
            {
                continue;
            }
            else if (batch.Written.TryGetValue(target, out var written))
            {
                others.TryAdd(target, written.Event);
            }
            else if (await writer.FindAsync(target, cancellationToken).ConfigureAwait(false) is { Deleted: false } found)
            {
                others.TryAdd(target, await ReadEventAsync(writer, target, found.DocKey, found.Version, cancellationToken).ConfigureAwait(false));
            }
        }

        foreach (var (referrerId, docKey, version) in Referrers(batch, document.Id, projection))
        {
            if (!whole.Add(referrerId))
            {
                continue;
            }

            if (members.Find(referrerId) is { } member)
            {
                selected.TryAdd(referrerId, member);
            }
            else
            {
                others.Add(referrerId, batch.Written.TryGetValue(referrerId, out var written)
                    ? written.Event
                    : await ReadEventAsync(writer, referrerId, docKey, version, cancellationToken).ConfigureAwait(false));
            }
        }

        // Each selected document is compared, for every actor it lists, with that actor's first listing: add those (and theirs).
        var open = new Queue<ThreadMember>(selected.Values);
        while (open.TryDequeue(out var member))
        {
            foreach (var actorId in member.ActorIds)
            {
                if (!handled.Contains(actorId) && members.First(actorId, document.Id) is { } first && selected.TryAdd(first.DocumentId, first))
                {
                    open.Enqueue(first);
                }
            }
        }

        // A document it refers to is compared whole even where its references to it hold: the check reads every document it is given.
        whole.UnionWith(selected.Keys.Where(projection.ExternalDocuments.Contains));
        var compared = new List<DiplomaticEvent>(selected.Count + others.Count + 1);
        foreach (var member in selected.Values)
        {
            if (whole.Contains(member.DocumentId))
            {
                compared.Add(await ReadEventAsync(writer, member.DocumentId, member.DocKey, member.Version, cancellationToken).ConfigureAwait(false));
            }
            else
            {
                member.Reduced ??= ThreadMember.Reduce(await ReadEventAsync(writer, member.DocumentId, member.DocKey, member.Version, cancellationToken).ConfigureAwait(false));
                compared.Add(member.Reduced);
            }
        }

        compared.AddRange(others.Values);
        return (compared, former);
    }

    /// <summary>Tells whether every reference of a document to a member of its thread names a record the member has, of a kind it may name (<see cref="RecordProjection.ReferenceHolds"/>).</summary>
    private async Task<bool> ReferencesHoldAsync(Writer writer, Batch batch, DocumentProjection projection, string target, ThreadMember member, CancellationToken cancellationToken)
    {
        var known = batch.Written.TryGetValue(target, out var written) ? written.Projection : writtenProjections.GetValueOrDefault((member.DocKey, member.Version));
        var kinds = known is not null
            ? known.Records.DistinctBy(r => r.RecordId).ToDictionary(r => r.RecordId, r => r.Kind, StringComparer.Ordinal)
            : await writer.RecordKindsAsync(member.DocKey, cancellationToken).ConfigureAwait(false);
        foreach (var record in projection.Records)
        {
            foreach (var (role, document, recordId) in record.Links)
            {
                if (document == target && !RecordProjection.ReferenceHolds(record.Kind, role, kinds.GetValueOrDefault(recordId)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The latest versions that refer to a document: written in this transaction, or stored before it, where the whole-thread
    /// check could find fault with one of their references to it (<see cref="RecordProjection.ReferenceHolds"/>: a stored
    /// reference that names a record the new version has, of a kind it may name, within the thread, is left out).
    /// </summary>
    private static IEnumerable<(string DocumentId, long DocKey, long Version)> Referrers(Batch batch, string documentId, DocumentProjection projection)
    {
        Dictionary<string, string>? kinds = null;
        foreach (var referrer in (batch.StoredReferrers.GetValueOrDefault(documentId) ?? []).GroupBy(r => r.DocumentId, StringComparer.Ordinal))
        {
            if (referrer.Key == documentId || batch.Written.ContainsKey(referrer.Key))
            {
                continue;
            }

            kinds ??= projection.Records.DistinctBy(r => r.RecordId).ToDictionary(r => r.RecordId, r => r.Kind, StringComparer.Ordinal);
            if (referrer.Any(r => r.ThreadId != projection.ThreadId || !RecordProjection.ReferenceHolds(r.Kind, r.Role, kinds.GetValueOrDefault(r.TargetRecord))))
            {
                var first = referrer.First();
                yield return (first.DocumentId, first.DocKey, first.Version);
            }
        }

        foreach (var id in batch.WrittenReferrers.GetValueOrDefault(documentId) ?? [])
        {
            if (id != documentId && batch.Written[id] is var written && written.Projection.ExternalDocuments.Contains(documentId))
            {
                yield return (id, 0, written.Version);
            }
        }
    }

    /// <summary>What one write transaction knows: the state of the documents it met, what it wrote, and the stored documents that refer to the current chunk's.</summary>
    private sealed class Batch
    {
        public Dictionary<string, CurrentDocument> State { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, QueuedDocument> Written { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HashSet<string>> WrittenReferrers { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<StoredReference>> StoredReferrers { get; } = new(StringComparer.Ordinal);
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
