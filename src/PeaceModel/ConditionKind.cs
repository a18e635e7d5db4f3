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

    /// <summary>
    /// A time by which the addressees must accept, with no consequence stated ("until midnight on
    /// Sunday to accept"). Set by the proposer; when it passes without an acceptance the proposal lapses.
    /// </summary>
    Deadline,

    /// <summary>
    /// What the proposer asks in return for its offer ("if Merrow lifted the port sanctions"). Rejecting
    /// it does not by itself reject the offer.
    /// </summary>
    Exchange,
}
