namespace PeaceModel.Export;

/// <summary>
/// PLOVER's quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict, for the
/// sixteen event types PeaceModel's validator accepts (<c>EventCodeValidator</c>; REQUEST was DEMAND until 2021).
/// </summary>
internal static class PloverQuads
{
    private static readonly Dictionary<string, int> Quads = new(StringComparer.Ordinal)
    {
        ["AGREE"] = 1, ["CONSULT"] = 1, ["SUPPORT"] = 1, ["CONCEDE"] = 1,
        ["COOPERATE"] = 2, ["AID"] = 2, ["RETREAT"] = 2,
        ["REQUEST"] = 3, ["DEMAND"] = 3, ["ACCUSE"] = 3, ["REJECT"] = 3, ["THREATEN"] = 3,
        ["PROTEST"] = 4, ["SANCTION"] = 4, ["MOBILIZE"] = 4, ["COERCE"] = 4, ["ASSAULT"] = 4,
    };

    /// <summary>The quad class of an event type, or <see langword="null"/> for a type it does not know.</summary>
    public static int? Of(string eventType) => Quads.TryGetValue(eventType, out var quad) ? quad : null;

    public static IReadOnlyCollection<string> Types => Quads.Keys;
}
