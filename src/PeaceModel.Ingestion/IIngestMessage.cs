namespace PeaceModel.Ingestion;

/// <summary>
/// One message delivered by a transport (a NATS JetStream consumer, a Kafka partition, ...): the bytes of one document,
/// where it came from, and how to settle it. The <see cref="IngestLoop"/> settles every message exactly once: acknowledged
/// after the store committed it, terminated after it was published as invalid, or handed back for redelivery.
/// </summary>
public interface IIngestMessage
{
    /// <summary>Gets the message's bytes: one document's UTF-8 JSON as it was published (it may be anything: the loop checks).</summary>
    ReadOnlyMemory<byte> Data { get; }

    /// <summary>Gets where the message is in its transport, for messages and logs: <c>stream PEACE, sequence 42</c>.</summary>
    string Origin { get; }

    /// <summary>Gets the message's position in its transport (a JetStream stream sequence, a Kafka offset), or <see langword="null"/> when it has none.</summary>
    ulong? Sequence { get; }

    /// <summary>Gets how many times the message has been delivered, this time included (1 the first time).</summary>
    long DeliveryCount { get; }

    /// <summary>Gets when the transport received the message, or <see langword="null"/> when it does not say (used for latency figures).</summary>
    DateTimeOffset? PublishedAt { get; }

    /// <summary>Acknowledges the message: it has been stored (or was already) and must not be delivered again.</summary>
    /// <param name="cancellationToken">Cancels the acknowledgement.</param>
    /// <returns>A task that completes when the transport has taken the acknowledgement.</returns>
    ValueTask AckAsync(CancellationToken cancellationToken);

    /// <summary>Hands the message back to be delivered again after a delay (the store could not take it now).</summary>
    /// <param name="delay">How long the transport should wait before delivering it again.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the transport has taken the request.</returns>
    ValueTask NakAsync(TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>Terminates the message: it will never be delivered again (it is invalid and was published as such).</summary>
    /// <param name="reason">Why, in a few words, for the transport's records.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the transport has taken the request.</returns>
    ValueTask TermAsync(string reason, CancellationToken cancellationToken);
}
