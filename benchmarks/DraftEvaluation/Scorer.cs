using PeaceModel.Authoring;

namespace PeaceModel.DraftEvaluation;

/// <summary>Compares one draft with the expected answers of its report.</summary>
internal static class Scorer
{
    public const string Passages = "passages exact";
    public const string Speakers = "speaker right";
    public const string Kinds = "speaker and kind right";
    public const string Dates = "date expressions right";
    public const string Clocks = "clock times right";

    /// <summary>
    /// Scores one draft. <paramref name="outletConvention"/>: an expected speaker of kind <c>media</c> (an outlet credited with
    /// words it reports) counts as "no speaker expected" (the lead's decision of 2026-12-03, applied to every set); false scores
    /// the answers as annotated.
    /// </summary>
    public static IReadOnlyList<Tally> Score(Report report, Draft draft, bool outletConvention, out int nonActorsMade, out IReadOnlyList<string> nonActorNames)
    {
        var passages = new Tally(Passages);
        var speakers = new Tally(Speakers);
        var kinds = new Tally(Kinds);
        var dates = new Tally(Dates);
        var clocks = new Tally(Clocks);

        // Passages: the same start and length. Speakers: over the drafted passages given a speaker, and the expected passages that have one.
        var actorsById = draft.Event.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var speakerOf = draft.Event.Statements.ToDictionary(s => s.Id, s => s.SpeakerId, StringComparer.Ordinal);
        passages.Drafted = draft.Passages.Count;
        passages.Expected = report.Passages.Count;
        speakers.Expected = kinds.Expected = report.Passages.Count(p => p.ScoredSpeaker(outletConvention) is not null);
        foreach (var drafted in draft.Passages)
        {
            var actor = speakerOf.TryGetValue(drafted.StatementId, out var id) && id is not null && actorsById.TryGetValue(id, out var a) ? a : null;
            var attributed = drafted.Speaker is not null && actor is not null && !actor.Id.StartsWith("unknown-speaker-", StringComparison.Ordinal);
            if (attributed)
            {
                speakers.Drafted++;
                kinds.Drafted++;
            }

            var expected = report.Passages.FirstOrDefault(p => p.Start == drafted.Quotation.Start && p.Length == drafted.Quotation.Length);
            if (expected is null)
            {
                continue;
            }

            passages.RightDrafted++;
            passages.Found++;
            if (!attributed || expected.ScoredSpeaker(outletConvention) is not { } expectedSpeaker)
            {
                continue;
            }

            var names = report.Actors.First(x => x.Id == expectedSpeaker).Names;
            if (Names(names, actor!.Name) || Names(names, drafted.Speaker!))
            {
                speakers.RightDrafted++;
                speakers.Found++;
                if (KindOf(expected.SpeakerKind) == actor.Kind)
                {
                    kinds.RightDrafted++;
                    kinds.Found++;
                }
            }
        }

        // Time expressions: a drafted one counts for an expected one when their spans overlap and the values agree.
        dates.Expected = report.Dates.Count;
        clocks.Expected = report.Dates.Count(d => d.HasClock);
        dates.Drafted = draft.Dates.Count;
        clocks.Drafted = draft.Dates.Count(HasClock);
        foreach (var drafted in draft.Dates)
        {
            var overlapping = report.Dates.Where(e => Overlap(e, drafted)).ToList();
            if (overlapping.Any(e => SameDay(e, drafted, report.BoundValues)))
            {
                dates.RightDrafted++;
            }

            if (HasClock(drafted) && overlapping.Any(e => e.HasClock && e.Value == Full(drafted)))
            {
                clocks.RightDrafted++;
            }
        }

        foreach (var expected in report.Dates)
        {
            var overlapping = draft.Dates.Where(d => Overlap(expected, d)).ToList();
            if (overlapping.Any(d => SameDay(expected, d, report.BoundValues)))
            {
                dates.Found++;
            }

            if (expected.HasClock && overlapping.Any(d => Full(d) == expected.Value))
            {
                clocks.Found++;
            }
        }

        // Non-actors: a listed word that a drafted actor's name is, or holds as a whole word.
        var drafts = draft.Event.Actors.Where(a => !a.Id.StartsWith("unknown-speaker-", StringComparison.Ordinal)).Select(a => Normal(a.Name)).ToList();
        var made = report.NonActors.Where(n => drafts.Any(d => (" " + d + " ").Contains(" " + Normal(n) + " ", StringComparison.Ordinal))).ToList();
        nonActorsMade = made.Count;
        nonActorNames = made;
        return [passages, speakers, kinds, dates, clocks];
    }

    /// <summary>Whether a drafted name is one of the names, or ends with one after a title ("Foreign Minister X Y" for "X Y").</summary>
    private static bool Names(IReadOnlyList<string> names, string drafted)
    {
        var d = Normal(drafted);
        return names.Select(Normal).Any(n => d == n || d.EndsWith(" " + n, StringComparison.Ordinal));
    }

    private static string Normal(string name) =>
        string.Join(' ', name.Replace('\u2019', '\'').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(',', '.', ':', ';');

    private static ActorKind? KindOf(string? kind) => kind switch
    {
        "person" => ActorKind.Person,
        "state" => ActorKind.State,
        "government" => ActorKind.Government,
        "organization" => ActorKind.InternationalOrganization,
        "group" => ActorKind.Group,
        _ => null, // media: no kind of the model
    };

    /// <summary>
    /// Whether a drafted expression has the expected day value. An expected bound ("after 2026-01-05", "before 2026-01-05")
    /// wants a drafted date with the same direction and day (<see cref="DateModifier.After"/> or <see cref="DateModifier.OnOrAfter"/>
    /// for after; <see cref="DateModifier.Before"/> or <see cref="DateModifier.OnOrBefore"/> for before). A drafted strict bound
    /// (before or after a day, which fixes no day) is "undecided" for a report annotated before bound values existed
    /// (<see cref="Report.BoundValues"/> false), and for a report with bound values it is only its bound. Otherwise the day
    /// value (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or <c>undecided</c>) is compared, as it always was.
    /// </summary>
    internal static bool SameDay(ExpectedDate expected, DraftedDate drafted, bool boundValues)
    {
        var strictBound = drafted.Date is { Modifier: DateModifier.Before or DateModifier.After };
        if (expected.Bound is { } bound)
        {
            return Bound(drafted) == bound;
        }

        if (strictBound)
        {
            return !boundValues && expected.Day == "undecided";
        }

        return expected.Day == Day(drafted);
    }

    /// <summary>The bound a drafted date gives, "after YYYY-MM-DD" or "before YYYY-MM-DD", or <see langword="null"/> when it gives none.</summary>
    internal static string? Bound(DraftedDate drafted) => drafted.Date switch
    {
        { Modifier: DateModifier.After or DateModifier.OnOrAfter } date => "after " + date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        { Modifier: DateModifier.Before or DateModifier.OnOrBefore } date => "before " + date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Whether a drafted date gives a clock time: a time of day, or the end of its day (midnight).</summary>
    private static bool HasClock(DraftedDate drafted) => drafted.Date is { Time: not null } or { EndOfDay: true, Granularity: DateGranularity.Day };

    private static bool Overlap(ExpectedDate expected, DraftedDate drafted) =>
        drafted.Start < expected.Start + expected.Length && expected.Start < drafted.Start + drafted.Text.Length;

    /// <summary>The day value; a date at the end of its day ("midnight on Friday", <see cref="EventDate.EndOfDay"/>) is the next day's 00:00, as the set writes it.</summary>
    private static string Day(DraftedDate drafted) => drafted.Date switch
    {
        null => "undecided",
        { EndOfDay: true, Granularity: DateGranularity.Day } date => date.Value.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        { Granularity: DateGranularity.Year } date => date.Value.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        { Granularity: DateGranularity.Month } date => date.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        { } date => date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Full(DraftedDate drafted) =>
        drafted.Date is { EndOfDay: true, Granularity: DateGranularity.Day } ? Day(drafted) + " 00:00"
        : drafted.Date?.Time is { } time ? Day(drafted) + " " + time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : Day(drafted);
}
