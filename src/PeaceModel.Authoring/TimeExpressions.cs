using System.Globalization;
using System.Text.RegularExpressions;

namespace PeaceModel.Authoring;

/// <summary>
/// Finds the time expressions of a report and resolves those that can be decided, keeping their
/// wording: against the report's date ("on Thursday", "tomorrow", "last Tuesday", "within seven
/// days", "in early April", "at 18:00"), or against the date the sentence refers back to ("five days
/// later"); a weekday in the direction the tense gives ("said on Thursday" is past, "talks on
/// Thursday" ahead). What cannot be decided ("in the coming weeks", "within hours") keeps its
/// wording and gets no invented day.
/// </summary>
public static partial class TimeExpressions
{
    /// <summary>The weekdays in the order of <see cref="DayOfWeek"/>, lower case.</summary>
    internal static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["twelve"] = 12, ["fourteen"] = 14, ["thirty"] = 30,
    };

    /// <summary>Finds and resolves the time expressions of a text.</summary>
    /// <param name="text">The report.</param>
    /// <param name="reportDate">The report's date, the anchor of expressions that name none.</param>
    /// <returns>The expressions in reading order; <see cref="DraftedDate.Date"/> is <see langword="null"/> for those that cannot be decided.</returns>
    public static ValueList<DraftedDate> Find(string text, DateOnly reportDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DraftedDate>();
        DateOnly? last = null;
        foreach (Match match in Expression().Matches(text))
        {
            var wording = match.Value.Trim();
            var date = Resolve(match, text, reportDate, last);

            // A time of day just before the day it belongs to ("from 06:00 local time on Thursday") is one expression.
            if (found.Count > 0 && found[^1] is { Date: { Basis: DateBasis.Inferred, Time: { } time } } clock && date is { Time: null, Granularity: DateGranularity.Day }
                && match.Index - (clock.Start + clock.Text.Length) <= 25 && !text[(clock.Start + clock.Text.Length)..match.Index].Contains('.', StringComparison.Ordinal))
            {
                var joined = text[clock.Start..(match.Index + match.Length)].Trim();
                found[^1] = new DraftedDate { Text = joined, Start = clock.Start, Date = date with { Time = time, Text = joined } };
                last = date.Value;
                continue;
            }

            if (date is { Basis: DateBasis.Relative or DateBasis.Stated })
            {
                last = date.Value;
            }

            found.Add(new DraftedDate { Text = wording, Start = match.Index, Date = date });
        }

        return [.. found];
    }

    private static EventDate? Resolve(Match m, string text, DateOnly reportDate, DateOnly? last)
    {
        var wording = m.Value.Trim();
        if (m.Groups["vague"].Success)
        {
            return m.Value.Contains("coming", StringComparison.OrdinalIgnoreCase)
                ? new EventDate { Value = reportDate, Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = reportDate, Modifier = DateModifier.After }
                : null; // "within hours": of what, the text does not say precisely enough to date
        }

        if (m.Groups["deictic"].Success)
        {
            var word = m.Groups["deictic"].Value.ToLowerInvariant();
            var offset = word switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
            return new EventDate { Value = reportDate.AddDays(offset), Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = reportDate, PartOfDay = word == "tonight" ? PartOfDay.Night : null };
        }

        if (m.Groups["later"].Success)
        {
            return last is { } anchor && Count(m.Groups["n"].Value) is { } n
                ? new EventDate { Value = anchor.AddDays(n), Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = anchor, Offset = new Duration { Value = n, Unit = DurationUnit.Day } }
                : null;
        }

        if (m.Groups["within"].Success && Count(m.Groups["wn"].Value) is { } amount)
        {
            var unit = m.Groups["wunit"].Value.ToLowerInvariant().TrimEnd('s');
            var (value, durationUnit) = unit switch
            {
                "hour" => (reportDate.AddDays((amount + 23) / 24), DurationUnit.Hour),
                "week" => (reportDate.AddDays(7 * amount), DurationUnit.Week),
                "month" => (reportDate.AddMonths(amount), DurationUnit.Month),
                _ => (reportDate.AddDays(amount), DurationUnit.Day),
            };
            return new EventDate { Value = value, Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = reportDate, Offset = new Duration { Value = amount, Unit = durationUnit }, Modifier = DateModifier.OnOrBefore };
        }

        if (m.Groups["month"].Success)
        {
            var month = Array.IndexOf(Months, m.Groups["month"].Value.ToLowerInvariant()) + 1;
            var statedYear = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
            if (statedYear is < 1)
            {
                return null; // "May 0000": no calendar year to resolve to
            }

            if (m.Groups["day"].Success)
            {
                var year = statedYear ?? reportDate.Year;
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                return day >= 1 && day <= DateTime.DaysInMonth(year, month)
                    ? new EventDate { Value = new DateOnly(year, month, day), Text = wording }
                    : null; // "June 31": kept as wording, no day invented
            }

            var monthYear = statedYear
                ?? (month < reportDate.Month && Ahead(text, m.Index) != false ? reportDate.Year + 1 : reportDate.Year);
            var first = new DateOnly(monthYear, month, 1);
            var half = m.Groups["half"].Value.ToLowerInvariant();
            if (half.Length > 0)
            {
                var mid = new DateOnly(monthYear, month, 16);
                return half == "first"
                    ? new EventDate { Value = first, End = new DateOnly(monthYear, month, 15), Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = reportDate }
                    : new EventDate { Value = mid, End = first.AddMonths(1).AddDays(-1), Basis = DateBasis.Relative, Text = wording, ResolvedAgainst = reportDate };
            }

            var modifier = m.Groups["part"].Value.ToLowerInvariant() switch { "early" => DateModifier.Start, "mid" => DateModifier.Mid, "late" => DateModifier.End, _ => (DateModifier?)null };
            return new EventDate { Value = first, Granularity = DateGranularity.Month, Basis = m.Groups["year"].Success ? DateBasis.Stated : DateBasis.Relative, Text = wording, ResolvedAgainst = m.Groups["year"].Success ? null : reportDate, Modifier = modifier };
        }

        if (m.Groups["weekday"].Success)
        {
            var day = Array.IndexOf(Weekdays, m.Groups["weekday"].Value.ToLowerInvariant());
            var back = DaysBack(reportDate, day);
            var forward = (day - (int)reportDate.DayOfWeek + 7) % 7;
            var direction = m.Groups["which"].Value.ToLowerInvariant() switch
            {
                "last" => false,
                "next" => true,
                _ => Ahead(text, m.Index),
            };
            var offset = direction switch
            {
                false => -(back == 0 && m.Groups["which"].Value.Length > 0 ? 7 : back),
                true => forward == 0 && m.Groups["which"].Value.Length > 0 ? 7 : forward,
                null => back <= forward ? -back : forward,
            };
            var part = m.Groups["partofday"].Value.ToLowerInvariant() switch
            {
                "morning" => PartOfDay.Morning,
                "afternoon" => PartOfDay.Afternoon,
                "evening" => PartOfDay.Evening,
                "night" => PartOfDay.Night,
                _ => (PartOfDay?)null,
            };
            var clock = Clock(m);
            var midnight = m.Groups["midnight"].Success;
            return new EventDate
            {
                Value = reportDate.AddDays(offset),
                Basis = DateBasis.Relative,
                Text = wording,
                ResolvedAgainst = reportDate,
                PartOfDay = clock is null && !midnight ? part : null,
                Time = clock,
                EndOfDay = midnight,
            };
        }

        return Clock(m) is { } time
            ? new EventDate { Value = last ?? reportDate, Basis = DateBasis.Inferred, Text = wording, ResolvedAgainst = last ?? reportDate, Time = time }
            : null;
    }

    /// <summary>How many days back the last given weekday on or before a day is (0 when it is that day).</summary>
    internal static int DaysBack(DateOnly from, int weekday) => ((int)from.DayOfWeek - weekday + 7) % 7;

    private static TimeOnly? Clock(Match m) =>
        m.Groups["clock"].Success ? TimeOnly.ParseExact(m.Groups["clock"].Value.PadLeft(5, '0'), "HH:mm", CultureInfo.InvariantCulture)
        : m.Groups["clock1"].Success ? TimeOnly.ParseExact(m.Groups["clock1"].Value.PadLeft(5, '0'), "HH:mm", CultureInfo.InvariantCulture)
        : null;

    /// <summary>The direction the tense gives: the later of a future word (will, would, is to, set for, begin, to + verb) and a past one (said, was, had, gave, signed, ...) before the expression in its sentence; neither: <see langword="null"/> (the nearer day is taken).</summary>
    private static bool? Ahead(string text, int position)
    {
        var start = Math.Max(0, text.LastIndexOfAny(['.', '\n'], Math.Max(0, position - 1)) + 1);
        var before = text[start..position].ToLowerInvariant();
        var future = Future().Matches(before).Select(x => x.Index).DefaultIfEmpty(-1).Max();
        var past = Past().Matches(before).Select(x => x.Index).DefaultIfEmpty(-1).Max();
        return future < 0 && past < 0 ? null : future > past;
    }

    private static int? Count(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Numbers.TryGetValue(word, out var named) ? named : null;

    [GeneratedRegex(@"\b(?:will|would|shall|is to|are to|was to|set for|scheduled|planned|begin|resume|could|next|runs out|visit|to (?:stop|begin|start|meet|hold|resume|withdraw|pull|return|reopen|open|sign|visit|deploy|take place))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(?:said|says|told|was|were|had|has|gave|did|met|held|spoke|signed|announced|denied|accused|arrived|appealed|urged)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Past();

    [GeneratedRegex(
        @"(?<vague>\bin the coming (?:days|weeks|months)\b|\bwithin hours\b)"
        + @"|\b(?<deictic>today|tonight|yesterday|tomorrow)\b"
        + @"|\b(?<later>(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten) days? later)\b"
        + @"|\b(?<within>within (?<wn>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty) (?<wunit>hours?|days?|weeks?|months?))\b"
        + @"|\b(?:(?<half>first|second) half of |(?<part>early|mid|late)[- ]|in |by )?(?-i:(?<month>January|February|March|April|May|June|July|August|September|October|November|December))(?: (?<day>[0-3]?\d)(?:st|nd|rd|th)?\b)?(?:,? (?<year>\d{4}))?\b"
        + @"|(?:\b(?<midnight>midnight) on |\bat (?<clock1>\d{1,2}:\d{2}) on |\b(?<which>last|next|this) |\bon )?\b(?<weekday>Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?: (?<partofday>morning|afternoon|evening|night))?\b"
        + @"|\b(?:at |from )?(?<clock>(?<hh>[01]?\d|2[0-3]):(?<mm>[0-5]\d))\b",
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
