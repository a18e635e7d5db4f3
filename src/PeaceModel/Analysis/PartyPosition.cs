namespace PeaceModel.Analysis;

/// <summary>Where one party stands on a proposal, with the rule and the records (of those who act for it) that put it there.</summary>
public sealed record PartyPosition
{
    /// <summary>Gets the id of the party: the actor that those who reacted act for (<see cref="Kinds.EventIndex.PartyOf"/>), such as <c>ukraine</c> for Zelensky's reactions.</summary>
    public required string ActorId { get; init; }

    /// <summary>Gets the position.</summary>
    public required Position Position { get; init; }

    /// <summary>
    /// Gets whether the party decides on the proposal: it is an addressee's party. Other parties'
    /// positions (a third party's welcome) are reported but do not set the status.
    /// </summary>
    public required bool IsAddressee { get; init; }

    /// <summary>Gets why the actor has this position.</summary>
    public required StatusReason Reason { get; init; }

    /// <summary>Gets whether this position set the proposal's status (rules O1–O6).</summary>
    public bool IsDecisive { get; init; }

    /// <summary>Gets the ids of the actor's noncommittal reactions that keep the question open beside a firmer position (a subset of the reason's records).</summary>
    public ValueList<string> KeptOpenIds { get; init; }

    /// <summary>Gets the party's position on each point of a plan, in the plan's order; empty for a proposal without points.</summary>
    public ValueList<PointPosition> Points { get; init; }
}
