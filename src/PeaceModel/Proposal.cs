namespace PeaceModel;

/// <summary>Something one actor proposed to others: talks, a ceasefire, a truce, ..., with its terms and the statements that made it.</summary>
public sealed record Proposal : IDiplomaticRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the id of the <see cref="Actor"/> who proposed it.</summary>
    public required string ProposerId { get; init; }

    /// <summary>Gets the ids of the actors it was proposed to. Empty when not stated.</summary>
    public ValueList<string> AddresseeIds { get; init; }

    /// <summary>Gets what kind of arrangement is proposed.</summary>
    public required ProposalKind Kind { get; init; }

    /// <summary>Gets what is proposed, in a sentence, such as <c>Resume direct peace talks with Ukraine</c>. Not blank; at most 2,000 characters.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the ids of the <see cref="Statement"/>s in which it was made; at least one.</summary>
    public required ValueList<string> StatementIds { get; init; }

    /// <summary>Gets the terms; a proposal that states none has <c>new ProposalTerms()</c>.</summary>
    public required ProposalTerms Terms { get; init; }

    /// <summary>Gets event codes (CAMEO, PLOVER) for the proposal. Empty for none.</summary>
    public ValueList<EventCode> Codes { get; init; }
}
