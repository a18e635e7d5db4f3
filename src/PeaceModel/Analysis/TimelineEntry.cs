namespace PeaceModel.Analysis;

/// <summary>One dated happening of an episode, placed by the period its date stands for.</summary>
public sealed record TimelineEntry
{
    /// <summary>Gets the date, with its granularity, wording and basis.</summary>
    public required EventDate Date { get; init; }

    /// <summary>Gets what happens on that date.</summary>
    public required TimelineEntryKind Kind { get; init; }

    /// <summary>Gets the id of the statement, proposal or condition the entry comes from.</summary>
    public required string RecordId { get; init; }

    /// <summary>Gets the id of the agreement's term the entry is about (<see cref="TimelineEntryKind.TermEffective"/>, <see cref="TimelineEntryKind.TermDeadline"/>), or <see langword="null"/>.</summary>
    public string? TermId { get; init; }

    /// <summary>Gets whether the date is coarser than a day (a month-granular "early April" is approximate, not 1 April).</summary>
    public bool IsApproximate => Date.Granularity != DateGranularity.Day;

    /// <summary>Gets whether the date was resolved from relative wording, such as "Thursday".</summary>
    public bool IsResolvedFromRelativeWording => Date.Basis == DateBasis.Relative;
}
