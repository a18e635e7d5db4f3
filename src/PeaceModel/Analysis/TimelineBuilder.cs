using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>Collects every date every record holds, as declared in <see cref="RecordKinds"/>, and orders them by the period each stands for.</summary>
internal static class TimelineBuilder
{
    public static ValueList<TimelineEntry> Build(DiplomaticEvent diplomaticEvent)
    {
        var entries = new List<TimelineEntry>();
        foreach (var kind in RecordKinds.All)
        {
            if (kind.Dates.Count == 0)
            {
                continue;
            }

            foreach (var record in kind.GetRecords(diplomaticEvent))
            {
                foreach (var value in kind.GetDates(record))
                {
                    entries.Add(new TimelineEntry { Date = value.Date, Kind = kind, Role = value.Role, Declaration = value.Declaration, RecordId = record.Id, ItemId = value.ItemId });
                }
            }
        }

        // Stable order: by the middle of the period a date stands for (a month-granular "early June"
        // goes mid-June, not on 1 June), finer dates first on a tie, then as collected.
        return [.. entries.Select((entry, order) => (entry, order))
            .OrderBy(e => e.entry.Date.FirstDay.DayNumber + e.entry.Date.LastDay.DayNumber)
            .ThenBy(e => e.entry.Date.LastDay.DayNumber - e.entry.Date.FirstDay.DayNumber)
            .ThenBy(e => MomentOfDay(e.entry.Date))
            .ThenBy(e => e.order)
            .Select(e => e.entry)];
    }

    /// <summary>
    /// Orders entries within a day: by time of day where known, a part of day at its usual hour
    /// (morning 09:00, afternoon 15:00, evening 19:00, night 22:00), the end of the day last; entries
    /// with neither come after the timed ones, in the order of the document. A moment said to be just
    /// before or after a time ("after the signing at 16:30") sorts just before or after it.
    /// </summary>
    private static int MomentOfDay(EventDate date) => (2 * MinuteOfDay(date)) + date.Modifier switch
    {
        DateModifier.After or DateModifier.OnOrAfter => 1,
        DateModifier.Before or DateModifier.OnOrBefore => -1,
        _ => 0,
    };

    private static int MinuteOfDay(EventDate date) => date switch
    {
        { Time: { } time } => (time.Hour * 60) + time.Minute,
        { EndOfDay: true } => 24 * 60,
        { PartOfDay: PartOfDay.Morning } => 9 * 60,
        { PartOfDay: PartOfDay.Afternoon } => 15 * 60,
        { PartOfDay: PartOfDay.Evening } => 19 * 60,
        { PartOfDay: PartOfDay.Night } => 22 * 60,
        _ => (24 * 60) + 1,
    };
}
