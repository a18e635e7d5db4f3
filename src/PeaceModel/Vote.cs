namespace PeaceModel;

/// <summary>
/// A decision put to the vote in a body: a council's draft resolution, a parliament's ratification, a
/// party congress's motion. The body is an <see cref="Actor"/> whose named members are its
/// <see cref="Actor.MemberIds"/> and whose size is its <see cref="Actor.MemberCount"/>; members the report
/// does not name are counted in <see cref="Counts"/>, never invented. The analysis derives the outcome
/// (adopted, failed, vetoed) from the counts and the <see cref="Rule"/>, with the reason.
/// </summary>
/// <example>
/// A draft that 13 of 15 members supported, vetoed by a permanent member:
/// <code>
/// new Vote
/// {
///     Id = "ceasefire-draft-vote",
///     BodyId = "covenant-council",
///     DraftId = "ceasefire-draft",
///     Summary = "The council votes on the draft demanding an immediate ceasefire.",
///     Date = new EventDate { Value = new(2026, 10, 20), Text = "Tuesday" },
///     Rule = new DecisionRule { Kind = DecisionRuleKind.Threshold, Threshold = 9, VetoHolderIds = ["gorvany"] },
///     Counts = new VoteCounts { For = 13, Against = 1, Abstain = 1 },
///     Ballots = [new Ballot { ActorId = "gorvany", Choice = BallotChoice.Against, StatementIds = ["anzarov-explains"] }],
///     SponsorIds = ["lisseth", "caronne"],
///     Outcome = VoteOutcome.Vetoed,
/// }
/// </code>
/// </example>
public sealed record Vote : IDiplomaticRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the id of the <see cref="Actor"/> that votes: the council, parliament or congress.</summary>
    public required string BodyId { get; init; }

    /// <summary>Gets the id of the <see cref="Proposal"/> put to the vote (the draft resolution, the motion), or <see langword="null"/> when the report models none.</summary>
    public string? DraftId { get; init; }

    /// <summary>Gets the name of the text voted on as the report gives it ("Resolution C-388"), or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets what was put to the vote, in a sentence. Not blank; at most 2,000 characters.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets when the vote was (or is to be) taken.</summary>
    public required EventDate Date { get; init; }

    /// <summary>Gets the id of the <see cref="Meeting"/> (the session) at which the vote was taken, or <see langword="null"/>.</summary>
    public string? MeetingId { get; init; }

    /// <summary>Gets how the body decides, as the report states it, or <see langword="null"/> when it does not (then the outcome is taken as reported).</summary>
    public DecisionRule? Rule { get; init; }

    /// <summary>Gets the numbers of votes as reported ("13 in favour, 1 against, 1 abstention"), or <see langword="null"/> when only the named members' ballots are known.</summary>
    public VoteCounts? Counts { get; init; }

    /// <summary>Gets the named members' votes, each with the statements that explain it. A member appears once.</summary>
    public ValueList<Ballot> Ballots { get; init; }

    /// <summary>Gets the ids of the draft's sponsors (its authors, the penholders). Empty when not stated.</summary>
    public ValueList<string> SponsorIds { get; init; }

    /// <summary>Gets the ids of the draft's co-sponsors, beyond its sponsors. Empty when not stated.</summary>
    public ValueList<string> CoSponsorIds { get; init; }

    /// <summary>Gets the outcome as the report states it, or <see langword="null"/> when it states none.</summary>
    public VoteOutcome? Outcome { get; init; }

    /// <summary>Gets the earlier records the text voted on builds on, implements, supersedes or amends. Empty for none.</summary>
    public ValueList<RecordLink> Links { get; init; }

    /// <summary>Gets the ids of the statements that report the vote; empty when the report itself says it.</summary>
    public ValueList<string> StatementIds { get; init; }

    /// <summary>Gets CAMEO or PLOVER codes for the vote, or empty.</summary>
    public ValueList<EventCode> Codes { get; init; }
}
