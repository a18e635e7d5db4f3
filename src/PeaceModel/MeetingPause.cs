namespace PeaceModel;

/// <summary>A pause in talks: when it began, why, how long it lasted and when the talks resumed.</summary>
/// <example>
/// Talks paused for two weeks after a strike, resumed on 22 October:
/// <c>new MeetingPause { Date = new EventDate { Value = new(2026, 10, 8) }, Duration = new Duration { Value = 2, Unit = DurationUnit.Week }, ResumedOn = new EventDate { Value = new(2026, 10, 22) }, CauseIds = ["ullmar-market-strike"] }</c>
/// </example>
public sealed record MeetingPause
{
    /// <summary>Gets when the pause began.</summary>
    public required EventDate Date { get; init; }

    /// <summary>Gets how long the pause lasted or was to last, or <see langword="null"/>.</summary>
    public Duration? Duration { get; init; }

    /// <summary>Gets when the talks resumed, or <see langword="null"/> while they have not (or the report does not say).</summary>
    public EventDate? ResumedOn { get; init; }

    /// <summary>Gets the ids of the records that caused the pause: an <see cref="Incident"/>, a <see cref="Claim"/>, a <see cref="Statement"/>. Empty when not stated.</summary>
    public ValueList<string> CauseIds { get; init; }

    /// <summary>Gets the pause in a sentence, or <see langword="null"/>. At most 2,000 characters.</summary>
    public string? Summary { get; init; }
}
