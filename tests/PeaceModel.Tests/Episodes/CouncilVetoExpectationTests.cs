using PeaceModel.Analysis;

namespace PeaceModel.Tests.Episodes;

/// <summary>The expected statuses of <c>council-veto-2026-10-21.expect.md</c>.</summary>
public class CouncilVetoExpectationTests
{
    private static readonly DiplomaticEvent Model = Episode.Get(CouncilVetoModel.Name).Model;

    private static readonly EpisodeAnalysis Analysis = EpisodeAnalysis.Analyze(Model);

    [Fact]
    public void TheDraft_IsNotAdopted_ByTheVote_NotRejectedByTheCouncil()
    {
        var draft = Analysis.Proposals.Single(p => p.Proposal.Id == "ceasefire-draft");

        Assert.Equal((ProposalStatus.NotAdopted, "O7"), (draft.Status, draft.Reason.Rule));
        Assert.Equal(["ceasefire-draft-vote", "gorvany"], draft.Reason.RecordIds);
    }

    [Fact]
    public void TheVote_Is13To1To1_Vetoed_ThresholdMetButAPermanentMemberVotedAgainst()
    {
        var vote = Analysis.Votes.Single(v => v.Vote.Id == "ceasefire-draft-vote");

        Assert.Equal((VoteStatus.Vetoed, "V1", true, true), (vote.Status, vote.Reason.Rule, vote.MajorityMet, vote.AgreesWithReport));
        Assert.Equal((13, 1, 1), (vote.Tally!.For, vote.Tally.Against, vote.Tally.Abstain));
        Assert.Equal(["gorvany"], vote.VetoIds);
    }

    [Fact]
    public void BaudensAbstention_PlaysNoPartInTheOutcome()
    {
        var withoutBauden = Model with { Votes = [.. Model.Votes.Select(v => v with { Ballots = [.. v.Ballots.Where(b => b.ActorId != "bauden")] })] };

        Assert.Equal(VoteStatus.Vetoed, EpisodeAnalysis.Analyze(withoutBauden).Votes.Single(v => v.Vote.Id == "ceasefire-draft-vote").Status);
    }

    [Fact]
    public void ResolutionC388_IsAdopted_14To0To1_AndTheDraftBuildsOnIt()
    {
        var c388 = Analysis.Votes.Single(v => v.Vote.Id == "resolution-c388");

        Assert.Equal((VoteStatus.Adopted, "V3"), (c388.Status, c388.Reason.Rule));
        Assert.Equal([new RecordLink { Relation = LinkRelation.BuildsOn, TargetId = "resolution-c388" }], Model.Proposals.Single().Links);
    }

    [Fact]
    public void TheExplanationsOfVote_AreAttachedToEachMembersOwnBallot_NotClaims()
    {
        var ballots = Model.Votes.Single(v => v.Id == "ceasefire-draft-vote").Ballots;

        Assert.Equal(["anzarov-explains"], ballots.Single(b => b.ActorId == "gorvany").StatementIds);
        Assert.Equal(["bauden-explains"], ballots.Single(b => b.ActorId == "bauden").StatementIds);
        Assert.DoesNotContain(Model.Claims, c => c.StatementIds.Contains("anzarov-explains") || c.StatementIds.Contains("bauden-explains"));
    }

    [Fact]
    public void TheCouncilsMembers_AreNotInvented()
    {
        var council = Model.Actors.Single(a => a.Id == "covenant-council");

        Assert.Equal((15, 4), (council.MemberCount, council.MemberIds.Count));
        Assert.Equal(5, Model.Votes[0].Rule!.VetoHolderCount);
    }

    [Fact]
    public void AubadesAccusation_IsAsserted_Unanswered_NotDenied()
    {
        Assert.Equal(ClaimStatus.Asserted, Analysis.Claims.Single(c => c.Claim.Id == "shielding-accusation").Status);
    }

    [Fact]
    public void PellansWelcome_IsAReactionToTheVote_AndChangesNoStatus()
    {
        Assert.Equal("ceasefire-draft-vote", Model.Reactions.Single(r => r.Id == "pellan-welcomes-veto").TargetId);
        var withoutWelcome = EpisodeAnalysis.Analyze(Model with { Reactions = [] });
        Assert.Equal(Analysis.Votes.Select(v => v.Status), withoutWelcome.Votes.Select(v => v.Status));
        Assert.Equal(Analysis.Proposals.Select(p => p.Status), withoutWelcome.Proposals.Select(p => p.Status));
    }

    [Fact]
    public void TheSponsorsRevisedDraft_IsACommitment_MadeNotYetFulfilled()
    {
        var commitment = Analysis.Commitments.Single();

        Assert.Equal(("revised-draft", CommitmentStatus.Made, "U6", false), (commitment.Commitment.Id, commitment.Status, commitment.Reason.Rule, commitment.DeadlinePassed));
    }

    [Fact]
    public void TheSession_IsHeld()
    {
        Assert.Equal(MeetingStatus.Held, Analysis.Meetings.Single().Status);
    }
}
