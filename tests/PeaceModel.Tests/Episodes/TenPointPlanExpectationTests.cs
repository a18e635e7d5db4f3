using PeaceModel.Analysis;

namespace PeaceModel.Tests.Episodes;

/// <summary>The expected statuses of <c>ten-point-plan-2026-12-03.expect.md</c>.</summary>
public class TenPointPlanExpectationTests
{
    private static readonly DiplomaticEvent Model = Episode.Get(TenPointPlanModel.Name).Model;

    private static readonly EpisodeAnalysis Analysis = EpisodeAnalysis.Analyze(Model);

    private static ProposalAnalysis Plan => Analysis.Proposals.Single(p => p.Proposal.Id == "ten-point-plan");

    [Fact]
    public void ThePlan_IsOpen_PartlyAcceptedByZembria_UnansweredByKolvath()
    {
        Assert.Equal((ProposalStatus.Open, "O6"), (Plan.Status, Plan.Reason.Rule));
        Assert.Equal(
            [("zembria", Position.PartlyAccepted), ("kolvath", Position.NoAnswer)],
            Plan.Positions.Select(p => (p.ActorId, p.Position)));
    }

    [Fact]
    public void Zembria_PerPoint_AcceptsTwo_WantsFourAndNineNegotiated_IsSilentOnSeven()
    {
        var zembria = Plan.Positions.Single(p => p.ActorId == "zembria");

        Assert.Equal(
            [("point-2", Position.Accepted), ("point-4", Position.ToBeNegotiated), ("point-7", Position.NoAnswer), ("point-9", Position.ToBeNegotiated)],
            zembria.Points.Select(p => (p.PointId, p.Position)));
        Assert.Contains("zembria-framework", zembria.Reason.RecordIds);
    }

    [Fact]
    public void Kolvath_HasNoPositionOnAnyPoint_ItsFirstStageIsACommitment_NotAnAcceptance()
    {
        var kolvath = Plan.Positions.Single(p => p.ActorId == "kolvath");
        var firstStage = Analysis.Commitments.Single(c => c.Commitment.Id == "kolvath-first-stage");

        Assert.All(kolvath.Points, p => Assert.Equal(Position.NoAnswer, p.Position));
        Assert.Equal((CommitmentStatus.Made, (string?)null), (firstStage.Status, firstStage.Commitment.SubjectTermId));
    }

    [Fact]
    public void ThePlanHasTenPoints_FourDescribed_NoneInvented()
    {
        Assert.Equal((10, 4), (Plan.Proposal.PointCount, Plan.Proposal.Points.Count));
    }

    [Fact]
    public void PointTwosDeadline_RunsFromBothSidesAccepting_NotStarted()
    {
        var pointTwo = Plan.Proposal.Points.Single(p => p.Id == "point-2");

        Assert.Equal(("ten-point-plan", AnchorEvent.Accepted), (pointTwo.StartsAt!.Id, pointTwo.StartsAt.Event));
        Assert.Null(pointTwo.Deadline);
    }

    [Fact]
    public void CastellsDemandToHaltStrikes_IsOpen_NoAnswerFromKolvath()
    {
        var demand = Analysis.Proposals.Single(p => p.Proposal.Id == "halt-strikes");

        Assert.Equal((ProposalStatus.Open, Position.NoAnswer), (demand.Status, demand.Positions.Single().Position));
    }

    [Fact]
    public void ThePledges_AreMade_OneSided_AndWaitForThePointsTheyDependOn()
    {
        var pledges = Analysis.Commitments.Where(c => c.Commitment.CommitterId is "andalle" or "tirrow").ToList();

        Assert.Equal(
            [("andalle-engineers", CommitmentStatus.Made, "point-4"), ("tirrow-board-funding", CommitmentStatus.Made, "point-9")],
            pledges.Select(c => (c.Commitment.Id, c.Status, c.WaitsForIds.Single())));
        Assert.DoesNotContain(Analysis.Proposals, p => p.Proposal.ProposerId is "andalle" or "tirrow" or "andalle-tirrow");
    }

    [Fact]
    public void CastellsWelcome_IsAReactionToZembriasResponse_AndChangesNoStatus()
    {
        var withoutWelcome = EpisodeAnalysis.Analyze(Model with { Reactions = [.. Model.Reactions.Where(r => r.Id != "castell-welcomes-response")] });

        Assert.Equal("lenk-letter", Model.Reactions.Single(r => r.Id == "castell-welcomes-response").TargetId);
        Assert.Equal(Analysis.Proposals.Select(p => p.Status), withoutWelcome.Proposals.Select(p => p.Status));
    }
}
