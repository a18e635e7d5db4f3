namespace PeaceModel.Analysis;

/// <summary>Collects every dated happening and orders it by the period its date stands for.</summary>
internal static class TimelineBuilder
{
    public static ValueList<TimelineEntry> Build(EpisodeIndex index)
    {
        var entries = new List<TimelineEntry>();
        foreach (var statement in index.Event.Statements)
        {
            var how = statement.Channel is { } channel ? AnalysisText.Words(channel) : "remarks, channel not reported";
            if (statement.Platform is { } platform)
            {
                how += " on " + platform;
            }

            entries.Add(Entry(statement.SaidOn, TimelineEntryKind.Statement, statement.Id, $"{index.Name(statement.SpeakerId)}: {how}"));
        }

        foreach (var proposal in index.Event.Proposals)
        {
            if (proposal.Terms?.Date is { } date)
            {
                var venue = proposal.Terms.Venue is { } place ? $" in {place.Name}" : string.Empty;
                entries.Add(Entry(date, TimelineEntryKind.ProposedDate, proposal.Id, $"{AnalysisText.Phrase(proposal.Kind)}{venue}, as proposed by {index.Name(proposal.ProposerId)}"));
            }
        }

        foreach (var condition in index.Event.Conditions)
        {
            if (condition.StartsOn is { } starts)
            {
                entries.Add(Entry(starts, TimelineEntryKind.ConditionStart, condition.Id, $"start of what {index.Name(condition.SetterId)} requires: {condition.Requirement.TrimEnd('.')}"));
            }

            if (condition.Deadline is { } deadline)
            {
                entries.Add(Entry(deadline, TimelineEntryKind.ConditionDeadline, condition.Id, $"deadline set by {index.Name(condition.SetterId)}: {condition.Requirement.TrimEnd('.')}"));
            }
        }

        // Stable order: by the middle of the period a date stands for (a month-granular "early June"
        // goes mid-June, not on 1 June), finer dates first on a tie, then as collected.
        return [.. entries.Select((entry, order) => (entry, order))
            .OrderBy(e => e.entry.Date.FirstDay.DayNumber + e.entry.Date.LastDay.DayNumber)
            .ThenBy(e => e.entry.Date.LastDay.DayNumber - e.entry.Date.FirstDay.DayNumber)
            .ThenBy(e => e.order)
            .Select(e => e.entry)];
    }

    private static TimelineEntry Entry(EventDate date, TimelineEntryKind kind, string recordId, string description) =>
        new() { Date = date, Kind = kind, RecordId = recordId, Description = description };
}
