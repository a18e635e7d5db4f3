namespace PeaceModel;

/// <summary>
/// A material event that the diplomacy refers to: an attack, a strike, shelling, a drone incursion, an
/// alleged ceasefire violation. Whether it happened, and who did it, is a matter of the claims about
/// it (<see cref="Claim.AboutIds"/>); the incident records what is said to have happened.
/// </summary>
/// <example>
/// <c>new Incident { Id = "village-shelling", Summary = "Shelling of two villages near the frontier.", AllegedPerpetratorIds = ["varsh"], Date = ..., Codes = [...] }</c>
/// </example>
public sealed record Incident : IDiplomaticRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets what is said to have happened, in a sentence. Not blank; at most 2,000 characters.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the ids of the actors said to have done it (alleged, unless claims confirm it). Empty when no one is named.</summary>
    public ValueList<string> AllegedPerpetratorIds { get; init; }

    /// <summary>Gets the ids of the actors it is said to have hit or harmed, or empty.</summary>
    public ValueList<string> TargetIds { get; init; }

    /// <summary>Gets when it happened ("on Sunday night"), or <see langword="null"/>.</summary>
    public EventDate? Date { get; init; }

    /// <summary>Gets where it happened, or <see langword="null"/>.</summary>
    public Place? Location { get; init; }

    /// <summary>Gets the amounts named (two villages, 40 drones), or empty.</summary>
    public ValueList<Quantity> Quantities { get; init; }

    /// <summary>Gets CAMEO or PLOVER codes (PLOVER ASSAULT, CAMEO 19 Fight), or empty.</summary>
    public ValueList<EventCode> Codes { get; init; }
}
