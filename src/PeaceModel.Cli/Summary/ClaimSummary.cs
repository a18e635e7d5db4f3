using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

internal sealed record ClaimSummary
{
    public required string Id { get; init; }

    [ValuesOf(typeof(ClaimKind))]
    public required string Kind { get; init; }

    [ValuesOf(typeof(ClaimAttribution))]
    public required string Attribution { get; init; }

    public string? ClaimantId { get; init; }

    public required string Summary { get; init; }

    public required ClaimStatus Status { get; init; }

    public required Reason Reason { get; init; }

    public required IReadOnlyList<string> ConfirmedByIds { get; init; }

    public required IReadOnlyList<string> DeniedByIds { get; init; }
}
