using PeaceModel.Analysis;
using PeaceModel.Kinds;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// The expected statuses of <c>talks-suspended-2026-11-12.expect.md</c> that format 2.1 part 1 derives.
/// <c>docs/episodes.md</c> lists those it cannot yet.
/// </summary>
public class TalksSuspendedExpectationTests
{
    private static readonly DiplomaticEvent Model = Episode.Get(TalksSuspendedModel.Name).Model;

    private static readonly EpisodeAnalysis Analysis = EpisodeAnalysis.Analyze(Model);

    [Fact]
    public void TheSabelTalks_AreOngoing_NotMerelyHeld_WithArdeshRecalledOnTuesday()
    {
        var talks = Analysis.Meetings.Single(m => m.Meeting.Id == "sabel-talks");

        Assert.Equal((MeetingStatus.Ongoing, "M1"), (talks.Status, talks.Reason.Rule));
        Assert.Equal(["sabel-talks", "mediators-joint-statement"], talks.Reason.RecordIds);
        var ardesh = talks.Meeting.Participants.Single(p => p.ActorId == "ardesh");
        Assert.Equal((ParticipantCourse.Recalled, new DateOnly(2026, 11, 10)), (ardesh.Course, ardesh.CourseDate?.Value));
        Assert.Equal(ParticipantCourse.Attended, talks.Meeting.Participants.Single(p => p.ActorId == "vilmany").Course);
    }

    [Fact]
    public void ArdeshsParticipation_IsSuspended_ItsEnvoyWithIt_VilmanyTakesPart()
    {
        var participation = Analysis.Meetings.Single(m => m.Meeting.Id == "sabel-talks").Participation.ToDictionary(p => p.ActorId);

        Assert.Equal((ParticipationStatus.Suspended, "M5", new DateOnly(2026, 11, 10)), (participation["ardesh"].Status, participation["ardesh"].Reason.Rule, participation["ardesh"].Since?.Value));
        Assert.Equal(ParticipationStatus.Suspended, participation["malk"].Status);
        Assert.Equal((ParticipationStatus.TakingPart, "M8"), (participation["vilmany"].Status, participation["vilmany"].Reason.Rule));
    }

    [Fact]
    public void TheSeparateMeeting_IsPlanned_NotHeld()
    {
        var meeting = Analysis.Meetings.Single(m => m.Meeting.Id == "mediators-vilmany-meeting");

        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
    }

    [Fact]
    public void TheMediatorsProposal_IsOpen_ArdeshHasNotAnswered()
    {
        var proposal = Assert.Single(Analysis.Proposals);

        Assert.Equal((ProposalStatus.Open, "O6"), (proposal.Status, proposal.Reason.Rule));
        Assert.Equal(Position.NoAnswer, proposal.Positions.Single(p => p.ActorId == "ardesh").Position);
    }

    [Fact]
    public void TheStallingAccusation_IsDisputed_TheCounterAccusationAsserted_TheAnonymousJudgementUnconfirmed()
    {
        Assert.Equal(
            [("stalling-accusation", ClaimStatus.Disputed), ("walkout-accusation", ClaimStatus.Asserted), ("not-collapsed", ClaimStatus.Unconfirmed)],
            Analysis.Claims.Select(c => (c.Claim.Id, c.Status)));
    }

    [Fact]
    public void TheOctoberPause_IsOver_CausedByTheStrike()
    {
        var pause = Model.Meetings.Single(m => m.Id == "sabel-talks").Pauses.Single();
        var timeline = EpisodeAnalysis.Analyze(Model).Timeline;

        Assert.Equal(["ullmar-market-strike"], pause.CauseIds);
        Assert.Equal(new DateOnly(2026, 10, 22), pause.ResumedOn!.Value);
        Assert.Contains(timeline, e => e.RecordId == "sabel-talks" && e.Date.Value == new DateOnly(2026, 10, 22));
        Assert.Contains(EventIndex.Create(Model).ReferencesTo("ullmar-market-strike"), r => r.Reference.Role == ReferenceRole.Cause);
    }

    [Fact]
    public void VilmanysAnswer_IsUndisclosed_NotNoAnswer()
    {
        var proposal = EpisodeAnalysis.Analyze(Model).Proposals.Single();

        Assert.Equal(
            [("ardesh", Position.NoAnswer), ("vilmany", Position.Undisclosed)],
            proposal.Positions.Select(p => (p.ActorId, p.Position)));
        Assert.Equal(ProposalStatus.Open, proposal.Status);
    }

    [Fact]
    public void TheMediatorsSeparateMeeting_IsACommitment_MadeNotYetFulfilled()
    {
        Assert.Equal(CommitmentStatus.Made, EpisodeAnalysis.Analyze(Model).Commitments.Single(c => c.Commitment.Id == "separate-meeting").Status);
    }
}
