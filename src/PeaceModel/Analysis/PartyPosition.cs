namespace PeaceModel.Analysis;

/// <summary>Where one actor stands on a proposal, with the rule and records that put it there.</summary>
public sealed record PartyPosition
{
    /// <summary>Gets the id of the actor.</summary>
    public required string ActorId { get; init; }

    /// <summary>Gets the position.</summary>
    public required Position Position { get; init; }

    /// <summary>
    /// Gets whether the actor decides on the proposal: it is one of the addressees, or shares an
    /// addressee's country (Zelensky for Ukraine). Other actors' positions are reported but do not set the status.
    /// </summary>
    public required bool IsAddressee { get; init; }

    /// <summary>Gets why the actor has this position.</summary>
    public required StatusReason Reason { get; init; }

    /// <summary>Gets whether this position set the proposal's status (rules S2 and S3): the strongest among those who decide.</summary>
    public bool IsDecisive { get; init; }

    /// <summary>Gets the ids of the actor's noncommittal reactions that keep the question open beside a firmer position (a subset of the reason's records).</summary>
    public ValueList<string> KeptOpenIds { get; init; }
}
