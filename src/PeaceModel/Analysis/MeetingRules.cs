using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>The rules for a meeting's status (M1–M4; M2 and M3 derive agreed in principle when no date is set); <c>docs/analysis.md</c> states them.</summary>
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
            new() { Meeting = meeting, Status = status, Reason = new StatusReason { Rule = rule, RecordIds = records } };
    }
}
