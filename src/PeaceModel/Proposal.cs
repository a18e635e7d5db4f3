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

    /// <summary>Gets the speech act the proposal is made with (offer, request, demand, invitation, suggestion, appeal), or <see langword="null"/> when not said.</summary>
    public ProposalAct? Act { get; init; }

    /// <summary>
    /// Gets the id of the <see cref="Proposal"/> this one counters, or <see langword="null"/>. A
    /// counter-proposal puts the countered proposal's addressee in the position "countered".
    /// </summary>
    public string? CountersId { get; init; }

    /// <summary>
    /// Gets the id of the record this proposal is about, or <see langword="null"/>: the
    /// <see cref="Agreement"/> an offer supports (funding an observer mission), the <see cref="Meeting"/> or proposal it concerns.
    /// </summary>
    public string? SubjectId { get; init; }

    /// <summary>Gets what is proposed, in a sentence, such as <c>Resume direct peace talks with Ukraine</c>. Not blank; at most 2,000 characters.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the ids of the <see cref="Statement"/>s in which it was made or through which the report knows it (the other side's, a mediator's); empty when only the report itself mentions it. No statement of the proposer is to be invented.</summary>
    public required ValueList<string> StatementIds { get; init; }

    /// <summary>Gets the terms; a proposal that states none has <c>new Term()</c>.</summary>
    public required Term Terms { get; init; }

    /// <summary>
    /// Gets the numbered points of a plan (a ten-point peace plan), each a <see cref="Term"/> with an id
    /// and its number as <see cref="Term.Article"/>, that reactions can answer one by one
    /// (<see cref="Reaction.PointIds"/>). Only the points the report describes; empty for a proposal without points.
    /// </summary>
    public ValueList<Term> Points { get; init; }

    /// <summary>Gets how many points the plan has in all, described or not (ten), or <see langword="null"/> when not stated. At least the number of <see cref="Points"/>.</summary>
    public int? PointCount { get; init; }

    /// <summary>Gets the earlier records the proposal builds on, implements, supersedes or amends (a draft resolution built on an earlier resolution). Empty for none.</summary>
    public ValueList<RecordLink> Links { get; init; }

    /// <summary>Gets event codes (CAMEO, PLOVER) for the proposal. Empty for none.</summary>
    public ValueList<EventCode> Codes { get; init; }
}
