namespace PeaceModel.Ingestion.Nats;

/// <summary>What the stream said of a published document.</summary>
public sealed record PublishedDocument
{
    /// <summary>Gets the message id the document was sent with (<see cref="DocumentMessageId"/>).</summary>
    public required string MessageId { get; init; }

    /// <summary>Gets the stream's sequence of the message (of the first copy, for a duplicate).</summary>
    public required ulong Sequence { get; init; }

    /// <summary>Gets whether the stream already had a message with this id and dropped this one.</summary>
    public bool Duplicate { get; init; }
}
