using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

/// <summary>Why a status holds: the documented rule (docs/analysis.md) and the records behind it.</summary>
internal sealed record Reason
{
    /// <summary>The rule id, such as O3 or W1, as listed in docs/analysis.md.</summary>
    public required string Rule { get; init; }

    /// <summary>The ids of the records the rule rests on.</summary>
    public required IReadOnlyList<string> RecordIds { get; init; }

    public static Reason Of(StatusReason reason) => new() { Rule = reason.Rule, RecordIds = reason.RecordIds };
}
