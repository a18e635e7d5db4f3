using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

internal sealed record CommitmentSummary
{
    public required string Id { get; init; }

    /// <summary>Who committed.</summary>
    public required string CommitterId { get; init; }

    /// <summary>Whom the commitment is made to or for.</summary>
    public required IReadOnlyList<string> BeneficiaryIds { get; init; }

    public required string Summary { get; init; }

    public required CommitmentStatus Status { get; init; }

    public required Reason Reason { get; init; }

    /// <summary>Whether the commitment depends on a point, term or record that has not yet come about.</summary>
    public required bool Conditional { get; init; }

    /// <summary>What the commitment waits for.</summary>
    public required IReadOnlyList<string> WaitsForIds { get; init; }

    public required bool DeadlinePassed { get; init; }
}
