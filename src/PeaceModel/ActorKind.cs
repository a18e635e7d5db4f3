using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>What kind of party an <see cref="Actor"/> is. Written in JSON in camelCase (<c>"internationalOrganization"</c>).</summary>
/// <remarks>
/// A reader rejects a value it does not know (for example one added by a newer writer) with a
/// <see cref="System.Text.Json.JsonException"/>, rather than guessing: nothing is silently changed.
/// </remarks>
[JsonConverter(typeof(StrictEnumConverter<ActorKind>))]
public enum ActorKind
{
    /// <summary>A single person, such as Vladimir Putin.</summary>
    Person,

    /// <summary>A sovereign state as a whole, such as Ukraine.</summary>
    State,

    /// <summary>A government or one of its bodies, such as "the Kyiv authorities" or the Kremlin.</summary>
    Government,

    /// <summary>An international organization with members, such as the European Union.</summary>
    InternationalOrganization,

    /// <summary>An informal group of actors that acts together, such as "European leaders".</summary>
    Group,

    /// <summary>A news outlet, agency, broadcaster or newspaper: through it a report knows what others said (<see cref="Statement.RelayedByIds"/>); it is not a party.</summary>
    Media,
}
