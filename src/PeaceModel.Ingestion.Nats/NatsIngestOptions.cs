namespace PeaceModel.Ingestion.Nats;

/// <summary>Where a <see cref="NatsIngestSource"/> reads and how: the stream, the subject, the durable consumer shared by the processes that ingest.</summary>
public sealed record NatsIngestOptions
{
    /// <summary>The consumer's name when none is given.</summary>
    public const string DefaultConsumer = "peacemodel-ingest";

    /// <summary>Gets the JetStream stream's name (<c>PEACE</c>). When the stream does not exist it is created, capturing <see cref="Subject"/> and the invalid subject.</summary>
    public required string Stream { get; init; }

    /// <summary>Gets the subject documents arrive on (<c>peace.documents</c>; wildcards allowed): the consumer's filter.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the subject refused documents are published to, or <see langword="null"/> for <see cref="Subject"/> followed by <c>.invalid</c> (a subject with wildcards needs one given). It must lie outside <see cref="Subject"/>.</summary>
    public string? InvalidSubject { get; init; }

    /// <summary>Gets the durable consumer's name. Processes with the same name share the work; a message is delivered to one of them at a time.</summary>
    public string Consumer { get; init; } = DefaultConsumer;

    /// <summary>Gets the most messages fetched and stored together (one store transaction). Default 256.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Gets how long a delivered message may stay unacknowledged before the server delivers it again (to any process). Default 30 seconds.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets how long one fetch waits for a message when none is waiting. Default 2 seconds; less than 1.1 seconds is taken as 1.1 (the client's least).</summary>
    public TimeSpan FetchWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets how long without any message ends the reading, or <see langword="null"/> (the default) to read until cancelled.</summary>
    public TimeSpan? IdleTimeout { get; init; }

    /// <summary>Gets the invalid subject in force: <see cref="InvalidSubject"/>, or <see cref="Subject"/> followed by <c>.invalid</c>.</summary>
    /// <exception cref="ArgumentException">The subject has wildcards and no invalid subject was given, or the invalid subject is one the consumer reads.</exception>
    public string ResolveInvalidSubject()
    {
        var invalid = InvalidSubject ?? (NatsSubjects.HasWildcards(Subject) ? throw new ArgumentException(NatsText.NoInvalidSubject(Subject), nameof(InvalidSubject)) : $"{Subject}.invalid");
        return NatsSubjects.Matches(Subject, invalid) ? throw new ArgumentException(NatsText.InvalidOverlaps(invalid, Subject), nameof(InvalidSubject)) : invalid;
    }
}
