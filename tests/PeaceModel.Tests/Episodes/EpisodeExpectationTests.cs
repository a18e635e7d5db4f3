using PeaceModel.Analysis;
using PeaceModel.Kinds;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// Every "expected status" of the part-1 reports' <c>.expect.md</c> (in <c>../shared/episodes/</c>),
/// asserted with its rule and records. <c>docs/episodes.md</c> maps each expected item to its field.
/// </summary>
public class EpisodeExpectationTests
{
    private static readonly DiplomaticEvent PortAmrel = Episode.Get(PortAmrelModel.Name).Model;
    private static readonly DiplomaticEvent Dravia = Episode.Get(DraviaModel.Name).Model;
    private static readonly DiplomaticEvent Halvard = Episode.Get(HalvardModel.Name).Model;

    [Fact]
    public void PortAmrel_TheCeasefireIsSignedByBothParties_NotProposedNorMerelyWelcomed()
    {
        var analysis = EpisodeAnalysis.Analyze(PortAmrel);

        Assert.DoesNotContain(analysis.Proposals, p => p.Proposal.Kind == ProposalKind.Ceasefire);
        var ceasefire = Assert.Single(analysis.Agreements);
        Assert.Equal((AgreementStatus.Signed, "A2"), (ceasefire.Status, ceasefire.Reason.Rule));
        Assert.Equal((2, 2), (ceasefire.SignedCount, ceasefire.PartyCount));
        Assert.Equal(["keldor", "varsh"], ceasefire.SignedIds);
        Assert.Equal(["ostrea", "union"], ceasefire.ThirdPartyIds);
        Assert.Equal(["tessaly-welcomes-ceasefire"], ceasefire.ReactionIds);
        Assert.Equal(["tessaly-funding-offer"], ceasefire.ProposalIds);
        Assert.Equal(new TimeOnly(16, 30), ceasefire.Agreement.Date.Time);
    }

    [Fact]
    public void PortAmrel_TheCeasefireIsInForceFromThursday0600()
    {
        var index = EventIndex.Create(PortAmrel);

        Assert.Equal(AgreementStatus.Signed, EpisodeAnalysis.Analyze(index, new DateOnly(2026, 4, 15)).Agreements[0].Status);
        var thursday = EpisodeAnalysis.Analyze(index, new DateOnly(2026, 4, 16)).Agreements[0];
        Assert.Equal((AgreementStatus.InForce, "A1"), (thursday.Status, thursday.Reason.Rule));
    }

    [Fact]
    public void PortAmrel_TermsCarryTheirDeadlinesQuantitiesAndMonitor()
    {
        var terms = PortAmrel.Agreements[0].Terms.ToDictionary(t => t.Id!);

        Assert.Equal((new DateOnly(2026, 4, 16), new TimeOnly(6, 0)), (terms["ceasefire"].Date!.Value, terms["ceasefire"].Date!.Time!.Value));
        Assert.Equal((new DateOnly(2026, 4, 21), 7, DurationUnit.Day), (terms["pull-back"].Deadline!.Value, terms["pull-back"].Deadline!.Offset!.Value, terms["pull-back"].Deadline!.Offset!.Unit));
        Assert.Equal((15m, "km"), (terms["pull-back"].Quantities[0].Value, terms["pull-back"].Quantities[0].Unit));
        Assert.Equal((40m, "monitors"), (terms["observer-mission"].Quantities[0].Value, terms["observer-mission"].Quantities[0].Unit));
        Assert.Contains("union", terms["observer-mission"].ActorIds);
        Assert.Equal("second-round", terms["second-round"].MeetingId);
    }

    [Fact]
    public void PortAmrel_TheTalksWereHeld_WithHostChairFacilitatorAndHeadsOfDelegation()
    {
        var analysis = EpisodeAnalysis.Analyze(PortAmrel);
        var index = EventIndex.Create(PortAmrel);

        var talks = analysis.Meetings.Single(m => m.Meeting.Id == "port-amrel-talks");
        Assert.Equal((MeetingStatus.Held, "M1"), (talks.Status, talks.Reason.Rule));
        Assert.Equal((new DateOnly(2026, 4, 12), new DateOnly(2026, 4, 14)), (talks.Meeting.Date!.FirstDay, talks.Meeting.Date.LastDay));
        var roles = talks.Meeting.Participants.ToLookup(p => p.Role, p => p.ActorId);
        Assert.Equal(["ostrea"], roles[ParticipantRole.Host]);
        Assert.Equal(["marwick"], roles[ParticipantRole.Chair]);
        Assert.Equal(["union", "oduya"], roles[ParticipantRole.Facilitator]);
        Assert.Equal(["keldor", "varsh"], roles[ParticipantRole.HeadOfDelegation].Select(index.PartyOf));
    }

    [Fact]
    public void PortAmrel_TheSecondRoundIsScheduled_InTheSecondHalfOfMay()
    {
        var round = EpisodeAnalysis.Analyze(PortAmrel).Meetings.Single(m => m.Meeting.Id == "second-round");

        Assert.Equal((MeetingStatus.Scheduled, "M2"), (round.Status, round.Reason.Rule));
        Assert.Equal(["port-amrel-ceasefire"], round.Reason.RecordIds);
        Assert.Equal((new DateOnly(2026, 5, 16), new DateOnly(2026, 5, 31), "in the second half of May"), (round.Meeting.Date!.FirstDay, round.Meeting.Date.LastDay, round.Meeting.Date.Text));
    }

    [Fact]
    public void PortAmrel_TheBridgeRequestIsDeferred_NotRejected()
    {
        var bridge = EpisodeAnalysis.Analyze(PortAmrel).Proposals.Single(p => p.Proposal.Id == "amrel-bridge-request");

        Assert.Equal((ProposalStatus.Deferred, "O4"), (bridge.Status, bridge.Reason.Rule));
        var keldor = Assert.Single(bridge.Positions);
        Assert.Equal(("keldor", Position.Deferred, "P5", true), (keldor.ActorId, keldor.Position, keldor.Reason.Rule, keldor.IsAddressee));
        Assert.Equal(["keldor-defers-bridge"], keldor.Reason.RecordIds);
    }

    [Fact]
    public void PortAmrel_TessalysFundingOffer_IsMadeWithNoAnswer()
    {
        var offer = EpisodeAnalysis.Analyze(PortAmrel).Proposals.Single(p => p.Proposal.Id == "tessaly-funding-offer");

        Assert.Equal((ProposalStatus.Open, "O6", ProposalStanding.Active), (offer.Status, offer.Reason.Rule, offer.Standing));
        Assert.Equal([("union", Position.NoAnswer)], offer.Positions.Select(p => (p.ActorId, p.Position)));
        Assert.Equal(("port-amrel-ceasefire", ProposalAct.Offer), (offer.Proposal.SubjectId, offer.Proposal.Act));
    }

    [Fact]
    public void Dravia_TheCorridorIsWithdrawnAfterItsDeadlinePassed_AndCounteredNotRejectedByMerrow()
    {
        var corridor = EpisodeAnalysis.Analyze(Dravia).Proposals.Single(p => p.Proposal.Id == "grain-corridor");

        Assert.Equal((ProposalStatus.Withdrawn, "W1"), (corridor.Status, corridor.Reason.Rule));
        Assert.Equal(["dravia-withdraws-offer", "accept-by-sunday"], corridor.Reason.RecordIds);
        var deadline = Assert.Single(corridor.Deadlines);
        Assert.Equal(("accept-by-sunday", new DateOnly(2026, 5, 31), true, true), (deadline.RecordId, deadline.Deadline.Value, deadline.Deadline.EndOfDay, deadline.Passed));
        var merrow = Assert.Single(corridor.Positions);
        Assert.Equal(("merrow", Position.Countered, "P1"), (merrow.ActorId, merrow.Position, merrow.Reason.Rule));
        Assert.Equal(ProposalStatus.Countered, corridor.Outcome);
        Assert.Equal(["merrow-120-day-corridor"], corridor.CounterProposalIds);
    }

    [Fact]
    public void Dravia_MerrowsCounterProposal_IsRejectedByDravia_YetMaintainedByMerrow()
    {
        var counter = EpisodeAnalysis.Analyze(Dravia).Proposals.Single(p => p.Proposal.Id == "merrow-120-day-corridor");

        Assert.Equal("grain-corridor", counter.Proposal.CountersId);
        Assert.Equal((ProposalStatus.Rejected, "O1"), (counter.Status, counter.Reason.Rule));
        Assert.Equal((ProposalStanding.Maintained, "W3", "merrow-maintains-counter"), (counter.Standing, counter.StandingReason.Rule, counter.StandingReason.RecordIds.Single()));
        Assert.Equal(("dravia", Position.Rejected), (counter.Positions[0].ActorId, counter.Positions[0].Position));
    }

    [Fact]
    public void Dravia_TheValmontMeeting_IsAcceptedByDraviaAndUnansweredByMerrow_SoPending()
    {
        var analysis = EpisodeAnalysis.Analyze(Dravia);

        var invitation = analysis.Proposals.Single(p => p.Proposal.Id == "valmont-meeting-proposal");
        Assert.Equal((ProposalStatus.Open, "O6"), (invitation.Status, invitation.Reason.Rule));
        Assert.Equal([("dravia", Position.Accepted), ("merrow", Position.NoAnswer)], invitation.Positions.Select(p => (p.ActorId, p.Position)));
        var meeting = Assert.Single(analysis.Meetings);
        Assert.Equal((MeetingStatus.Proposed, "M4"), (meeting.Status, meeting.Reason.Rule));
        Assert.Contains(meeting.Meeting.Participants, p => p is { ActorId: "maritime-council", Role: ParticipantRole.CoOrganiser });
    }

    [Fact]
    public void Halvard_TheDeclarationIsSignedByTenOfEleven_OneWithAReservation_OneAbstention()
    {
        var declaration = Assert.Single(EpisodeAnalysis.Analyze(Halvard).Agreements);

        Assert.Equal((AgreementStatus.Signed, "A2"), (declaration.Status, declaration.Reason.Rule));
        Assert.Equal((10, 11), (declaration.SignedCount, declaration.PartyCount));
        Assert.Equal(["oskaria"], declaration.ReservationIds);
        Assert.Equal(["brenn"], declaration.AbstainedIds);
        Assert.Equal("Halvard Declaration", declaration.Agreement.Name);
        var group = Halvard.Actors.Single(a => a.Id == "sarn-basin-governments");
        Assert.Equal((11, 4), (group.MemberCount, group.MemberIds.Count));
    }

    [Fact]
    public void Halvard_ObserversAreNotParties()
    {
        var summit = Assert.Single(EpisodeAnalysis.Analyze(Halvard).Meetings);

        Assert.Equal(MeetingStatus.Held, summit.Status);
        Assert.Equal(["river-basin-authority", "sarn-development-bank"], summit.Meeting.Participants.Where(p => p.Role == ParticipantRole.Observer).Select(p => p.ActorId));
        Assert.DoesNotContain(Halvard.Agreements[0].Signatories, s => s.ActorId is "river-basin-authority" or "sarn-development-bank");
    }

    [Fact]
    public void Halvard_BrennsBilateralOffer_AndTheBanksConditionalOffer_ArePending()
    {
        var analysis = EpisodeAnalysis.Analyze(Halvard);

        var bilateral = analysis.Proposals.Single(p => p.Proposal.Id == "brenn-bilateral-data");
        Assert.Equal(ProposalStatus.Open, bilateral.Status);
        var bank = analysis.Proposals.Single(p => p.Proposal.Id == "bank-secretariat-financing");
        Assert.Equal((ProposalStatus.Open, ProposalStanding.Active), (bank.Status, bank.Standing));
        var condition = Assert.Single(bank.Conditions);
        Assert.Equal((DateGranularity.Month, new DateOnly(2027, 3, 31)), (condition.Deadline!.Granularity, condition.Deadline.LastDay));
        Assert.False(Assert.Single(bank.Deadlines).Passed);
    }

    [Theory]
    [InlineData(Stance.Suspend, AgreementStatus.Suspended)]
    [InlineData(Stance.Withdraw, AgreementStatus.Terminated)]
    public void PortAmrel_APartySuspendingOrLeavingTheAgreement_EndsItsForce(Stance stance, AgreementStatus status)
    {
        var ended = PortAmrel with
        {
            Reactions = [.. PortAmrel.Reactions, new Reaction { Id = "varsh-leaves", ReactorId = "celik", TargetId = "port-amrel-ceasefire", Stance = stance, StatementIds = ["celik-remarks"] }],
        };

        Assert.True(Support.TestData.Validator.Validate(ended).IsValid);
        var agreement = Assert.Single(EpisodeAnalysis.Analyze(ended).Agreements);
        Assert.Equal((status, "A0"), (agreement.Status, agreement.Reason.Rule));
        Assert.Equal(["port-amrel-ceasefire", "varsh-leaves"], agreement.Reason.RecordIds);
    }

    [Fact]
    public void PortAmrel_AThirdPartyCannotSuspendTheAgreement()
    {
        var wrong = PortAmrel with
        {
            Reactions = [.. PortAmrel.Reactions, new Reaction { Id = "tessaly-suspends", ReactorId = "tessaly", TargetId = "port-amrel-ceasefire", Stance = Stance.Suspend, StatementIds = ["tessaly-website-statement"] }],
        };

        var failure = Assert.Single(Support.TestData.Validator.Validate(wrong).Errors);
        Assert.Equal(("reactions[2].stance", PeaceModel.Validation.ErrorCodes.InvalidRole), (failure.PropertyName, failure.ErrorCode));
    }
}
