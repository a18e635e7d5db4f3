using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>The rules for a vote's outcome (V1–V6); <c>docs/analysis.md</c> states them.</summary>
internal static class VoteRules
{
    public static VoteAnalysis Analyze(Vote vote, EventIndex index, DateOnly asOf)
    {
        var tally = vote.Counts ?? (vote.Ballots.Count > 0
            ? new VoteCounts
            {
                For = Count(BallotChoice.For),
                Against = Count(BallotChoice.Against),
                Abstain = Count(BallotChoice.Abstain),
                Absent = Count(BallotChoice.Absent),
                NotParticipating = Count(BallotChoice.NotParticipating),
            }
            : null);
        var vetoes = vote.Ballots
            .Where(b => b.Choice == BallotChoice.Against && vote.Rule is { } rule && rule.VetoHolderIds.Any(holder => index.SameParty(holder, b.ActorId)))
            .Select(b => b.ActorId)
            .ToList();
        var members = index.Find<Actor>(vote.BodyId)?.MemberCount;
        var majority = tally is null || vote.Rule is null ? (bool?)null : MajorityMet(vote.Rule, tally, members);

        var (status, rule) = vote.Date.FirstDay > asOf ? (VoteStatus.Pending, "V6")
            : majority == true && vetoes.Count > 0 ? (VoteStatus.Vetoed, "V1")
            : majority == false ? (VoteStatus.Failed, "V2")
            : majority == true ? (VoteStatus.Adopted, "V3")
            : vote.Outcome is { } reported ? (Reported(reported), "V5")
            : (VoteStatus.NotReported, "V4");
        return new VoteAnalysis
        {
            Vote = vote,
            Status = status,
            Reason = new StatusReason { Rule = rule, RecordIds = [vote.Id, .. rule == "V1" ? vetoes : []] },
            Tally = tally,
            VetoIds = [.. vetoes],
            MajorityMet = majority,
            AgreesWithReport = vote.Outcome is { } stated && rule is "V1" or "V2" or "V3" ? Reported(stated) == status : null,
        };

        int Count(BallotChoice choice) => vote.Ballots.Count(b => b.Choice == choice);
    }

    /// <summary>Whether the votes in favour meet the rule, before any veto; <see langword="null"/> when the rule needs the body's size and it is not known.</summary>
    private static bool? MajorityMet(DecisionRule rule, VoteCounts tally, int? members) => rule.Kind switch
    {
        DecisionRuleKind.SimpleMajority => tally.For > tally.Against,
        DecisionRuleKind.MajorityOfMembers => members is { } size ? tally.For * 2 > size : null,
        DecisionRuleKind.Threshold => rule.Threshold is { } threshold ? tally.For >= threshold : null,
        DecisionRuleKind.Consensus => tally.Against == 0,
        DecisionRuleKind.Unanimity => tally.Against == 0 && tally.Abstain == 0 && (tally.Absent ?? 0) == 0 && (tally.NotParticipating ?? 0) == 0 && (members is not { } size || tally.For == size),
        _ => null,
    };

    private static VoteStatus Reported(VoteOutcome outcome) => outcome switch
    {
        VoteOutcome.Adopted => VoteStatus.Adopted,
        VoteOutcome.Vetoed => VoteStatus.Vetoed,
        _ => VoteStatus.Failed,
    };
}
