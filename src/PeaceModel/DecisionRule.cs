namespace PeaceModel;

/// <summary>How a body decides: a simple majority, a threshold, consensus or unanimity, and who holds a veto.</summary>
/// <example>
/// "Adopted only with at least nine votes in favour and no veto from a permanent member":
/// <c>new DecisionRule { Kind = DecisionRuleKind.Threshold, Threshold = 9, VetoHolderIds = ["gorvany"], VetoHolderCount = 5 }</c>
/// (only the permanent members the report names are listed; <see cref="VetoHolderCount"/> says how many there are).
/// </example>
public sealed record DecisionRule
{
    /// <summary>Gets the kind of rule.</summary>
    public required DecisionRuleKind Kind { get; init; }

    /// <summary>Gets the least number of votes in favour needed; required with <see cref="DecisionRuleKind.Threshold"/>, absent otherwise.</summary>
    public int? Threshold { get; init; }

    /// <summary>Gets the ids of the named members whose vote against is a veto (permanent members). Empty when no member holds one, or none is named.</summary>
    public ValueList<string> VetoHolderIds { get; init; }

    /// <summary>Gets how many members hold a veto in all, named or not (five permanent members), or <see langword="null"/> when not stated.</summary>
    public int? VetoHolderCount { get; init; }

    /// <summary>Gets the rule in the report's words, or <see langword="null"/>. At most 2,000 characters.</summary>
    public string? Text { get; init; }
}
