using NATS.Client.JetStream;

namespace PeaceModel.Ingestion.Nats;

/// <summary>A JetStream message as the ingestion loop sees it.</summary>
internal sealed class NatsIngestMessage(INatsJSMsg<byte[]> message) : IIngestMessage
{
    public ReadOnlyMemory<byte> Data => message.Data ?? [];

    public string Origin => message.Metadata is { } metadata
        ? NatsText.Origin(metadata.Stream, metadata.Sequence.Stream)
        : NatsText.Origin(message.Subject);

    public ulong? Sequence => message.Metadata?.Sequence.Stream;

    public long DeliveryCount => (long)(message.Metadata?.NumDelivered ?? 1);

    public DateTimeOffset? PublishedAt => message.Metadata?.Timestamp;

    public ValueTask AckAsync(CancellationToken cancellationToken) => message.AckAsync(cancellationToken: cancellationToken);

    public ValueTask NakAsync(TimeSpan delay, CancellationToken cancellationToken) => message.NakAsync(new AckOpts { NakDelay = delay }, cancellationToken);

    // No reason on the wire: nats-server 2.9 (Debian 12's) does not read "+TERM reason" as a termination and would deliver the message again.
    public ValueTask TermAsync(string reason, CancellationToken cancellationToken) => message.AckTerminateAsync(cancellationToken: cancellationToken);
}
