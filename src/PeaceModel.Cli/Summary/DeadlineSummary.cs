using System.ComponentModel;

namespace PeaceModel.Cli.Summary;

internal sealed record DeadlineSummary
{
    [Description("The record that sets the deadline: a condition, or the proposal for its terms.")]
    public required string RecordId { get; init; }

    [Description("The last day the deadline allows.")]
    public required DateOnly LastDay { get; init; }

    [Description("The deadline in words, with the source's wording.")]
    public required string Date { get; init; }

    [Description("Whether the last day was before the analysis date.")]
    public required bool Passed { get; init; }
}
