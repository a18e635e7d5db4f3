using PeaceModel.Threads;

namespace PeaceModel.Storage;

/// <summary>
/// A store of PeaceModel documents (<see cref="DiplomaticEvent"/>s), versioned, with every record of the
/// latest version of each document projected so that it can be queried by kind, actor, date, thread and
/// what it refers to. <see cref="SqliteEventStore"/> is the embedded default; <c>PeaceModel.Storage.PostgreSql</c>
/// keeps the same API and behaviour on a server. Every member is safe to call from several threads at once.
/// </summary>
/// <remarks>
/// <para>
/// A put validates the document (<see cref="Validation.DiplomaticEventValidator"/>, and, when it declares a thread,
/// <see cref="Validation.ThreadValidator"/> against the stored documents the whole-thread check would compare it with:
/// those it shares actors with or refers to, those that refer to it; a stored document it would put at fault is named)
/// and stores only a valid one, in one transaction with its projection. The stored form is the canonical JSON
/// (<see cref="Serialization.PeaceModelJson.SerializeToUtf8Bytes{T}(T)"/>): putting the same canonical bytes again
/// changes nothing, different content is a new version.
/// </para>
/// <para>
/// Versions count from 1 per document; a delete is a version too (a tombstone). Every put and delete that
/// changes the store has a position in the change feed, in commit order.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// await using var store = await SqliteEventStore.OpenAsync("events.db");
/// var result = await store.PutAsync(diplomaticEvent);            // result.Outcome: Stored, Unchanged, Invalid or Conflict
/// await foreach (var record in store.QueryAsync(new RecordQuery { ActorId = "putin", Role = ReferenceRole.Author })) { ... }
/// var thread = await store.LoadThreadAsync("port-amrel-ceasefire", new DateOnly(2026, 4, 20));
/// </code>
/// </example>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>Validates and stores a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="expectedVersion">
    /// The version the caller last saw (0: the document must have no history yet), or <see langword="null"/>
    /// to store whatever the store holds. When the store holds another version, nothing is stored and the
    /// outcome is <see cref="WriteOutcome.Conflict"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the put; nothing is stored then.</param>
    /// <returns>What happened: stored as a new version, unchanged, invalid (with the problems) or a conflict.</returns>
    Task<WriteResult> PutAsync(DiplomaticEvent document, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Reads, validates and stores a document given as UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document's JSON (any key order and whitespace; the canonical form is stored).</param>
    /// <param name="expectedVersion">As for <see cref="PutAsync(DiplomaticEvent, long?, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the put.</param>
    /// <returns>What happened; JSON that cannot be read as a document is <see cref="WriteOutcome.Invalid"/> with one problem of code <c>JSON</c>.</returns>
    Task<WriteResult> PutJsonAsync(ReadOnlyMemory<byte> utf8Json, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads, validates and stores many documents in one transaction: every valid document is stored with its
    /// projection, or (when the process dies, the connection breaks or the call is cancelled) none of the batch.
    /// An invalid document does not stop the others. Documents later in the batch see the earlier ones.
    /// </summary>
    /// <param name="utf8Json">The documents' JSON.</param>
    /// <param name="cancellationToken">Cancels the batch; nothing of it is stored then.</param>
    /// <returns>One result per document, in order.</returns>
    Task<IReadOnlyList<WriteResult>> PutManyAsync(IReadOnlyList<ReadOnlyMemory<byte>> utf8Json, CancellationToken cancellationToken = default);

    /// <summary>Gets a document: the latest version, or the one asked for.</summary>
    /// <param name="documentId">The document's id (<see cref="DiplomaticEvent.Id"/>).</param>
    /// <param name="version">The version, or <see langword="null"/> for the latest.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document with exactly the canonical bytes that were put (a tombstone when that version is a delete), or <see langword="null"/> when there is no such document or version.</returns>
    Task<StoredDocument?> GetAsync(string documentId, long? version = null, CancellationToken cancellationToken = default);

    /// <summary>Gets every version of a document, oldest first, tombstones included.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The versions; empty when the store never held the document.</returns>
    Task<IReadOnlyList<DocumentVersion>> GetHistoryAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a document: a tombstone becomes its latest version and its records leave the queries; the earlier versions stay readable.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <param name="expectedVersion">The version the caller last saw, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns><see cref="WriteOutcome.Deleted"/>, <see cref="WriteOutcome.NotFound"/> (no such document, or already deleted) or <see cref="WriteOutcome.Conflict"/>.</returns>
    Task<WriteResult> DeleteAsync(string documentId, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the change feed: every put that stored a version and every delete, in commit order.</summary>
    /// <param name="afterPosition">The last position already seen; 0 for the whole feed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The changes after <paramref name="afterPosition"/>, by position.</returns>
    IAsyncEnumerable<DocumentVersion> GetChangesAsync(long afterPosition = 0, CancellationToken cancellationToken = default);

    /// <summary>Finds the records of the latest versions of the stored documents that match every condition of a query.</summary>
    /// <param name="query">The conditions; an empty query matches every record.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The records, by document id and then in the order of the document (kind by kind, as <see cref="Kinds.RecordKinds.All"/>).</returns>
    /// <exception cref="ArgumentException">The query names an unknown kind.</exception>
    IAsyncEnumerable<StoredRecord> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads the documents of a thread, as of a day: those dated (their first day) on or before it, latest versions, deleted
    /// ones left out. The day is in the events' timeline; a version is the reporting as corrected since, not as it was stored
    /// by that day (docs/storage.md, "Queries").
    /// </summary>
    /// <param name="threadId">The thread's id (<see cref="DiplomaticEvent.ThreadId"/>).</param>
    /// <param name="asOf">The day, or <see langword="null"/> for every document of the thread.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The thread, ready for <see cref="EventThread.Analyze(DateOnly)"/>; empty when no document declares it.</returns>
    Task<EventThread> LoadThreadAsync(string threadId, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads the documents of a thread as of an instant: those whose date has a known instant (a time and a time
    /// zone) at or before it, and those without one whose first day is on or before the instant's day in UTC.
    /// </summary>
    /// <param name="threadId">The thread's id.</param>
    /// <param name="asOf">The instant.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The thread.</returns>
    Task<EventThread> LoadThreadAtAsync(string threadId, DateTimeOffset asOf, CancellationToken cancellationToken = default);
}
