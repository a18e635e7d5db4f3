namespace PeaceModel;

/// <summary>
/// Talks, a summit, a call or a visit: proposed, scheduled, held, postponed or cancelled, with its
/// venue, dates and participants. A proposal to meet names the meeting in its terms
/// (<see cref="Term.MeetingId"/>), as does an agreement that schedules a next round.
/// </summary>
/// <example>
/// Three days of talks hosted by Ostrea and ending on the day of the report:
/// <code>
/// new Meeting
/// {
///     Id = "port-amrel-talks",
///     Kind = MeetingKind.Talks,
///     Status = MeetingStatus.Held,
///     Date = new EventDate { Value = new(2026, 4, 12), End = new(2026, 4, 14), Basis = DateBasis.Inferred, ResolvedAgainst = new(2026, 4, 14), Text = "three days of talks" },
///     Venue = new Place { Name = "Port Amrel" },
///     Participants = [new Participant { ActorId = "ostrea", Role = ParticipantRole.Host }, new Participant { ActorId = "marwick", Role = ParticipantRole.Chair }],
///     StatementIds = [],
/// }
/// </code>
/// </example>
public sealed record Meeting : IDiplomaticRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the form of the meeting.</summary>
    public required MeetingKind Kind { get; init; }

    /// <summary>Gets the meeting's name as sources give it ("the Lake Vell summit", "second round"), or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Gets the status the report gives the meeting, or <see langword="null"/> when the status follows
    /// from the records that propose or schedule it (then the analysis derives it). A meeting that no
    /// proposal or agreement names states its status.
    /// </summary>
    public MeetingStatus? Status { get; init; }

    /// <summary>Gets when the meeting takes or took place: a day, a range of days, a part of a day, or a vague period; <see langword="null"/> when not known.</summary>
    public EventDate? Date { get; init; }

    /// <summary>Gets the date a postponed or rescheduled meeting had before (schema.org's <c>previousStartDate</c>), or <see langword="null"/>.</summary>
    public EventDate? PreviousDate { get; init; }

    /// <summary>Gets where the meeting is held, or <see langword="null"/> (a call has no venue).</summary>
    public Place? Venue { get; init; }

    /// <summary>Gets who takes part and in which role; one actor may hold several roles (a host that also chairs). Empty when the source names none.</summary>
    public ValueList<Participant> Participants { get; init; }

    /// <summary>Gets the id of the actor who initiated the contact (who called whom; a call "at the request of" one side), or <see langword="null"/> when the report does not say.</summary>
    public string? InitiatorId { get; init; }

    /// <summary>Gets how long the meeting lasts or lasted ("two-day talks"), or <see langword="null"/>.</summary>
    public Duration? Duration { get; init; }

    /// <summary>Gets the pauses in the talks, each with its cause and when the talks resumed. Empty for none.</summary>
    public ValueList<MeetingPause> Pauses { get; init; }

    /// <summary>Gets the agenda: the topics, each with the record it concerns when there is one. Empty when not reported.</summary>
    public ValueList<AgendaItem> Agenda { get; init; }

    /// <summary>Gets the ids of what the talks produced: agreements, commitments, proposals, votes. Empty for none.</summary>
    public ValueList<string> ProducedIds { get; init; }

    /// <summary>Gets the ids of what the talks failed to settle: proposals, conditions or claims left open. Empty for none.</summary>
    public ValueList<string> UnresolvedIds { get; init; }

    /// <summary>Gets the ids of the statements that report the meeting or its status; empty when the report itself says it.</summary>
    public ValueList<string> StatementIds { get; init; }

    /// <summary>Gets CAMEO or PLOVER codes for the meeting (CAMEO 04 Consult; PLOVER CONSULT), or empty.</summary>
    public ValueList<EventCode> Codes { get; init; }
}
