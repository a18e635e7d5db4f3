namespace PeaceModel.Ingestion.Nats;

/// <summary>The headers PeaceModel writes on NATS messages.</summary>
public static class NatsHeaderNames
{
    /// <summary>JetStream's message id header: the stream drops a message whose id it has seen within its duplicate window.</summary>
    public const string MessageId = "Nats-Msg-Id";

    /// <summary>On a message of the invalid subject: the problems, as one line of JSON (<see cref="IngestProblemsJson"/>).</summary>
    public const string Problems = "PeaceModel-Problems";

    /// <summary>On a message of the invalid subject: where the refused message was (<c>stream PEACE, sequence 42</c>).</summary>
    public const string Origin = "PeaceModel-Origin";
}
