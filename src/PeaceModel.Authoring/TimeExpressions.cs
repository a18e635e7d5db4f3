using System.Globalization;
using System.Text.RegularExpressions;

namespace PeaceModel.Authoring;

/// <summary>
/// Finds the time expressions of a report and resolves those that can be decided, keeping their
/// wording: dates written out in any of the usual orders ("14 March 2026", "March 14, 2026",
/// "Aug. 14, 2017", "29-04-2024"), clock times on the 24- and 12-hour clocks with their zone ("14:00",
/// "5:25 pm", "4:54 p.m.", "1400 GMT"), and expressions resolved against the report's date ("on
/// Thursday", "tomorrow", "last Tuesday", "within seven days", "in early April", "earlier this month")
/// or against the date the sentence refers back to ("five days later", "the preceding day", "minutes
/// later"); a weekday or month in the direction the tense gives ("said on Thursday" is past, "talks on
/// Thursday" ahead; a past-tense verb right after it, "on Wednesday talked", is past). What cannot be decided
/// ("last week", "later", "these days", seasons such as "this summer", whose months depend on the hemisphere)
/// keeps its wording and gets no invented day; what gives only a bound is that bound of the day it is told
/// from (the report's, or the day a quotation was said): "in the coming weeks", "the next few days", "soon",
/// "shortly" are <see cref="DateModifier.After"/> it, "earlier", "previously", "recently" <see cref="DateModifier.Before"/> it.
/// A zone with an offset ("15:16 (UTC +04:00)") is the clock time's zone, never a clock time of its own.
/// </summary>
public static partial class TimeExpressions
{
    /// <summary>The weekdays in the order of <see cref="DayOfWeek"/>, lower case.</summary>
    internal static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>The months by the first three letters of their names, which is also how they are abbreviated ("Sept." aside).</summary>
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["twelve"] = 12, ["fourteen"] = 14, ["thirty"] = 30,
    };

    /// <summary>Time zones as reports abbreviate them, with their offset and whether the abbreviation states it (IST is also Irish and Israeli time: taken as India's, inferred).</summary>
    private static readonly Dictionary<string, (string Offset, DateBasis Basis)> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = ("Z", DateBasis.Stated), ["UTC"] = ("Z", DateBasis.Stated), ["CET"] = ("+01:00", DateBasis.Stated), ["CEST"] = ("+02:00", DateBasis.Stated),
        ["EST"] = ("-05:00", DateBasis.Stated), ["EDT"] = ("-04:00", DateBasis.Stated), ["MSK"] = ("+03:00", DateBasis.Stated), ["IST"] = ("+05:30", DateBasis.Inferred),
    };

    /// <summary>Finds and resolves the time expressions of a text.</summary>
    /// <param name="text">The report.</param>
    /// <param name="reportDate">The report's date, the anchor of expressions that name none.</param>
    /// <returns>The expressions in reading order; <see cref="DraftedDate.Date"/> is <see langword="null"/> for those that cannot be decided.</returns>
    public static ValueList<DraftedDate> Find(string text, DateOnly reportDate) => Find(text, reportDate, null);

    /// <summary>Finds the time expressions, resolving "today", weekdays and clock times at a position against the day <paramref name="anchorAt"/> gives for it (the day a quotation was said), else the report's date.</summary>
    internal static ValueList<DraftedDate> Find(string text, DateOnly reportDate, Func<int, DateOnly?>? anchorAt)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DraftedDate>();
        DateOnly? last = null;
        foreach (Match match in Expression().Matches(text))
        {
            var wording = match.Value.Trim();
            if (match.Groups["undecided"].Success && SeasonOfAName().IsMatch(text[match.Index..Math.Min(text.Length, match.Index + match.Length + 2)]))
            {
                continue; // "the Winter Olympics", "the Spring Festival": a name, no season
            }

            var anchor = anchorAt?.Invoke(match.Index) ?? reportDate;
            var date = ResolveWithinTheCalendar(match, text, anchor, last);
            // A time of day just before the day it belongs to ("from 06:00 local time on Thursday") is one expression.
            if (found.Count > 0 && found[^1] is { Date: { Basis: DateBasis.Inferred, Time: { } time } } clock && date is { Time: null, Granularity: DateGranularity.Day }
                && match.Index - (clock.Start + clock.Text.Length) is >= 0 and <= 25 && Adjacent(text, clock, match))
            {
                var joined = text[clock.Start..(match.Index + match.Length)].Trim();
                found[^1] = new DraftedDate { Text = joined, Start = clock.Start, Date = date with { Time = time, TimeZone = clock.Date.TimeZone, TimeZoneBasis = clock.Date.TimeZoneBasis, Text = joined } };
                last = date.Value;
                continue;
            }

            if (date is { Basis: DateBasis.Relative or DateBasis.Stated, Granularity: DateGranularity.Day, Modifier: not (DateModifier.Before or DateModifier.After) })
            {
                last = date.Value;
            }

            // "by Friday", "until 14 March": on that day or before; "since Monday": on it or after (a bound the format states).
            if (date is { Granularity: DateGranularity.Day, Modifier: null, End: null } && BoundBefore().Match(text[Math.Max(0, match.Index - 20)..match.Index]) is { Success: true } bound)
            {
                date = date with { Modifier = bound.Groups["until"].Success ? DateModifier.OnOrBefore : DateModifier.OnOrAfter };
            }

            found.Add(new DraftedDate { Text = wording, Start = match.Index + (match.Value.Length - match.Value.TrimStart().Length), Date = date });

            // "March 10 or 11", "between June 20 and 30": the second day is a day of the same month.
            if (date is { Granularity: DateGranularity.Day, Time: null } && match.Groups["month"].Success && match.Groups["day"].Success && !match.Groups["year"].Success
                && SecondDay().Match(text, match.Index + match.Length) is { Success: true } second
                && int.Parse(second.Groups["d"].Value, CultureInfo.InvariantCulture) is var secondDay && secondDay > date.Value.Day && secondDay <= DateTime.DaysInMonth(date.Value.Year, date.Value.Month))
            {
                var secondText = second.Groups["d"].Value;
                found.Add(new DraftedDate { Text = secondText, Start = second.Groups["d"].Index, Date = date with { Value = new DateOnly(date.Value.Year, date.Value.Month, secondDay), Text = secondText } });
            }
        }

        // A bare clock time takes the day its own sentence names ("on Monday at 5:25 pm"), not a day of an earlier sentence;
        // so does "earlier in the day" ("the meeting, held earlier in the day, …, Kerry said Saturday": Saturday).
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Date is { Basis: DateBasis.Relative, Offset: null, Modifier: null } sameDay && SameDay().IsMatch(found[i].Text)
                && DayOfItsSentence(i) is { } own)
            {
                found[i] = found[i] with { Date = sameDay with { Value = own.Value, ResolvedAgainst = own.Value } };
            }

            if (found[i].Date is { Basis: DateBasis.Inferred, Time: not null } clockOnly)
            {
                var sentence = SentenceStartOf(text, found[i].Start);
                var end = text.IndexOfAny(['.', '\n'], found[i].Start);
                var day = found.Where(d => d.Start >= sentence && (end < 0 || d.Start < end) && d.Date is { Granularity: DateGranularity.Day, Time: null, Basis: not DateBasis.Inferred })
                    .OrderBy(d => Math.Abs(d.Start - found[i].Start)).FirstOrDefault()?.Date;
                if (day is not null)
                {
                    found[i] = found[i] with { Date = clockOnly with { Value = day.Value, Basis = day.Basis, ResolvedAgainst = day.ResolvedAgainst } };
                }
            }
        }

        PairWithGmt(text, found);
        return [.. found];

        // The nearest day its sentence gives, other than the expression itself: a day, not inferred, not a bound.
        EventDate? DayOfItsSentence(int index)
        {
            var sentence = SentenceStartOf(text, found[index].Start);
            var end = text.IndexOfAny(['\n'], found[index].Start);
            var stop = end < 0 ? text.Length : end;
            var full = text.IndexOf(". ", found[index].Start, StringComparison.Ordinal);
            stop = full >= 0 && full < stop ? full : stop;
            return found.Where((d, k) => k != index && d.Start >= sentence && d.Start < stop && d.Date is { Granularity: DateGranularity.Day, Basis: not DateBasis.Inferred, Modifier: null } && !SameDay().IsMatch(d.Text))
                .OrderBy(d => Math.Abs(d.Start - found[index].Start)).FirstOrDefault()?.Date;
        }

        static bool Adjacent(string text, DraftedDate clock, Match day)
        {
            var between = text[(clock.Start + clock.Text.Length)..day.Index];
            return !between.Contains('.', StringComparison.Ordinal) && !between.Contains('\n', StringComparison.Ordinal) && !between.Contains(',', StringComparison.Ordinal)
                && !between.Contains(')', StringComparison.Ordinal); // "midnight (2200GMT) Dec. 30": the bracket's GMT time is the local time's, not the day's
        }
    }

    /// <summary>
    /// A local clock time given with its GMT (UTC) equivalent in brackets ("at midnight (2200GMT) Dec. 30", "6 pm local time
    /// (15:00 GMT)", "midnight Damascus time (22:00 GMT Friday)"): the two are one instant. The zone's offset is the difference of
    /// the two clocks (between −12 and +14 hours); when the GMT time names its own day ("22:00 GMT Friday"), the local time's day
    /// is counted from it, else the GMT time's day is counted from the local one (midnight on Dec. 30 at +2 is 22:00 GMT on Dec. 29).
    /// </summary>
    private static void PairWithGmt(string text, List<DraftedDate> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            if (found[i].Date is not { Time: { } local } localDate || found[i + 1].Date is not { Time: { } gmt, TimeZone: "Z" } gmtDate || localDate.TimeZone == "Z")
            {
                continue;
            }

            var between = text[Math.Min(text.Length, found[i].Start + found[i].Text.Length)..Math.Max(found[i].Start + found[i].Text.Length, found[i + 1].Start)];
            if (!LocalThenGmt().IsMatch(between))
            {
                continue;
            }

            var offset = (local.ToTimeSpan() - gmt.ToTimeSpan()).TotalMinutes;
            offset = offset <= -12 * 60 ? offset + 24 * 60 : offset > 14 * 60 ? offset - 24 * 60 : offset;
            if (gmtDate.Basis != DateBasis.Inferred && localDate.Basis == DateBasis.Inferred)
            {
                var at = gmtDate.Value.ToDateTime(gmt).AddMinutes(offset);
                found[i] = found[i] with { Date = localDate with { Value = DateOnly.FromDateTime(at), Basis = gmtDate.Basis, ResolvedAgainst = gmtDate.ResolvedAgainst } };
            }
            else
            {
                var at = localDate.Value.ToDateTime(local).AddMinutes(-offset);
                found[i + 1] = found[i + 1] with { Date = gmtDate with { Value = DateOnly.FromDateTime(at), Basis = localDate.Basis, ResolvedAgainst = localDate.ResolvedAgainst } };
            }
        }
    }

    /// <summary>Between a local clock time and its GMT equivalent: an optional zone named in words ("local time", "Damascus time") and an opening bracket.</summary>
    [GeneratedRegex(@"^(?:\s+(?:local|[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?)\s+time)?\s*\(\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalThenGmt();

    /// <summary>A season written as a name: capitalised and followed by a capitalised word ("Winter Olympics").</summary>
    [GeneratedRegex(@"(?:Summer|Winter|Spring|Autumn|Fall) \p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SeasonOfAName();

    /// <summary>A second day of the month just given: "March 10 or 11", "June 20 and 30" (not a range, "May 4-5", which is one expression; not a count: "June 20 and 30 people").</summary>
    [GeneratedRegex(@"\G\s+(?:or|and)\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?=\s*[.,;)\n]|\s*$|\s+(?:in|at|on|when|as|with|to|for|the|a|an|and|or|but|after|before|while)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SecondDay();

    /// <summary>Resolves an expression, or gives it no day when the day would fall outside the calendar (an anchor in year 1 or 9999).</summary>
    private static EventDate? ResolveWithinTheCalendar(Match m, string text, DateOnly anchor, DateOnly? last)
    {
        try
        {
            return Resolve(m, text, anchor, last);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // "yesterday" of 0001-01-01: no day to give, the wording is kept
        }
    }

    private static EventDate? Resolve(Match m, string text, DateOnly anchor, DateOnly? last)
    {
        var wording = m.Value.Trim();
        var back = last ?? anchor;
        if (m.Groups["undecided"].Success)
        {
            return null; // "last week", "later", "this summer" (which months a season is depends on the hemisphere): the text fixes no day
        }

        if (m.Groups["before"].Success)
        {
            // "earlier", "previously", "recently": before the day the sentence is told from (the report's, or the day a quotation was said).
            return new EventDate { Value = anchor, Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = anchor, Modifier = DateModifier.Before };
        }

        if (m.Groups["vague"].Success)
        {
            return new EventDate { Value = anchor, Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = anchor, Modifier = DateModifier.After };
        }

        if (m.Groups["sameday"].Success)
        {
            // "minutes later", "earlier in the day": the day of the date the text last gave.
            return new EventDate { Value = back, Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = back };
        }

        if (m.Groups["dayshift"].Success)
        {
            var shift = m.Groups["dayshift"].Value.ToLowerInvariant() switch
            {
                "preceding" or "previous" or "before" or "earlier" or "after" => -1, // "a day after the call": the call was the day before the day just given
                _ => 1,
            };
            return new EventDate { Value = back.AddDays(shift), Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = back, Offset = new Duration { Value = 1, Unit = DurationUnit.Day } };
        }

        if (m.Groups["ago"].Success && Count(m.Groups["agon"].Value) is { } ago)
        {
            return new EventDate { Value = anchor.AddDays(-ago), Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = anchor, Offset = new Duration { Value = ago, Unit = DurationUnit.Day } };
        }

        if (m.Groups["period"].Success)
        {
            var which = m.Groups["pwhich"].Value.ToLowerInvariant();
            var step = which switch { "last" => -1, "next" => 1, _ => 0 };
            return m.Groups["period"].Value.ToLowerInvariant() == "year"
                ? new EventDate { Value = new DateOnly(anchor.Year + step, 1, 1), Granularity = DateGranularity.Year, Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = anchor }
                : new EventDate { Value = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(step), Granularity = DateGranularity.Month, Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = anchor };
        }

        if (m.Groups["deictic"].Success)
        {
            var word = m.Groups["deictic"].Value.ToLowerInvariant();
            var offset = word switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
            return WithClock(new EventDate { Value = anchor.AddDays(offset), Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = anchor, PartOfDay = word == "tonight" ? PartOfDay.Night : Part(m) }, m);
        }

        if (m.Groups["later"].Success)
        {
            return last is { } from && Count(m.Groups["n"].Value) is { } n
                ? new EventDate { Value = from.AddDays(n), Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = from, Offset = new Duration { Value = n, Unit = DurationUnit.Day } }
                : null;
        }

        if (m.Groups["ramadan"].Success)
        {
            // "before Ramadan", "by Ramadan": before the first day of the coming Ramadan (of the one under way, when it has begun), by the Umm al-Qura calendar.
            return FirstOfRamadan(anchor) is { } ramadan
                ? new EventDate { Value = ramadan, Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = anchor, Modifier = DateModifier.Before }
                : null;
        }

        if (m.Groups["endmonth"].Success)
        {
            // "by the end of February": before the first day of the month after it, in the coming year when the month is already past.
            var month = MonthOf(m.Groups["endmonth"].Value);
            var year = m.Groups["year"].Success ? Int(m, "year") : month < anchor.Month ? anchor.Year + 1 : anchor.Year;
            return year is < 1 or > 9998 ? null
                : new EventDate { Value = new DateOnly(year, month, 1).AddMonths(1), Basis = m.Groups["year"].Success ? DateBasis.Stated : DateBasis.Relative, Text = wording, ResolvedAgainst = m.Groups["year"].Success ? null : anchor, Modifier = DateModifier.Before };
        }

        if (m.Groups["within"].Success && Count(m.Groups["wn"].Value) is { } amount)
        {
            var unit = m.Groups["wunit"].Value.ToLowerInvariant().TrimEnd('s');
            var (value, durationUnit) = unit switch
            {
                "hour" => (anchor.AddDays((amount + 23) / 24), DurationUnit.Hour),
                "week" => (anchor.AddDays(7 * amount), DurationUnit.Week),
                "month" => (anchor.AddMonths(amount), DurationUnit.Month),
                _ => (anchor.AddDays(amount), DurationUnit.Day),
            };
            return new EventDate { Value = value, Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = anchor, Offset = new Duration { Value = amount, Unit = durationUnit }, Modifier = DateModifier.OnOrBefore };
        }

        if (m.Groups["yearonly"].Success)
        {
            var modifier = m.Groups["part"].Value.ToLowerInvariant() switch { "early" => DateModifier.Start, "mid" => DateModifier.Mid, "late" => DateModifier.End, _ => (DateModifier?)null };
            return new EventDate { Value = new DateOnly(Int(m, "yearonly"), 1, 1), Granularity = DateGranularity.Year, Text = wording, Modifier = modifier };
        }

        if (m.Groups["numeric"].Success)
        {
            int a = Int(m, "na"), b = Int(m, "nb"), year = Int(m, "ny");
            var (day, month) = a > 12 || b <= 12 ? (a, b) : (b, a); // day first, as most of the world writes it, unless that cannot be
            return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? WithClock(new EventDate { Value = new DateOnly(year, month, day), Text = wording }, m)
                : null;
        }

        if (m.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
                ? WithClock(new EventDate { Value = iso, Text = wording }, m) : null;
        }

        if (m.Groups["month"].Success)
        {
            var month = MonthOf(m.Groups["month"].Value);
            var statedYear = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
            if (statedYear is < 1)
            {
                return null; // "May 0000": no calendar year to resolve to
            }

            if (m.Groups["day"].Success)
            {
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                var year = statedYear ?? anchor.Year;
                // A day and month without a year that names an event ("Hamas's October 7 attack", "the March 1 truce"): the
                // occurrence nearest the report's day, which for "October 7" in a March report is the year before.
                if (statedYear is null && year > 1 && day <= DateTime.DaysInMonth(year - 1, month) && day <= DateTime.DaysInMonth(year, month) && Attributive(text, m)
                    && anchor.DayNumber - new DateOnly(year - 1, month, day).DayNumber < new DateOnly(year, month, day).DayNumber - anchor.DayNumber)
                {
                    year--;
                }

                return day >= 1 && day <= DateTime.DaysInMonth(year, month)
                    ? WithClock(statedYear is null
                        ? new EventDate { Value = new DateOnly(year, month, day), Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = anchor }
                        : new EventDate { Value = new DateOnly(year, month, day), Text = wording }, m)
                    : null; // "June 31": kept as wording, no day invented
            }

            var ahead = m.Groups["mlast"].Success ? false : Ahead(text, m.Index, m.Index + m.Length);
            var monthYear = statedYear
                ?? (m.Groups["mlast"].Success ? (month < anchor.Month ? anchor.Year : anchor.Year - 1)
                : month < anchor.Month && ahead == true ? anchor.Year + 1
                : month > anchor.Month && ahead == false ? anchor.Year - 1
                : anchor.Year);
            var first = new DateOnly(monthYear, month, 1);
            var half = m.Groups["half"].Value.ToLowerInvariant();
            if (half.Length > 0)
            {
                return half == "first"
                    ? new EventDate { Value = first, End = new DateOnly(monthYear, month, 15), Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = anchor }
                    : new EventDate { Value = new DateOnly(monthYear, month, 16), End = first.AddMonths(1).AddDays(-1), Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = anchor };
            }

            var modifier = m.Groups["part"].Value.ToLowerInvariant() switch { "early" => DateModifier.Start, "mid" => DateModifier.Mid, "late" => DateModifier.End, _ => (DateModifier?)null };
            return new EventDate { Value = first, Granularity = DateGranularity.Month, Basis = statedYear is null ? DateBasis.Relative : DateBasis.Stated, Text = wording, ResolvedAgainst = statedYear is null ? anchor : null, Modifier = modifier };
        }

        if (m.Groups["weekday"].Success)
        {
            var day = Array.IndexOf(Weekdays, m.Groups["weekday"].Value.ToLowerInvariant());
            var daysBack = DaysBack(anchor, day);
            var forward = (day - (int)anchor.DayOfWeek + 7) % 7;
            var which = m.Groups["which"].Value.ToLowerInvariant();
            var direction = which switch
            {
                "last" or "earlier on" => false,
                "next" => true,
                _ => Ahead(text, m.Index, m.Index + m.Length),
            };
            var offset = direction switch
            {
                false => -(daysBack == 0 && which is "last" ? 7 : daysBack),
                true => forward == 0 && which.Length > 0 ? 7 : forward,
                null => daysBack <= forward ? -daysBack : forward,
            };
            var midnight = m.Groups["midnight"].Success;
            return WithClock(new EventDate
            {
                Value = anchor.AddDays(offset),
                Basis = DateBasis.Relative,
                Text = wording,
                ResolvedAgainst = anchor,
                PartOfDay = midnight ? null : Part(m),
                EndOfDay = midnight,
            }, m);
        }

        return WithClock(new EventDate { Value = anchor, Basis = DateBasis.Inferred, Text = wording, ResolvedAgainst = anchor }, m) is { Time: not null } clockOnly ? clockOnly : null;
    }

    /// <summary>The first day of the Ramadan that has begun within the last 30 days of a day or begins after it (Umm al-Qura calendar), or <see langword="null"/> outside that calendar's range.</summary>
    internal static DateOnly? FirstOfRamadan(DateOnly day)
    {
        var calendar = new UmAlQuraCalendar();
        var at = day.ToDateTime(TimeOnly.MinValue);
        if (at < calendar.MinSupportedDateTime || at > calendar.MaxSupportedDateTime.AddYears(-1))
        {
            return null;
        }

        var year = calendar.GetYear(at);
        var start = DateOnly.FromDateTime(calendar.ToDateTime(year, 9, 1, 0, 0, 0, 0));
        return start.AddDays(30) <= day ? DateOnly.FromDateTime(calendar.ToDateTime(year + 1, 9, 1, 0, 0, 0, 0)) : start;
    }

    /// <summary>Whether a date names an event as a noun's modifier after a determiner or a possessive ("the October 7 attack", "Hamas's October 7 attack").</summary>
    private static bool Attributive(string text, Match m) =>
        AttributiveBefore().IsMatch(text[Math.Max(0, m.Index - 12)..m.Index]) && AttributiveAfter().IsMatch(text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 30)]);

    [GeneratedRegex(@"(?:['\u2019]s|\bthe)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AttributiveBefore();

    [GeneratedRegex(@"^\s+(?!(?:and|or|to|of|in|on|at|for|by|with|from|as|that|which|when|is|was|will|would)\b)\p{Ll}{3,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AttributiveAfter();

    /// <summary>How many days back the last given weekday on or before a day is (0 when it is that day).</summary>
    internal static int DaysBack(DateOnly from, int weekday) => ((int)from.DayOfWeek - weekday + 7) % 7;

    /// <summary>Where the sentence holding a position starts: after the last full stop followed by a space, or the last line break.</summary>
    internal static int SentenceStartOf(string text, int position)
    {
        for (var i = Math.Min(position, text.Length) - 1; i > 0; i--)
        {
            if (text[i] == '\n' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && !char.IsUpper(text[i - 1])))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int MonthOf(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static PartOfDay? Part(Match m) => m.Groups["partofday"].Value.ToLowerInvariant() switch
    {
        "morning" => PartOfDay.Morning,
        "afternoon" => PartOfDay.Afternoon,
        "evening" => PartOfDay.Evening,
        "night" => PartOfDay.Night,
        _ => null,
    };

    /// <summary>The clock time a match holds, on the 24-hour clock (12 am is 00, 12 pm is 12), with its zone; the part of the day gives way to it.</summary>
    private static EventDate WithClock(EventDate date, Match m)
    {
        if (m.Groups["midclock"].Success)
        {
            return date with { Time = new TimeOnly(0, 0), PartOfDay = null }; // "at midnight": 00:00 of the day it is given
        }

        if (!m.Groups["hh"].Success)
        {
            return date;
        }

        var hour = Int(m, "hh");
        var minute = m.Groups["mm"].Success ? Int(m, "mm") : 0;
        var half = m.Groups["ampm"].Value.ToLowerInvariant();
        if (half.StartsWith('p') && hour < 12)
        {
            hour += 12;
        }
        else if (half.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }

        if (hour > 23 || minute > 59)
        {
            return date;
        }

        var zone = m.Groups["zone"].Success && Zones.TryGetValue(m.Groups["zone"].Value, out var z) ? z : ((string Offset, DateBasis Basis)?)null;
        if (zone is not null && m.Groups["zoff"].Success && Int(m, "zoffh") is <= 14 and var offsetHours)
        {
            // "UTC +04:00": the offset the text states, "+04:00".
            var sign = m.Groups["zoff"].Value == "+" ? "+" : "-";
            var offsetMinutes = m.Groups["zoffm"].Success ? Int(m, "zoffm") : 0;
            zone = (offsetHours == 0 && offsetMinutes == 0 ? "Z" : string.Create(CultureInfo.InvariantCulture, $"{sign}{offsetHours:00}:{offsetMinutes:00}"), DateBasis.Stated);
        }

        return date with { Time = new TimeOnly(hour, minute), PartOfDay = null, TimeZone = zone?.Offset, TimeZoneBasis = zone?.Basis ?? DateBasis.Stated };
    }

    /// <summary>
    /// The direction the tense gives: the later of a future word (will, would, is to, set for, begin, to + verb) and a past one
    /// (said, was, had, gave, signed, ...) before the expression in its sentence; when there is none before it, the first after it
    /// ("On Sunday, the ministers met"); neither: <see langword="null"/> (the nearer day is taken).
    /// </summary>
    private static bool? Ahead(string text, int position, int end)
    {
        var start = SentenceStartOf(text, position);
        var before = text[start..position].ToLowerInvariant();
        var future = Future().Matches(before).Select(x => x.Index).DefaultIfEmpty(-1).Max();
        var past = Past().Matches(before).Select(x => x.Index).DefaultIfEmpty(-1).Max();
        if (future >= 0 || past >= 0)
        {
            // "demanded the truce to begin at midnight Friday", "agreed to meet on Friday": a plan told in the past may lie on
            // either side of the report's day: the nearer day is taken.
            if (future > past && PlanInfinitive().IsMatch(before[future..]) && (past >= 0 || PastVerb().IsMatch(before[..future])))
            {
                return null;
            }

            return future > past;
        }

        var stop = text.IndexOfAny(['.', '\n'], Math.Min(end, text.Length - 1));
        var after = text[end..(stop < 0 ? text.Length : stop)].ToLowerInvariant();
        if (PastVerbNext().IsMatch(text[end..(stop < 0 ? text.Length : stop)]))
        {
            return false; // "Rask on Wednesday talked with …, declining an invitation to meet …": the verb of the clause is past
        }

        var futureAfter = Future().Match(after);
        var pastAfter = Past().Match(after);
        return !futureAfter.Success && !pastAfter.Success ? null
            : !pastAfter.Success || (futureAfter.Success && futureAfter.Index < pastAfter.Index);
    }

    /// <summary>A future word that is an infinitive of a plan ("to begin", "to meet").</summary>
    [GeneratedRegex(@"^(?:to |begin\b|resume\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PlanInfinitive();

    /// <summary>A regular verb in the past tense (lower case: "demanded", "agreed"), not a participle of a plan ("scheduled", "planned", "expected").</summary>
    [GeneratedRegex(@"\b(?!(?:scheduled|planned|expected|proposed|intended|needed|based|related|united|limited|armed|detained|injured)\b)\p{Ll}{3,}ed\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastVerb();

    /// <summary>Just before a day, a word that makes it a bound: "by", "until", "no later than" (on or before); "since", "as of" (on or after). Not "from", which opens ranges and page furniture ("From Jul 26, 2014").</summary>
    [GeneratedRegex(@"\b(?:(?<until>by|until|till|no later than|not later than)|since|as of|starting)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BoundBefore();

    /// <summary>Expressions of the same day as another: "earlier in the day", "later that day".</summary>
    [GeneratedRegex(@"^(?:earlier|later) (?:in the day|that day)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SameDay();

    /// <summary>A verb in the past tense just after the expression, an adverb aside ("on Wednesday talked", "on Monday finally agreed"); capitalised words are names, not verbs.</summary>
    [GeneratedRegex(@"^[\s,]*(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?<!need|feed|speed|seed|bleed|breed|shed)ed\b(?!\s+(?:to|by)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PastVerbNext();

    private static int? Count(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Numbers.TryGetValue(word, out var named) ? named : null;

    [GeneratedRegex(@"\b(?:will|would(?! have)|shall|is to|are to|was to|expected to|due to|set for|scheduled|planned|begin|resume|could|next|runs out|visit|to (?:stop|begin|start|meet|hold|resume|withdraw|pull|return|reopen|open|sign|visit|deploy|take place))\b", RegexOptions.CultureInvariant)]
    internal static partial Regex Future();

    [GeneratedRegex(@"\b(?:said|says|told|was|were|had|has|gave|did|met|held|spoke|signed|announced|denied|accused|arrived|appealed|urged|led|cut|agreed|called|rejected|suspended|killed|launched|visited|ended|failed|vetoed|voted|adopted|abstained|expressed|reached|would have)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Past();

    private const string MonthName = @"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s*\d))";
    /// <summary>A month after its day ("25 Feb", "11 Feb, 2016"): the abbreviation needs no number after it.</summary>
    private const string DayFirstMonthName = @"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)";
    private const string Weekday = @"(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)";
    /// <summary>A zone after a clock time: an abbreviation, with an offset or in brackets ("15:16 (UTC +04:00)", "GMT+3"), or "local time".</summary>
    private const string Zone = @"(?:\s*\(?(?<zone>GMT|UTC|CEST|CET|EST|EDT|MSK|IST)\b(?:\s?(?<zoff>[+\u2212-])\s?(?<zoffh>[01]?\d)(?::?(?<zoffm>[0-5]\d))?)?\)?|\s+local time\b|\s*\[local time\])?";

    /// <summary>No clock time is the offset of a zone ("UTC +04:00", "GMT-5"): a clock starts nowhere after a zone and a sign.</summary>
    private const string NotAnOffset = @"(?<!(?:GMT|UTC)\s?[+\u2212-]\s?)";
    private const string Clock = NotAnOffset + @"(?<hh>[01]?\d|2[0-3])(?::|\.(?=\d\d\s*[ap]\.?m))(?<mm>[0-5]\d)(?:\s*(?<ampm>[ap]\.?m\.?(?![a-z])))?" + Zone;
    private const string TwelveHour = NotAnOffset + @"(?<hh>1[0-2]|0?[1-9])(?::(?<mm>[0-5]\d))?\s*(?<ampm>[ap]\.m\.|[ap]m\b|[AP]M\b)" + Zone;
    private const string Military = @"(?<hh>[01]\d|2[0-3])(?<mm>[0-5]\d)\s*(?<zone>GMT|UTC)\b";
    /// <summary>A clock written with a dot ("18.00"): after a preposition of time ("at 18.00", "starting from 18.00", Cyrillic "с 18.00") or before a zone ("18.00 GMT", "18.00 [local time]"); otherwise a dot makes a number, not a time.</summary>
    private const string DottedClock = @"(?:(?<=\b(?:at|from|until|till|before|after|since|starting|\u0441|\u0437|\u0432|\u0434\u043E|\u043F\u0456\u0441\u043B\u044F|\u043F\u043E\u0441\u043B\u0435)\s)(?<hh>[01]\d|2[0-3])\.(?<mm>[0-5]\d)(?![\d.,]\d|\s*(?:%|percent|per cent|million|billion))|(?<hh>[01]\d|2[0-3])\.(?<mm>[0-5]\d)(?=\s*(?:\[local time\]|local time\b|GMT\b|UTC\b|hrs\b|hours\b)))" + Zone;
    private const string AnyClock = "(?:" + TwelveHour + "|" + Clock + "|" + Military + "|" + DottedClock + ")";
    private const string TrailingClock = @"(?:,?\s+(?:at\s+)?" + AnyClock + ")?";

    [GeneratedRegex(
        @"(?<undecided>\b(?:(?:last|this|next|the coming|the past|the previous|(?:in )?the same) week\b|in recent (?:days|weeks|months|years)\b|\d+ (?:minutes|hours|weeks|months|years) ago\b|(?<!\bno )later(?! (?:on|this|in the day|that day|today|than))\b|these (?:days|weeks|months)\b|within hours\b|(?:days|weeks|months|years) (?:after|before|later|earlier)\b|(?:(?:less|more) than |about |nearly |almost |just |some )?(?:a|an|one) (?:week|month|year) (?:after|before|later|earlier)\b|hours before\b|(?:in )?(?:a|an|one|two|three|four|five|six|\d+|[a-z]+-[a-z]+) (?:days?|weeks?|months?)'? time\b"
        + @"|(?:(?:this|last|next|early|late|mid|in|in the|in early|in late|the|by|by the|during|during the|over the|until|since) )(?:summer|winter|spring|autumn)\b|(?:(?:this|last|next|in the|the|by the|during the|over the|until the|since the) )fall\b(?! (?:of|in|to|from|by|on)\b)))"
        + @"|(?<before>\b(?:(?<!\bno )earlier(?! (?:on|this|in the day|that day|today|than|in the week|in the month))|previously|recently|lately)\b)"
        + @"|(?<vague>\b(?:(?:in )?(?:the )?coming (?:days|weeks|months)|within the next (?:\d+ ?(?:-|\u2013|to) ?\d+|few|several|couple of) (?:hours|days|weeks)|in the (?:days|weeks|months) ahead|(?:in )?the next(?: few)? (?:days|weeks|months)|in the near future|(?<!\bas )(?:soon|shortly)(?! (?:after|as|afterwards|before)\b)(?!-))\b)"
        + @"|(?<sameday>\b(?:(?:\d+|a few|several|some|two|three|ten|twenty|thirty|forty|fifty) )?(?:minutes|hours) (?:later|earlier|after)\b|\b(?:earlier|later) (?:in the day|that day)\b)"
        + @"|\b(?:the|a) (?:(?<dayshift>preceding|previous|following|next) day\b|day (?<dayshift>before|earlier|after|later)\b)"
        + @"|\b(?<ago>(?<agon>\d+|one|two|three|four|five|six|seven|eight|nine|ten) days? ago)\b"
        + @"|\b(?:(?:earlier|later) )?(?<pwhich>last|this|next) (?<period>month|year)\b"
        + @"|\b(?<deictic>today|tonight|yesterday|tomorrow)(?: (?<partofday>morning|afternoon|evening|night))?(?:\s+at\s+" + AnyClock + @")?\b"
        + @"|\b(?<later>(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten) days? later)\b"
        + @"|\b(?<ramadan>before|ahead of|by|until) (?:the (?:holy |Muslim )*(?:fasting )?month of )?Ramadan\b"
        + @"|\b(?:by|until|before) the end of (?<endmonth>" + DayFirstMonthName + @")(?:,?\s+(?<year>\d{4}))?(?!\s+[0-3]?\d\b)"
        + @"|\b(?<within>within (?<wn>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty) (?<wunit>hours?|days?|weeks?|months?))\b"
        + @"|\b(?<iso>\d{4}-[01]\d-[0-3]\d)\b" + TrailingClock
        + @"|\b(?<numeric>(?<na>[0-3]?\d)[-/.](?<nb>[01]?\d)[-/.](?<ny>\d{4}))\b" + TrailingClock
        + @"|\b(?:" + Weekday + @",?\s+)?(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + DayFirstMonthName + @")(?:,?\s+(?<year>\d{4}))?\b" + TrailingClock
        + @"|\b(?:" + Weekday + @",?\s+)?(?:(?<half>first|second) half of |(?<part>early|mid|late)[- ]|in |by |(?<mlast>last) )?(?<month>" + MonthName + @")(?:\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b)?(?:,?\s+(?<year>\d{4}))?\b" + TrailingClock
        + @"|(?:\b(?<midnight>midnight) on |\bat " + AnyClock + @" on |\b(?<which>last|next|this|earlier on|later on) |\b(?:early |late )?(?:on )?)?\b(?<weekday>" + Weekday + @")(?: (?<partofday>morning|afternoon|evening|night))?\b" + TrailingClock
        + @"|\b(?:at |from )?" + AnyClock
        + @"|\b(?:at )?(?<midclock>midnight)\b(?! on " + Weekday + @"\b)" + Zone
        + @"|\b(?:in|since|by|until|before|after|throughout) (?:(?<part>early|mid|late)[- ])?(?<yearonly>(?:19|20)\d{2})\b(?![-/.]\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Expression();
}

/// <summary>A time expression of a report, with its resolution when one can be decided.</summary>
public sealed record DraftedDate
{
    /// <summary>Gets the wording as it stands in the report.</summary>
    public required string Text { get; init; }

    /// <summary>Gets where it starts in the report (a UTF-16 offset).</summary>
    public required int Start { get; init; }

    /// <summary>Gets the resolved date, with its wording, anchor and any offset; <see langword="null"/> when it cannot be decided.</summary>
    public EventDate? Date { get; init; }
}
