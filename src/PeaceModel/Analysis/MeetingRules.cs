using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>The rules for a meeting's status (M1–M4); <c>docs/analysis.md</c> states them.</summary>
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
            return Result(MeetingStatus.Scheduled, "M2", [agreement.Id]);
        }

        var proposed = occasions.OfType<Proposal>().ToList();
        if (proposed.FirstOrDefault(p => proposals.TryGetValue(p.Id, out var a) && a.Status == ProposalStatus.Accepted) is { } accepted)
        {
            return Result(MeetingStatus.Scheduled, "M3", [accepted.Id]);
        }

        return Result(MeetingStatus.Proposed, "M4", [.. proposed.Select(p => p.Id)]);

        MeetingAnalysis Result(MeetingStatus status, string rule, ValueList<string> records) =>
            new() { Meeting = meeting, Status = status, Reason = new StatusReason { Rule = rule, RecordIds = records } };
    }
}
