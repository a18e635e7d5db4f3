using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>Collects every date every record holds, as declared in <see cref="RecordKinds"/>, and orders them by the period each stands for.</summary>
internal static class TimelineBuilder
{
    public static ValueList<TimelineEntry> Build(EventIndex index)
    {
        var diplomaticEvent = index.Event;
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
        // goes mid-June, not on 1 June; "recently", before the report's day, goes before that day),
        // finer dates first on a tie, then what answers another record after it, then as collected.
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. entries.Select((entry, order) => (entry, order))
            .OrderBy(e => e.entry.Date.FirstDay.DayNumber + e.entry.Date.LastDay.DayNumber - (e.entry.Date is { Modifier: DateModifier.Before, Time: null } ? 2 : 0))
            .ThenBy(e => e.entry.Date.LastDay.DayNumber - e.entry.Date.FirstDay.DayNumber)
            .ThenBy(e => MomentOfDay(e.entry.Date))
            .ThenBy(e => Depth(index, e.entry.RecordId, depth, 0))
            .ThenBy(e => e.order)
            .Select(e => e.entry)];
    }

    /// <summary>
    /// How many steps of answering or stated order lie behind a dated record: a statement that expresses
    /// a reaction comes after the statement that made what it answers (a response is not listed before
    /// the proposal it answers when both have the same date), and a record whose date is stated as after
    /// another's ("later", "then": <see cref="EventDate.AnchorId"/>) after that record, one stated as
    /// before it ("the preceding day", "previously") before it. Records that follow nothing are at depth 0.
    /// </summary>
    private static int Depth(EventIndex index, string recordId, Dictionary<string, int> known, int guard)
    {
        if (known.TryGetValue(recordId, out var found))
        {
            return found;
        }

        if (guard > 16 || !index.TryFind(recordId, out var record))
        {
            return 0;
        }

        known[recordId] = 0;
        var deepest = -1;
        if (record.Record is Statement)
        {
            foreach (var expressed in index.ReferencesTo(recordId).Where(r => r.Reference.Role == ReferenceRole.ExpressedIn).Select(r => r.From))
            {
                foreach (var target in expressed.Kind.References.Where(r => r.Role == ReferenceRole.Subject).SelectMany(r => r.GetIds(expressed.Record)))
                {
                    if (index.TryFind(target, out var answered))
                    {
                        foreach (var statement in answered.Kind.References.Where(r => r.Role == ReferenceRole.ExpressedIn).SelectMany(r => r.GetIds(answered.Record)).Append(answered.Record is Statement ? answered.Record.Id : null).OfType<string>())
                        {
                            if (statement != recordId)
                            {
                                deepest = Math.Max(deepest, Depth(index, statement, known, guard + 1));
                            }
                        }
                    }
                }
            }
        }

        var before = int.MaxValue;
        foreach (var value in record.Kind.GetDates(record.Record))
        {
            if (value.Date.AnchorId is not { } anchor || anchor == recordId)
            {
                continue;
            }

            if (value.Date.Modifier is DateModifier.Before or DateModifier.OnOrBefore)
            {
                before = Math.Min(before, Depth(index, anchor, known, guard + 1) - 1);
            }
            else
            {
                deepest = Math.Max(deepest, Depth(index, anchor, known, guard + 1));
            }
        }

        return known[recordId] = Math.Min(deepest + 1, before);
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
