namespace PeaceModel;

/// <summary>
/// A condition an actor attaches to a proposal: what it requires, from when or by when, whether it
/// is a precondition or an ultimatum, and what follows if it is not met.
/// </summary>
public sealed record Condition : IDiplomaticRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the id of the <see cref="Actor"/> who sets the condition.</summary>
    public required string SetterId { get; init; }

    /// <summary>Gets the id of the <see cref="Proposal"/> the condition is attached to.</summary>
    public required string ProposalId { get; init; }

    /// <summary>Gets whether it is a precondition or an ultimatum.</summary>
    public required ConditionKind Kind { get; init; }

    /// <summary>Gets what the condition requires, such as <c>A full, lasting and reliable ceasefire</c>. Not blank; at most 2,000 characters.</summary>
    public required string Requirement { get; init; }

    /// <summary>Gets the ids of the actors the condition is addressed to, such as Russia. Empty when not stated.</summary>
    public ValueList<string> AddresseeIds { get; init; }

    /// <summary>Gets when what it requires should start ("starting tomorrow, May 12th"), or <see langword="null"/>.</summary>
    public EventDate? StartsOn { get; init; }

    /// <summary>Gets the date by which it must be met, or <see langword="null"/> when none is stated.</summary>
    public EventDate? Deadline { get; init; }

    /// <summary>Gets the stated consequence if it is not met; required for an <see cref="ConditionKind.Ultimatum"/>.</summary>
    public Consequence? Consequence { get; init; }

    /// <summary>Gets the ids of the <see cref="Statement"/>s in which it was set; at least one.</summary>
    public required ValueList<string> StatementIds { get; init; }

    /// <summary>Gets event codes (CAMEO, PLOVER) for the condition. Empty for none.</summary>
    public ValueList<EventCode> Codes { get; init; }
}
