namespace PeaceModel.Kinds;

/// <summary>What a reference from one record to others stands for. The graph, the timeline and the analysis read roles, never property names.</summary>
public enum ReferenceRole
{
    /// <summary>Who made the record: the speaker of a statement, the proposer, the setter of a condition, the reactor.</summary>
    Author,

    /// <summary>To whom the record is addressed: the addressees of a proposal or a condition.</summary>
    Addressee,

    /// <summary>Who heard a statement, without being its addressee.</summary>
    Audience,

    /// <summary>What the record is about or answers: the proposal a condition is attached to, the target of a reaction.</summary>
    Subject,

    /// <summary>The statements in which the record was made (a proposal's, a reaction's statements); their dates date it.</summary>
    ExpressedIn,

    /// <summary>The document a record is taken from.</summary>
    Source,

    /// <summary>The members of a group.</summary>
    Member,

    /// <summary>The state or organization an actor acts for (<see cref="Actor.ActsForId"/>).</summary>
    Principal,

    /// <summary>An actor taking part: a meeting's participant, an agreement's signatory, an actor named in terms.</summary>
    Participant,

    /// <summary>The meeting a record belongs to: where an agreement was reached, the meeting terms would hold.</summary>
    Occasion,

    /// <summary>The proposal a counter-proposal counters (<see cref="Proposal.CountersId"/>).</summary>
    Counter,

    /// <summary>The earlier record a record builds on, implements, supersedes or amends (<see cref="RecordLink"/>).</summary>
    Basis,

    /// <summary>What caused a record: the incident that paused talks.</summary>
    Cause,

    /// <summary>What a meeting produced or left unresolved.</summary>
    Result,

    /// <summary>Who passed a statement on: an outlet, an agency, an envoy (<see cref="Statement.RelayedByIds"/>).</summary>
    Relay,

    /// <summary>Another account of the same thing that conflicts with this one (<see cref="Claim.ConflictsWithIds"/>).</summary>
    Conflict,
}
