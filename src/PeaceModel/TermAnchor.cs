namespace PeaceModel;

/// <summary>
/// When a <see cref="Term"/> starts or ends relative to something else rather than on a date: "once
/// phase one is complete", "within 72 hours of both sides accepting the plan" (with
/// <see cref="Term.Duration"/>), "until the next phase" (the final-status talks are held).
/// </summary>
/// <example>
/// A release window that opens when the pull-back is complete:
/// <c>new TermAnchor { Id = "pull-back", Event = AnchorEvent.Completed, Text = "once phase one is complete" }</c>
/// </example>
public sealed record TermAnchor
{
    /// <summary>Gets the id of another term of the same list (an agreement's terms, a plan's points), or of a record of the event: a meeting, an agreement, a proposal.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what must happen to it.</summary>
    public required AnchorEvent Event { get; init; }

    /// <summary>Gets how long after that event ("72 hours after the withdrawal"), or <see langword="null"/> for at once.</summary>
    public Duration? Offset { get; init; }

    /// <summary>Gets the words of the report, or <see langword="null"/>. At most 200 characters.</summary>
    public string? Text { get; init; }
}
