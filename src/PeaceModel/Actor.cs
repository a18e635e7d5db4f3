namespace PeaceModel;

/// <summary>
/// A party to a diplomatic episode: a person, state, government, international organization or
/// group. Statements, proposals, conditions and reactions name their actors by <see cref="Id"/>.
/// </summary>
/// <example>
/// <code>
/// var zelensky = new Actor
/// {
///     Id = "zelensky",
///     Name = "Volodymyr Zelensky",
///     Kind = ActorKind.Person,
///     Aliases = ["Volodymyr Zelenskiy", "Zelenskiy"],
///     Role = "President of Ukraine",
///     Country = "UKR",
///     WikidataId = "Q3874799",
/// };
/// </code>
/// </example>
public sealed record Actor : IDiplomaticRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the name by which the actor is best known, such as <c>Vladimir Putin</c>. Not blank; at most 200 characters.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the kind of party the actor is.</summary>
    public required ActorKind Kind { get; init; }

    /// <summary>
    /// Gets other spellings and names used for the actor in sources, such as <c>Zelenskiy</c> beside
    /// <c>Zelensky</c>. Empty when there are none; no duplicates.
    /// </summary>
    public ValueList<string> Aliases { get; init; }

    /// <summary>Gets the actor's role or office at the time, such as <c>President of Russia</c>, or <see langword="null"/> when not known.</summary>
    public string? Role { get; init; }

    /// <summary>
    /// Gets the country the actor belongs to or is, as an ISO 3166-1 alpha-3 code in upper case
    /// (<c>RUS</c>, <c>UKR</c>, <c>USA</c>), or <see langword="null"/> for actors without one (such as a group of leaders of several countries).
    /// </summary>
    public string? Country { get; init; }

    /// <summary>Gets the actor's Wikidata item id, such as <c>Q7747</c> for Vladimir Putin, or <see langword="null"/>.</summary>
    public string? WikidataId { get; init; }

    /// <summary>
    /// Gets the actor's CAMEO actor code: upper-case three-letter blocks such as <c>RUSGOV</c> or
    /// <c>IGOEUREEC</c>, or <see langword="null"/>. CAMEO country codes differ from ISO 3166 in places.
    /// </summary>
    public string? CameoCode { get; init; }

    /// <summary>
    /// Gets the ids of the member actors of a group or international organization, where the source
    /// names them. Empty when the source names none (do not invent members); only groups and
    /// international organizations have members.
    /// </summary>
    public ValueList<string> MemberIds { get; init; }

    /// <summary>
    /// Gets how many members a group has when the source says so but names only some of them
    /// ("eleven governments", four named), or <see langword="null"/>. At least the number of
    /// <see cref="MemberIds"/>; only groups and international organizations have members.
    /// </summary>
    public int? MemberCount { get; init; }

    /// <summary>
    /// Gets the id of the state or organization this actor acts for at the time of the report: a
    /// minister or spokesman for a state, a ministry or delegation for its government, an envoy for
    /// an organization. <see langword="null"/> when the actor speaks for itself. The analysis credits
    /// what an actor does to the party it acts for (followed through further "acts for" links).
    /// </summary>
    public string? ActsForId { get; init; }
}
