using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

internal sealed record VoteSummary
{
    public required string Id { get; init; }

    /// <summary>The body that voted.</summary>
    public required string BodyId { get; init; }

    /// <summary>The proposal (draft) voted on, or null.</summary>
    public string? DraftId { get; init; }

    public string? Name { get; init; }

    /// <summary>The outcome the rules derive from the counts, the vetoes and the decision rule.</summary>
    public required VoteStatus Status { get; init; }

    public required Reason Reason { get; init; }

    /// <summary>The counts the outcome was derived from (reported, or counted from the named ballots), or null when neither is given.</summary>
    public VoteTally? Tally { get; init; }

    /// <summary>The veto holders that voted against.</summary>
    public required IReadOnlyList<string> VetoIds { get; init; }

    /// <summary>Whether the votes in favour met the rule's majority, or null when the counts are not known.</summary>
    public bool? MajorityMet { get; init; }

    /// <summary>Whether the derived outcome agrees with the one the report states, or null when the report states none.</summary>
    public bool? AgreesWithReport { get; init; }
}
