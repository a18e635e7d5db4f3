using PeaceModel.Kinds;

namespace PeaceModel.Cli.Summary;

internal sealed record TimelineItem
{
    /// <summary>The first day of the period the date stands for.</summary>
    public required DateOnly FirstDay { get; init; }

    /// <summary>The last day of the period the date stands for.</summary>
    public required DateOnly LastDay { get; init; }

    /// <summary>The date in words, with the source's wording, time of day and zone where known.</summary>
    public required string Date { get; init; }

    /// <summary>The kind of the record that holds the date, as the name of its list in the event format, such as statements or meetings.</summary>
    public required string RecordKind { get; init; }

    /// <summary>What the date stands for.</summary>
    public required DateRole DateRole { get; init; }

    public required string RecordId { get; init; }

    /// <summary>The id of the item of the record that holds the date (an agreement's term), or null.</summary>
    public string? ItemId { get; init; }

    public required string Description { get; init; }
}
