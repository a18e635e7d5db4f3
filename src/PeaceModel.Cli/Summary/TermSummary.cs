using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

internal sealed record TermSummary
{
    public required string TermId { get; init; }

    public required ImplementationStatus Status { get; init; }

    public required Reason Reason { get; init; }

    /// <summary>Implementation reports in which a party reports its own progress (unverified).</summary>
    public required IReadOnlyList<string> SelfReportedIds { get; init; }

    public required bool DeadlinePassed { get; init; }

    /// <summary>Whether the first progress came after the day the term said it would begin.</summary>
    public required bool Late { get; init; }
}
