using System.ComponentModel;
using PeaceModel.Kinds;

namespace PeaceModel.Cli.Summary;

internal sealed record TimelineItem
{
    [Description("The first day of the period the date stands for.")]
    public required DateOnly FirstDay { get; init; }

    [Description("The last day of the period the date stands for.")]
    public required DateOnly LastDay { get; init; }

    [Description("The date in words, with the source's wording, time of day and zone where known.")]
    public required string Date { get; init; }

    [Description("The kind of the record that holds the date, as the name of its list in the event format, such as statements or meetings.")]
    public required string RecordKind { get; init; }

    [Description("What the date stands for.")]
    public required DateRole DateRole { get; init; }

    public required string RecordId { get; init; }

    [Description("The id of the item of the record that holds the date (an agreement's term), or null.")]
    public string? ItemId { get; init; }

    public required string Description { get; init; }
}
