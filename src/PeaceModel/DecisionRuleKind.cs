using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>How a body decides: the kind of a <see cref="DecisionRule"/>.</summary>
[JsonConverter(typeof(StrictEnumConverter<DecisionRuleKind>))]
public enum DecisionRuleKind
{
    /// <summary>More votes in favour than against (abstentions do not count).</summary>
    SimpleMajority,

    /// <summary>More than half of all the body's members in favour (<see cref="Actor.MemberCount"/> gives how many there are).</summary>
    MajorityOfMembers,

    /// <summary>At least <see cref="DecisionRule.Threshold"/> votes in favour (nine of fifteen, two thirds of those present counted by the report).</summary>
    Threshold,

    /// <summary>No member objects: any vote against blocks; abstentions do not.</summary>
    Consensus,

    /// <summary>Every member votes in favour: a vote against, an abstention or an absence blocks.</summary>
    Unanimity,
}
