
namespace PeaceModel.Cli.Summary;

internal sealed record DeadlineSummary
{
    /// <summary>The record that sets the deadline: a condition, or the proposal for its terms.</summary>
    public required string RecordId { get; init; }

    /// <summary>The last day the deadline allows.</summary>
    public required DateOnly LastDay { get; init; }

    /// <summary>The deadline in words, with the source's wording.</summary>
    public required string Date { get; init; }

    /// <summary>Whether the last day was before the analysis date.</summary>
    public required bool Passed { get; init; }
}
