namespace PeaceModel;

/// <summary>
/// What is to be done, where, when, for how long, by whom and how much: the terms of a
/// <see cref="Proposal"/>, one point of a plan (<see cref="Proposal.Points"/>), one provision or phase
/// of an <see cref="Agreement"/>, or what a <see cref="Commitment"/> undertakes.
/// </summary>
/// <example>
/// A provision "pull heavy weapons 15 kilometres back within seven days of signing":
/// <code>
/// new Term
/// {
///     Id = "pull-back",
///     Summary = "Both sides pull heavy weapons 15 km back from the line.",
///     Deadline = new EventDate { Value = new(2026, 4, 21), Basis = DateBasis.Relative, Text = "within seven days of signing", ResolvedAgainst = new(2026, 4, 14), Offset = new Duration { Value = 7, Unit = DurationUnit.Day }, Modifier = DateModifier.OnOrBefore },
///     Quantities = [new Quantity { Value = 15, Unit = "km", Text = "15 kilometres" }],
/// }
/// </code>
/// </example>
public sealed record Term
{
    /// <summary>
    /// Gets the id of an agreement's provision or a plan's point, unique in its list, so that later
    /// records can name it (<c>pull-back</c>, <c>point-2</c>), or <see langword="null"/>. A proposal's terms need none; a point needs one.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>Gets what the provision says, in a sentence, or <see langword="null"/> for a proposal's terms (the proposal has its own summary).</summary>
    public string? Summary { get; init; }

    /// <summary>Gets the article or section of the text that holds the provision, as the text numbers it (<c>4</c>, <c>II.3</c>), or <see langword="null"/>.</summary>
    public string? Article { get; init; }

    /// <summary>Gets the venue, such as Istanbul, or <see langword="null"/> when none is named.</summary>
    public Place? Venue { get; init; }

    /// <summary>Gets when the terms take effect or begin: the proposed day of talks, or a ceasefire's start ("from 06:00 on Thursday"); <see langword="null"/> when not stated.</summary>
    public EventDate? Date { get; init; }

    /// <summary>Gets how long the terms last, such as 30 days, or <see langword="null"/>.</summary>
    public Duration? Duration { get; init; }

    /// <summary>Gets by when the terms must be carried out ("within ten days", "by March 2027"), or <see langword="null"/>. A deadline for <em>answering</em> a proposal is a <see cref="Condition"/> of kind <see cref="ConditionKind.Deadline"/>.</summary>
    public EventDate? Deadline { get; init; }

    /// <summary>Gets what the terms say about preconditions. Defaults to <see cref="PreconditionStance.NotMentioned"/> (the first member, also when JSON leaves it out).</summary>
    public PreconditionStance Preconditions { get; init; }

    /// <summary>Gets the amounts the terms name: 40 monitors, 15 km, 1,000 prisoners for 1,000. Empty when none.</summary>
    public ValueList<Quantity> Quantities { get; init; }

    /// <summary>
    /// Gets the ids of the actors the terms name as carrying them out when that is not simply every party:
    /// a monitor (the Union deploys 40 monitors), one side, a funder. Empty when none is named.
    /// </summary>
    public ValueList<string> ActorIds { get; init; }

    /// <summary>Gets the id of the <see cref="Meeting"/> the terms would hold or schedule (a second round of talks), or <see langword="null"/>.</summary>
    public string? MeetingId { get; init; }

    /// <summary>Gets the phase the term belongs to, counted from 1 ("phase one"), or <see langword="null"/> when the text has no phases. Terms of phase 2 wait for phase 1 unless they say otherwise.</summary>
    public int? Phase { get; init; }

    /// <summary>Gets what the term starts with when that is not a date ("once phase one is complete", "within 72 hours of both sides accepting the plan" with <see cref="Duration"/>), or <see langword="null"/>.</summary>
    public TermAnchor? StartsAt { get; init; }

    /// <summary>Gets what the term ends with when that is not a date ("until the next phase": until the final-status talks are held), or <see langword="null"/>.</summary>
    public TermAnchor? EndsAt { get; init; }

    /// <summary>Gets the condition the term applies on, in the text's words ("only if both sides agree", "once the monitors are in place"), or <see langword="null"/>. At most 2,000 characters.</summary>
    public string? OnlyIf { get; init; }

    /// <summary>Gets where the term applies when that is narrower than the whole agreement: a region, a line, a district ("Article 9 applies only to the Ruvane valley"), or <see langword="null"/>.</summary>
    public Place? Area { get; init; }
}
