namespace PeaceModel.Analysis;

/// <summary>How a vote came out and why: the tally, who vetoed, whether the threshold was met, and whether the report's own word agrees.</summary>
public sealed record VoteAnalysis
{
    /// <summary>Gets the vote.</summary>
    public required Vote Vote { get; init; }

    /// <summary>Gets the derived outcome.</summary>
    public required VoteStatus Status { get; init; }

    /// <summary>Gets why: the rule and the records (the vote, the vetoing ballots' members).</summary>
    public required StatusReason Reason { get; init; }

    /// <summary>Gets the tally used: the reported counts, or the named ballots counted when no counts are reported; <see langword="null"/> when there is neither.</summary>
    public VoteCounts? Tally { get; init; }

    /// <summary>Gets the ids of the veto holders that voted against.</summary>
    public required ValueList<string> VetoIds { get; init; }

    /// <summary>Gets whether the votes in favour met the rule's majority or threshold, before any veto; <see langword="null"/> when there is no rule or no tally.</summary>
    public bool? MajorityMet { get; init; }

    /// <summary>Gets whether the report's stated outcome agrees with the derived one; <see langword="null"/> when the report states none or nothing can be derived.</summary>
    public bool? AgreesWithReport { get; init; }
}
