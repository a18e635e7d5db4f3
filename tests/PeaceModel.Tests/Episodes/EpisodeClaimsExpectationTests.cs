using PeaceModel.Analysis;

namespace PeaceModel.Tests.Episodes;

/// <summary>The expected statuses of the part-2 reports (Sorrel, Aramor) with rule and records; the Port Amrel thread is in <see cref="ThreadTests"/>.</summary>
public class EpisodeClaimsExpectationTests
{
    private static readonly EpisodeAnalysis Sorrel = EpisodeAnalysis.Analyze(Episode.Get(SorrelModel.Name).Model);
    private static readonly EpisodeAnalysis Aramor = EpisodeAnalysis.Analyze(Episode.Get(AramorModel.Name).Model);

    [Fact]
    public void Sorrel_TheUltimatumIsRejectedByTamsk_ItsDeadlineNotYetPassed()
    {
        var demand = Sorrel.Proposals.Single(p => p.Proposal.Id == "leave-the-pass");

        Assert.Equal((ProposalStatus.Rejected, "O1"), (demand.Status, demand.Reason.Rule));
        Assert.Equal(["tamsk-rejects-ultimatum"], demand.Reason.RecordIds);
        var deadline = Assert.Single(demand.Deadlines);
        Assert.Equal((new DateOnly(2026, 8, 23), new TimeOnly(18, 0), false), (deadline.Deadline.Value, deadline.Deadline.Time!.Value, deadline.Passed));
        Assert.Equal((72, DurationUnit.Hour), (deadline.Deadline.Offset!.Value, deadline.Deadline.Offset.Unit));
    }

    [Fact]
    public void Sorrel_TroopsInThePass_AreDisputed_ADenialOfFactBesideTheRejectionOfTheDemand()
    {
        var troops = Sorrel.Claims.Single(c => c.Claim.Id == "troops-in-the-pass");

        Assert.Equal((ClaimStatus.Disputed, "C1"), (troops.Status, troops.Reason.Rule));
        Assert.Equal(["tamsk"], troops.DeniedByIds);
        Assert.NotNull(troops.Claim.Evidence);
        // The same speaker, the same day: one denial of a fact, one rejection of a demand, kept apart.
        var reactions = Episode.Get(SorrelModel.Name).Model.Reactions.Where(r => r.ReactorId == "dorn").Select(r => r.Stance);
        Assert.Equal([Stance.Reject, Stance.Deny], reactions);
    }

    [Fact]
    public void Sorrel_TheFactFindingOffer_IsPendingWithBothPositions()
    {
        var offer = Sorrel.Proposals.Single(p => p.Proposal.Id == "fact-finding-mission");

        Assert.Equal((ProposalStatus.Open, "O6"), (offer.Status, offer.Reason.Rule));
        Assert.Equal([("sorrel", Position.Welcomed), ("tamsk", Position.Considering)], offer.Positions.Select(p => (p.ActorId, p.Position)));
    }

    [Fact]
    public void Sorrel_TheErlenTalks_ArePostponed()
    {
        var talks = Assert.Single(Sorrel.Meetings);

        Assert.Equal((MeetingStatus.Postponed, "M1"), (talks.Status, talks.Reason.Rule));
        Assert.Equal(new DateOnly(2026, 8, 21), talks.Meeting.PreviousDate!.Value);
        Assert.Null(talks.Meeting.Date);
    }

    [Fact]
    public void Sorrel_BackChannelTalks_RestOnAnAnonymousSource_Unconfirmed()
    {
        var backChannel = Sorrel.Claims.Single(c => c.Claim.Id == "back-channel-talks");

        Assert.Equal((ClaimStatus.Unconfirmed, "C4", ClaimAttribution.AnonymousSource), (backChannel.Status, backChannel.Reason.Rule, backChannel.Claim.Attribution));
        Assert.Null(backChannel.Claim.ClaimantId);
    }

    [Fact]
    public void Aramor_TalksOnDetainees_AreDisputed_BothReadoutsKept()
    {
        var aramorAccount = Aramor.Claims.Single(c => c.Claim.Id == "aramor-account-of-the-call");

        Assert.Equal((ClaimStatus.Disputed, "C1"), (aramorAccount.Status, aramorAccount.Reason.Rule));
        Assert.Equal(["quell"], aramorAccount.DeniedByIds);
        var accounts = Aramor.Claims.Where(c => c.Claim.AboutIds.Contains("presidents-call")).Select(c => (c.Claim.ClaimantId, c.Claim.Attribution));
        Assert.Equal([("aramor-presidency", ClaimAttribution.Readout), ("quell-presidency", ClaimAttribution.Readout)], accounts);
    }

    [Fact]
    public void Aramor_TheCallWasHeldOnSundayEvening()
    {
        var call = Aramor.Meetings.Single(m => m.Meeting.Id == "presidents-call");

        Assert.Equal((MeetingStatus.Held, MeetingKind.Call, PartOfDay.Evening), (call.Status, call.Meeting.Kind, call.Meeting.Date!.PartOfDay!.Value));
        Assert.Null(call.Meeting.Date.Time);
    }

    [Fact]
    public void Aramor_TheForeignMinistersMeeting_IsProposedWithNoInventedDay_AndPending()
    {
        var proposal = Aramor.Proposals.Single(p => p.Proposal.Id == "foreign-ministers-proposal");

        Assert.Equal((ProposalStatus.Open, "O6"), (proposal.Status, proposal.Reason.Rule));
        Assert.Equal([("quell", Position.NoAnswer)], proposal.Positions.Select(p => (p.ActorId, p.Position)));
        var meeting = Aramor.Meetings.Single(m => m.Meeting.Id == "foreign-ministers-meeting");
        Assert.Equal((MeetingStatus.Proposed, DateModifier.After, "in the coming weeks"), (meeting.Status, meeting.Meeting.Date!.Modifier!.Value, meeting.Meeting.Date.Text));
    }

    [Fact]
    public void Aramor_TheLakeVellInvitation_IsUnderConsideration()
    {
        var invitation = Aramor.Proposals.Single(p => p.Proposal.Id == "lake-vell-invitation");

        Assert.Equal((ProposalStatus.UnderConsideration, "O5"), (invitation.Status, invitation.Reason.Rule));
        Assert.Equal((DateGranularity.Month, new DateOnly(2026, 11, 30)), (Aramor.Meetings.Single(m => m.Meeting.Id == "lake-vell-summit").Meeting.Date!.Granularity, Aramor.Meetings.Single(m => m.Meeting.Id == "lake-vell-summit").Meeting.Date!.LastDay));
    }

    [Fact]
    public void Dravia_MerrowsClaimThatItNeverReceivedAFormalText_IsAnUnansweredClaim()
    {
        var claim = EpisodeAnalysis.Analyze(Episode.Get(DraviaModel.Name).Model).Claims.Single(c => c.Claim.Id == "no-formal-text");

        Assert.Equal((ClaimStatus.Asserted, "C5", "holm"), (claim.Status, claim.Reason.Rule, claim.Claim.ClaimantId));
        Assert.Contains("grain-corridor", claim.Claim.AboutIds);
    }
}
