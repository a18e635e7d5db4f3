using System.Text.Json.Serialization;

namespace PeaceModel.Serialization;

/// <summary>
/// The source-generated metadata of every PeaceModel record: no run-time reflection, so reading and
/// writing are trimming- and native-AOT-safe. Use it through <see cref="PeaceModelJson.Options"/>,
/// which adds what the generator cannot (value-list collections, strict enums).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DiplomaticEvent))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(Statement))]
[JsonSerializable(typeof(Proposal))]
[JsonSerializable(typeof(Condition))]
[JsonSerializable(typeof(Reaction))]
[JsonSerializable(typeof(Meeting))]
[JsonSerializable(typeof(Agreement))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(Incident))]
[JsonSerializable(typeof(Implementation))]
[JsonSerializable(typeof(Vote))]
[JsonSerializable(typeof(Commitment))]
internal sealed partial class PeaceModelJsonContext : JsonSerializerContext;
