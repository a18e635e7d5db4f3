namespace PeaceModel.Ingestion;

/// <summary>
/// Where an <see cref="IngestLoop"/> reads messages: a transport's consumer, in batches (a JetStream fetch, a Kafka poll).
/// An adapter for a new transport implements this, <see cref="IIngestMessage"/> and <see cref="IInvalidSink"/>; nothing else.
/// </summary>
public interface IIngestSource
{
    /// <summary>
    /// Reads batches of messages until cancelled. A batch may be empty (nothing arrived in a while); the loop
    /// settles every message of a batch before it asks for the next one.
    /// </summary>
    /// <param name="cancellationToken">Ends the reading: the enumeration ends or throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The batches, as they arrive.</returns>
    IAsyncEnumerable<IReadOnlyList<IIngestMessage>> ReadBatchesAsync(CancellationToken cancellationToken);
}
