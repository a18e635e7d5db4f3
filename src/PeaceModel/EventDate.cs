using System.Text.Json.Serialization;

namespace PeaceModel;

/// <summary>
/// A date as a source gives it: the resolved calendar value, how precise it is, the original
/// wording, and what it was resolved against. Every record uses this one type for time, and keeps
/// apart when something was said (<see cref="Statement.SaidOn"/>), when it is proposed to happen
/// (<see cref="Term.Date"/>, <see cref="Condition.StartsOn"/>) and when the report was
/// published (<see cref="SourceDocument.PublishedOn"/>).
/// </summary>
/// <example>
/// "as early as Thursday", in a report of Sunday 11 May 2025:
/// <code>
/// EventDate.Relative(new DateOnly(2025, 5, 15), "Thursday", resolvedAgainst: new DateOnly(2025, 5, 11))
/// </code>
/// </example>
public sealed record EventDate
{
    /// <summary>
    /// Gets the resolved date. For <see cref="DateGranularity.Month"/> it is the first day of the
    /// month, for <see cref="DateGranularity.Year"/> the first of January: a month-granular "early
    /// April" is not 1 April, and <see cref="FirstDay"/> and <see cref="LastDay"/> give its range.
    /// </summary>
    public required DateOnly Value { get; init; }

    /// <summary>Gets how precise <see cref="Value"/> is. Defaults to <see cref="DateGranularity.Day"/> (the first member, also when JSON leaves it out).</summary>
    public DateGranularity Granularity { get; init; }

    /// <summary>Gets how <see cref="Value"/> was obtained. Defaults to <see cref="DateBasis.Stated"/> (the first member, also when JSON leaves it out).</summary>
    public DateBasis Basis { get; init; }

    /// <summary>
    /// Gets the source's own wording, such as <c>Thursday</c> or <c>tomorrow, May 12th</c>, or
    /// <see langword="null"/> when the source has none (an inferred date). Required for relative dates.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>
    /// Gets the date a relative or inferred value was resolved against, such as the report's date
    /// 2025-05-11 for "Thursday"; <see langword="null"/> for stated dates.
    /// </summary>
    public DateOnly? ResolvedAgainst { get; init; }

    /// <summary>Gets the local time of day when the source gives it, or <see langword="null"/>. Only for day-granular dates.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>
    /// Gets the time zone of <see cref="Time"/>: an IANA zone id such as <c>Europe/Moscow</c>, a UTC
    /// offset such as <c>+03:00</c>, or <c>Z</c>; <see langword="null"/> when not known. Only with <see cref="Time"/>.
    /// </summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// Gets whether <see cref="TimeZone"/> is stated by the source or inferred by the modeller (from
    /// the place, say). Defaults to <see cref="DateBasis.Stated"/>; <see cref="DateBasis.Relative"/> is not used here.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DateBasis TimeZoneBasis { get; init; }

    /// <summary>
    /// Gets whether the moment is the <em>end</em> of the day ("24:00", "midnight on Sunday" as a
    /// deadline), kept apart from its start (00:00). Only for day-granular dates without <see cref="Time"/>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool EndOfDay { get; init; }

    /// <summary>Gets the part of the day when the source names one ("Sunday evening") and gives no time, or <see langword="null"/>.</summary>
    public PartOfDay? PartOfDay { get; init; }

    /// <summary>
    /// Gets the last day of a range ("second half of May": 2026-05-16 to 2026-05-31; "three days of
    /// talks"), written like <see cref="Value"/> at the same granularity and not before it; or
    /// <see langword="null"/> for a single day, month or year.
    /// </summary>
    public DateOnly? End { get; init; }

    /// <summary>
    /// Gets how the date relates to <see cref="Value"/> when the source is not exact (TimeML's
    /// <c>mod</c>): "in the coming weeks" is <see cref="DateModifier.After"/> the report's date, "within
    /// 48 hours" <see cref="DateModifier.OnOrBefore"/> the resolved day. <see langword="null"/> when exact.
    /// The wording stays in <see cref="Text"/>; no day is invented.
    /// </summary>
    public DateModifier? Modifier { get; init; }

    /// <summary>
    /// Gets the span a relative date was counted with from <see cref="ResolvedAgainst"/> ("within seven
    /// days of signing", "72 hours"), or <see langword="null"/>. Only with <see cref="ResolvedAgainst"/>.
    /// </summary>
    public Duration? Offset { get; init; }

    /// <summary>
    /// Gets the id of the record this date is stated relative to when the source gives an order rather
    /// than a day of its own ("later", "then", "the preceding day", "minutes later": TimeML's
    /// <c>anchorTimeID</c>), or <see langword="null"/>. With <see cref="Modifier"/>
    /// <see cref="DateModifier.After"/> or <see cref="DateModifier.OnOrAfter"/> the record comes after the
    /// anchor, with <see cref="DateModifier.Before"/> or <see cref="DateModifier.OnOrBefore"/> before it,
    /// and the timeline orders them so even on one day; without a modifier the value was counted from the
    /// anchor's date ("the preceding day"). <see cref="Value"/> stays the day known (often the anchor's);
    /// no day is invented. Names a record of the same event; not the record that holds the date.
    /// </summary>
    public string? AnchorId { get; init; }

    /// <summary>Gets the first day of the period <see cref="Value"/> stands for. Derived; no part of the JSON format.</summary>
    public DateOnly FirstDay => Granularity switch
    {
        DateGranularity.Month => new DateOnly(Value.Year, Value.Month, 1),
        DateGranularity.Year => new DateOnly(Value.Year, 1, 1),
        _ => Value,
    };

    /// <summary>Gets the last day of the period <see cref="Value"/> (or the range up to <see cref="End"/>) stands for. Derived; no part of the JSON format.</summary>
    public DateOnly LastDay => LastDayOf(End ?? Value);

    private DateOnly LastDayOf(DateOnly value) => Granularity switch
    {
        DateGranularity.Month => new DateOnly(value.Year, value.Month, DateTime.DaysInMonth(value.Year, value.Month)),
        DateGranularity.Year => new DateOnly(value.Year, 12, 31),
        _ => value,
    };

    /// <summary>Creates a day-granular date that the source states outright.</summary>
    /// <param name="value">The date.</param>
    /// <param name="text">The source's wording, such as <c>Sunday, May 11</c>, or <see langword="null"/>.</param>
    /// <returns>The date.</returns>
    public static EventDate Stated(DateOnly value, string? text = null) =>
        new() { Value = value, Basis = DateBasis.Stated, Text = text };

    /// <summary>Creates a day-granular date resolved from relative wording.</summary>
    /// <param name="value">The resolved date, such as 2025-05-15.</param>
    /// <param name="text">The source's wording, such as <c>Thursday</c>.</param>
    /// <param name="resolvedAgainst">The date the wording was resolved against, such as the report's date.</param>
    /// <returns>The date.</returns>
    public static EventDate Relative(DateOnly value, string text, DateOnly resolvedAgainst) =>
        new() { Value = value, Basis = DateBasis.Relative, Text = text, ResolvedAgainst = resolvedAgainst };

    /// <summary>Creates a day-granular date that the source does not give, inferred from the date of the report.</summary>
    /// <param name="reportDate">The date of the report; it becomes both the value and what it was resolved against.</param>
    /// <returns>The date.</returns>
    public static EventDate InferredFrom(DateOnly reportDate) =>
        new() { Value = reportDate, Basis = DateBasis.Inferred, ResolvedAgainst = reportDate };
}
