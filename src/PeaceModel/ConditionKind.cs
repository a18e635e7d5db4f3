using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>What sort of <see cref="Condition"/> it is.</summary>
[JsonConverter(typeof(StrictEnumConverter<ConditionKind>))]
public enum ConditionKind
{
    /// <summary>
    /// Something that must happen before the setter takes part, such as Zelensky's "a ceasefire first,
    /// from 12 May" before talks.
    /// </summary>
    Precondition,

    /// <summary>
    /// A demand with a stated consequence if it is not met, such as "accept a 30-day unconditional
    /// ceasefire or face expanded sanctions"; its <see cref="Condition.Consequence"/> is required.
    /// </summary>
    Ultimatum,
}
