namespace PeaceModel.Analysis;

/// <summary>Collects every dated happening and orders it by the period its date stands for.</summary>
internal static class TimelineBuilder
{
    public static ValueList<TimelineEntry> Build(DiplomaticEvent diplomaticEvent)
    {
        var entries = new List<TimelineEntry>();
        foreach (var statement in diplomaticEvent.Statements)
        {
            entries.Add(Entry(statement.SaidOn, TimelineEntryKind.Statement, statement.Id));
        }

        foreach (var proposal in diplomaticEvent.Proposals)
        {
            if (proposal.Terms?.Date is { } date)
            {
                entries.Add(Entry(date, TimelineEntryKind.ProposedDate, proposal.Id));
            }
        }

        foreach (var condition in diplomaticEvent.Conditions)
        {
            if (condition.StartsOn is { } starts)
            {
                entries.Add(Entry(starts, TimelineEntryKind.ConditionStart, condition.Id));
            }

            if (condition.Deadline is { } deadline)
            {
                entries.Add(Entry(deadline, TimelineEntryKind.ConditionDeadline, condition.Id));
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

    private static TimelineEntry Entry(EventDate date, TimelineEntryKind kind, string recordId) =>
        new() { Date = date, Kind = kind, RecordId = recordId };
}
