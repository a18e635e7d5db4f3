using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>One date a record of an episode holds, placed by the period it stands for: a statement made, a meeting held, a deadline.</summary>
public sealed record TimelineEntry
{
    /// <summary>Gets the date, with its granularity, wording and basis.</summary>
    public required EventDate Date { get; init; }

    /// <summary>Gets the kind of the record that holds the date.</summary>
    public required RecordKind Kind { get; init; }

    /// <summary>Gets what the date stands for: made, takes place, proposed, starts, takes effect, deadline, asserted.</summary>
    public required DateRole Role { get; init; }

    /// <summary>Gets the declaration the date was read through (its noun and JSON name).</summary>
    public required RecordDate Declaration { get; init; }

    /// <summary>Gets the id of the record that holds the date.</summary>
    public required string RecordId { get; init; }

    /// <summary>Gets the id of the item of the record that holds the date (an agreement's term), or <see langword="null"/>.</summary>
    public string? ItemId { get; init; }

    /// <summary>Gets whether the date is coarser than a day (a month-granular "early April" is approximate, not 1 April).</summary>
    public bool IsApproximate => Date.Granularity != DateGranularity.Day;

    /// <summary>Gets whether the date was resolved from relative wording, such as "Thursday".</summary>
    public bool IsResolvedFromRelativeWording => Date.Basis == DateBasis.Relative;
}
