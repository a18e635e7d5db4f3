namespace PeaceModel;

/// <summary>An actor taking part in a <see cref="Meeting"/>, in one role.</summary>
/// <example><c>new Participant { ActorId = "rask", Role = ParticipantRole.HeadOfDelegation }</c>: Rask leads the delegation of the party he acts for.</example>
public sealed record Participant
{
    /// <summary>Gets the id of the <see cref="Actor"/> taking part.</summary>
    public required string ActorId { get; init; }

    /// <summary>Gets the role the actor plays.</summary>
    public required ParticipantRole Role { get; init; }

    /// <summary>
    /// Gets the actor's own course in the meeting when the report gives it (attended, stayed away,
    /// walked out, recalled "for consultations"), or <see langword="null"/> when it does not: then an
    /// actor listed for a meeting that took place is taken to have attended.
    /// </summary>
    public ParticipantCourse? Course { get; init; }

    /// <summary>Gets when the actor took that course (the day of the walk-out or recall), or <see langword="null"/> when not stated. Only with <see cref="Course"/>.</summary>
    public EventDate? CourseDate { get; init; }
}
