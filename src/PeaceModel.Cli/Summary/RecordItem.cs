using System.ComponentModel;

namespace PeaceModel.Cli.Summary;

/// <summary>One record of any kind, as its declaration describes it.</summary>
internal sealed record RecordItem
{
    public required string Id { get; init; }

    [Description("The kind of record, as the name of its list in the event format, such as proposals or incidents.")]
    public required string Kind { get; init; }

    [Description("When the record came into being: its own date, else the earliest statement that made it; null when neither is known.")]
    public DateOnly? MadeOn { get; init; }

    [Description("Who made the record: a speaker, proposer, setter, reactor, claimant, reporter.")]
    public required IReadOnlyList<string> AuthorIds { get; init; }

    [Description("To whom it is addressed.")]
    public required IReadOnlyList<string> AddresseeIds { get; init; }

    [Description("The actors taking part: participants, signatories, actors named in terms, perpetrators and targets.")]
    public required IReadOnlyList<string> ParticipantIds { get; init; }

    [Description("The records it answers or is about.")]
    public required IReadOnlyList<string> SubjectIds { get; init; }

    [Description("The statements that made it.")]
    public required IReadOnlyList<string> StatementIds { get; init; }

    [Description("What the record does, in words.")]
    public required string Description { get; init; }
}
