using PeaceModel.Storage;

namespace PeaceModel.Ingestion.Tests.Support;

/// <summary>A message of a test transport: records how it was settled.</summary>
internal sealed class FakeMessage(byte[] data, ulong sequence) : IIngestMessage
{
    public List<string> Settlements { get; } = [];

    /// <summary>Gets or sets whether settling throws, as when the connection to the server is lost.</summary>
    public bool ConnectionLost { get; set; }

    public ReadOnlyMemory<byte> Data => data;

    public string Origin => $"test {sequence}";

    public ulong? Sequence => sequence;

    public long DeliveryCount => 1;

    public DateTimeOffset? PublishedAt => null;

    public ValueTask AckAsync(CancellationToken cancellationToken)
    {
        Settlements.Add("ack");
        return ConnectionLost ? ValueTask.FromException(new IOException("connection lost")) : ValueTask.CompletedTask;
    }

    public ValueTask NakAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        Settlements.Add("nak");
        return ConnectionLost ? ValueTask.FromException(new IOException("connection lost")) : ValueTask.CompletedTask;
    }

    public ValueTask TermAsync(string reason, CancellationToken cancellationToken)
    {
        Settlements.Add("term");
        return ConnectionLost ? ValueTask.FromException(new IOException("connection lost")) : ValueTask.CompletedTask;
    }
}

/// <summary>An invalid sink that keeps what it is given, or fails when told to.</summary>
internal sealed class FakeSink : IInvalidSink
{
    public List<InvalidDocument> Published { get; } = [];

    public bool Fail { get; set; }

    public ValueTask PublishAsync(InvalidDocument invalid, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new IOException("the invalid subject is unreachable");
        }

        Published.Add(invalid);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A source that hands out the batches it was given, then ends.</summary>
internal sealed class FakeSource(params IReadOnlyList<IIngestMessage>[] batches) : IIngestSource
{
    public async IAsyncEnumerable<IReadOnlyList<IIngestMessage>> ReadBatchesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var batch in batches)
        {
            await Task.Yield();
            yield return batch;
        }
    }
}

/// <summary>A store that fails every put (a database that is down), or only the puts of documents holding a marker.</summary>
internal sealed class FailingStore(IEventStore inner, string? failWhenContains = null) : IEventStore
{
    public Task<WriteResult> PutAsync(DiplomaticEvent document, long? expectedVersion = null, CancellationToken cancellationToken = default) => inner.PutAsync(document, expectedVersion, cancellationToken);

    public Task<WriteResult> PutJsonAsync(ReadOnlyMemory<byte> utf8Json, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        Fails(utf8Json) ? throw new EventStoreException("the database is down") : inner.PutJsonAsync(utf8Json, expectedVersion, cancellationToken);

    public Task<IReadOnlyList<WriteResult>> PutManyAsync(IReadOnlyList<ReadOnlyMemory<byte>> utf8Json, CancellationToken cancellationToken = default) =>
        utf8Json.Any(Fails) ? throw new EventStoreException("the database is down") : inner.PutManyAsync(utf8Json, cancellationToken);

    public Task<StoredDocument?> GetAsync(string documentId, long? version = null, CancellationToken cancellationToken = default) => inner.GetAsync(documentId, version, cancellationToken);

    public Task<IReadOnlyList<DocumentVersion>> GetHistoryAsync(string documentId, CancellationToken cancellationToken = default) => inner.GetHistoryAsync(documentId, cancellationToken);

    public Task<WriteResult> DeleteAsync(string documentId, long? expectedVersion = null, CancellationToken cancellationToken = default) => inner.DeleteAsync(documentId, expectedVersion, cancellationToken);

    public IAsyncEnumerable<DocumentVersion> GetChangesAsync(long afterPosition = 0, CancellationToken cancellationToken = default) => inner.GetChangesAsync(afterPosition, cancellationToken);

    public IAsyncEnumerable<StoredRecord> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(query, cancellationToken);

    public Task<Threads.EventThread> LoadThreadAsync(string threadId, DateOnly? asOf = null, CancellationToken cancellationToken = default) => inner.LoadThreadAsync(threadId, asOf, cancellationToken);

    public Task<Threads.EventThread> LoadThreadAtAsync(string threadId, DateTimeOffset asOf, CancellationToken cancellationToken = default) => inner.LoadThreadAtAsync(threadId, asOf, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private bool Fails(ReadOnlyMemory<byte> json) => failWhenContains is null || System.Text.Encoding.UTF8.GetString(json.Span).Contains(failWhenContains, StringComparison.Ordinal);
}
