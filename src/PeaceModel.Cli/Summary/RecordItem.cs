
namespace PeaceModel.Cli.Summary;

/// <summary>One record of any kind, as its declaration describes it.</summary>
internal sealed record RecordItem
{
    public required string Id { get; init; }

    /// <summary>The kind of record, as the name of its list in the event format, such as proposals or incidents.</summary>
    public required string Kind { get; init; }

    /// <summary>When the record came into being: its own date, else the earliest statement that made it; null when neither is known.</summary>
    public DateOnly? MadeOn { get; init; }

    /// <summary>Who made the record: a speaker, proposer, setter, reactor, claimant, reporter.</summary>
    public required IReadOnlyList<string> AuthorIds { get; init; }

    /// <summary>To whom it is addressed.</summary>
    public required IReadOnlyList<string> AddresseeIds { get; init; }

    /// <summary>The actors taking part: participants, signatories, actors named in terms, perpetrators and targets.</summary>
    public required IReadOnlyList<string> ParticipantIds { get; init; }

    /// <summary>The records it answers or is about.</summary>
    public required IReadOnlyList<string> SubjectIds { get; init; }

    /// <summary>The statements that made it.</summary>
    public required IReadOnlyList<string> StatementIds { get; init; }

    /// <summary>What the record does, in words.</summary>
    public required string Description { get; init; }
}
