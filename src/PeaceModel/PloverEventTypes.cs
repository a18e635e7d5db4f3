using System.Collections.Frozen;

namespace PeaceModel;

/// <summary>
/// The sixteen event types of PLOVER 2.0 (<see cref="EventCodeScheme.Plover"/> codes; REQUEST was DEMAND
/// until 2021), each with its quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal
/// conflict, 4 material conflict. Validation accepts exactly these codes; the export writes their quad classes.
/// </summary>
public static class PloverEventTypes
{
    /// <summary>Gets each event type with its quad class (1 to 4).</summary>
    public static IReadOnlyDictionary<string, int> QuadClasses { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["AGREE"] = 1, ["CONSULT"] = 1, ["SUPPORT"] = 1, ["CONCEDE"] = 1,
        ["COOPERATE"] = 2, ["AID"] = 2, ["RETREAT"] = 2,
        ["REQUEST"] = 3, ["ACCUSE"] = 3, ["REJECT"] = 3, ["THREATEN"] = 3,
        ["PROTEST"] = 4, ["SANCTION"] = 4, ["MOBILIZE"] = 4, ["COERCE"] = 4, ["ASSAULT"] = 4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the quad class of an event type.</summary>
    /// <param name="eventType">The PLOVER event type, such as <c>CONSULT</c>.</param>
    /// <returns>1 to 4, or <see langword="null"/> for a code that is not a PLOVER 2.0 event type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventType"/> is <see langword="null"/>.</exception>
    public static int? QuadClassOf(string eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        return QuadClasses.TryGetValue(eventType, out var quad) ? quad : null;
    }
}
