using System.ComponentModel;
using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

internal sealed record PositionSummary
{
    [Description("The party: the state or organization that those who reacted act for.")]
    public required string PartyId { get; init; }

    public required Position Position { get; init; }

    [Description("Whether the party is one the proposal was made to (and so decides its status).")]
    public required bool IsAddressee { get; init; }

    [Description("Whether this position set the proposal's outcome.")]
    public required bool IsDecisive { get; init; }

    public required Reason Reason { get; init; }

    [Description("The party's noncommittal reactions that keep the question open beside a firmer position.")]
    public required IReadOnlyList<string> KeptOpenIds { get; init; }

    public required string Explanation { get; init; }
}
