using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>The rules for a meeting's status (M1–M4; M2 and M3 derive agreed in principle when no date is set) and each participant's taking part (M5–M8); <c>docs/analysis.md</c> states them.</summary>
internal static class MeetingRules
{
    public static MeetingAnalysis Analyze(Meeting meeting, EventIndex index, IReadOnlyDictionary<string, ProposalAnalysis> proposals)
    {
        if (meeting.Status is { } reported)
        {
            return Result(reported, "M1", [meeting.Id, .. meeting.StatementIds]);
        }

        var occasions = index.ReferencesTo(meeting.Id).Where(r => r.Reference.Role == ReferenceRole.Occasion).Select(r => r.From.Record).ToList();
        if (occasions.OfType<Agreement>().FirstOrDefault() is { } agreement)
        {
            return Result(Foreseen(meeting), "M2", [agreement.Id]);
        }

        var proposed = occasions.OfType<Proposal>().ToList();
        if (proposed.FirstOrDefault(p => proposals.TryGetValue(p.Id, out var a) && a.Status == ProposalStatus.Accepted) is { } accepted)
        {
            return Result(Foreseen(meeting), "M3", [accepted.Id]);
        }

        return Result(MeetingStatus.Proposed, "M4", [.. proposed.Select(p => p.Id)]);

        // Agreed to with a day: scheduled; with none, or only "soon": agreed in principle, not scheduled.
        static MeetingStatus Foreseen(Meeting meeting) =>
            meeting.Date is { Modifier: not DateModifier.After } ? MeetingStatus.Scheduled : MeetingStatus.AgreedInPrinciple;

        MeetingAnalysis Result(MeetingStatus status, string rule, ValueList<string> records) =>
            new() { Meeting = meeting, Status = status, Reason = new StatusReason { Rule = rule, RecordIds = records }, Participation = Participation(meeting, status, index) };
    }

    /// <summary>Each participant's taking part (M5–M8): what it did, apart from what the meeting did.</summary>
    private static ValueList<ParticipationAnalysis> Participation(Meeting meeting, MeetingStatus status, EventIndex index)
    {
        var tookPlace = status is MeetingStatus.Held or MeetingStatus.Ongoing or MeetingStatus.Suspended or MeetingStatus.Resumed or MeetingStatus.Collapsed;
        return [.. meeting.Participants.Select(own =>
        {
            // One without a course of its own follows the party it acts for (a recalled delegation's head is recalled with it).
            var p = own.Course is null && index.PartyOf(own.ActorId) is { } party && party != own.ActorId
                && meeting.Participants.FirstOrDefault(q => q.ActorId == party && q.Course is not null) is { } principal
                ? own with { Course = principal.Course, CourseDate = principal.CourseDate }
                : own;
            var (participation, rule) = p.Course switch
            {
                ParticipantCourse.Recalled => (ParticipationStatus.Suspended, "M5"),
                ParticipantCourse.WalkedOut => (ParticipationStatus.Withdrew, "M6"),
                ParticipantCourse.StayedAway => (ParticipationStatus.Absent, "M7"),
                ParticipantCourse.Attended => (ParticipationStatus.TakingPart, "M8"),
                _ => (tookPlace ? ParticipationStatus.TakingPart : ParticipationStatus.Expected, "M8"),
            };
            return new ParticipationAnalysis { ActorId = p.ActorId, Role = p.Role, Status = participation, Reason = new StatusReason { Rule = rule, RecordIds = [meeting.Id] }, Since = p.CourseDate };
        })];
    }
}
