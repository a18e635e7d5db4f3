using System.ComponentModel;
using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

/// <summary>Why a status holds: the documented rule (docs/analysis.md) and the records behind it.</summary>
internal sealed record Reason
{
    [Description("The rule id, such as O3 or W1, as listed in docs/analysis.md.")]
    public required string Rule { get; init; }

    [Description("The ids of the records the rule rests on.")]
    public required IReadOnlyList<string> RecordIds { get; init; }

    public static Reason Of(StatusReason reason) => new() { Rule = reason.Rule, RecordIds = reason.RecordIds };
}
