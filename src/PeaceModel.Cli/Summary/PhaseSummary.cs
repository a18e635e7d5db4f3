using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

/// <summary>How far one phase of an agreement is carried out.</summary>
internal sealed record PhaseSummary
{
    public required int Phase { get; init; }

    public required ImplementationStatus Status { get; init; }

    /// <summary>The terms of the phase.</summary>
    public required IReadOnlyList<string> TermIds { get; init; }
}
