using NodaTime;

namespace PeaceModel.Analysis;

/// <summary>
/// Moments for rules that compare when something happens with the moment an analysis is as of: a local
/// date and time, with its UTC offset where the zone is known. Two moments both with offsets compare as
/// instants; otherwise their local times are compared (a report and its terms in one place).
/// </summary>
internal readonly record struct Moments(DateTime Local, TimeSpan? Offset)
{
    /// <summary>Whether this moment is at or before <paramref name="other"/>.</summary>
    public bool AtOrBefore(Moments other) =>
        Offset is { } mine && other.Offset is { } theirs
            ? Local - mine <= other.Local - theirs
            : Local <= other.Local;

    /// <summary>
    /// The latest moment a dated step takes effect, or <see langword="null"/> when the date sets no such
    /// bound ("soon": <see cref="DateModifier.After"/>). A day without a time counts from its start; the
    /// end of a day (<c>24:00</c>) is the start of the next; a time of day counts with its zone; a part of
    /// the day, a month, a year, or an approximate, <c>onOrBefore</c>, start, middle or end of a period
    /// count from the end of their last day; <c>before</c> from the start of the day.
    /// </summary>
    public static Moments? LatestStart(EventDate date)
    {
        var start = date.Value.ToDateTime(TimeOnly.MinValue);
        var afterLastDay = date.LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return date.Modifier switch
        {
            DateModifier.After => null,
            DateModifier.Before => new Moments(start, null),
            DateModifier.Approximate or DateModifier.OnOrBefore or DateModifier.Start or DateModifier.Mid or DateModifier.End => new Moments(afterLastDay, null),
            _ when date.Granularity != DateGranularity.Day || date.PartOfDay is not null => new Moments(afterLastDay, null),
            _ when date.EndOfDay => new Moments(date.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), null),
            _ when date.Time is { } time => At(date.Value, time, date.TimeZone),
            _ => new Moments(start, null),
        };
    }

    /// <summary>
    /// The moment an analysis as of <paramref name="asOf"/> speaks for: the report's own time when the
    /// day is the report's and the report gives a time; otherwise the end of the day, exclusive: what
    /// happens at any time of the day has happened by it, what happens at its 24:00 has not.
    /// </summary>
    public static Moments AsOf(DateOnly asOf, EventDate? reportDate) =>
        reportDate is { Granularity: DateGranularity.Day, Time: { } time, End: null } && reportDate.Value == asOf
            ? At(asOf, time, reportDate.TimeZone)
            : new Moments(asOf.ToDateTime(TimeOnly.MaxValue), null);

    /// <summary>The moment of an instant given with its offset.</summary>
    public static Moments At(DateTimeOffset instant) => new(instant.DateTime, instant.Offset);

    private static Moments At(DateOnly day, TimeOnly time, string? zone)
    {
        var local = day.ToDateTime(time);
        return new Moments(local, OffsetOf(local, zone));
    }

    private static TimeSpan? OffsetOf(DateTime local, string? zone)
    {
        if (zone is null)
        {
            return null;
        }

        if (zone == "Z")
        {
            return TimeSpan.Zero;
        }

        if (zone[0] is '+' or '-')
        {
            var sign = zone[0] == '-' ? -1 : 1;
            return TimeSpan.TryParseExact(zone.AsSpan(1), "hh\\:mm", System.Globalization.CultureInfo.InvariantCulture, out var span) ? sign * span : null;
        }

        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is { } tz
            ? tz.AtLeniently(LocalDateTime.FromDateTime(local)).Offset.ToTimeSpan()
            : null;
    }
}
