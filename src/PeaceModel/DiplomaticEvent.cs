using System.Text.Json.Serialization;

namespace PeaceModel;

/// <summary>
/// One diplomatic episode, as modeled from its source documents: the actors, what they said, what
/// was proposed, on which conditions, and how the others reacted. Records refer to each other by id.
/// </summary>
/// <remarks>
/// Read and write it with <see cref="Serialization.PeaceModelJson"/>; check it with
/// <see cref="Validation.DiplomaticEventValidator"/>. Like every PeaceModel record it is immutable,
/// and equality is structural: two events read from the same JSON are equal and hash alike.
/// </remarks>
public sealed record DiplomaticEvent : IDiplomaticRecord
{
    /// <summary>The version of the JSON format this library writes: <c>2.1</c>. It reads <c>2.0</c> unchanged and <c>1.0</c> as well, upgrading it (see <see cref="Serialization.PeaceModelJson"/>).</summary>
    public const string CurrentSchemaVersion = "2.1";

    /// <summary>
    /// Gets the JSON Schema the document declares for editors (<c>"$schema": "../schema/peacemodel.schema.json"</c>),
    /// or <see langword="null"/>. Kept as it is and written first; it changes nothing about how the
    /// document is read or checked. The one property whose name starts with <c>$</c>.
    /// </summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>
    /// Gets the version of the JSON format, written first after <see cref="Schema"/>. Defaults to <see cref="CurrentSchemaVersion"/>;
    /// required in JSON and read before anything else. A <c>1.0</c> document reads as <c>2.1</c> (every value kept; 2.x only adds); a <c>2.0</c> document reads unchanged, its version included. A document of a newer version (<c>3.0</c>, <c>2.2</c>) is refused with <see cref="Serialization.ReadErrorReason.UnsupportedVersion"/>, a malformed version (<c>1.0.0</c>, <c>01.0</c>) with <see cref="Serialization.ReadErrorReason.MalformedVersion"/>.
    /// </summary>
    [JsonRequired]
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>
    /// Gets the id of the negotiation thread (process) the document belongs to, or <see langword="null"/>.
    /// Documents of one thread may refer to each other's records as <c>document-id/record-id</c>, share
    /// their actors by id, and are read and analysed together in date order (<see cref="Threads.EventThread"/>).
    /// </summary>
    public string? ThreadId { get; init; }

    /// <summary>Gets a short title for the episode. Not blank; at most 200 characters.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the date of the episode (for a report, usually the day it covers).</summary>
    public required EventDate Date { get; init; }

    /// <summary>Gets the documents the episode was modeled from. Empty when not recorded.</summary>
    public ValueList<SourceDocument> Sources { get; init; }

    /// <summary>Gets the parties to the episode.</summary>
    public ValueList<Actor> Actors { get; init; }

    /// <summary>Gets what the actors said.</summary>
    public ValueList<Statement> Statements { get; init; }

    /// <summary>Gets the meetings: talks, summits, calls and visits, proposed, scheduled, held, postponed or cancelled.</summary>
    public ValueList<Meeting> Meetings { get; init; }

    /// <summary>Gets the agreements reached jointly, with their signatories and terms.</summary>
    public ValueList<Agreement> Agreements { get; init; }

    /// <summary>Gets what the actors proposed.</summary>
    public ValueList<Proposal> Proposals { get; init; }

    /// <summary>Gets the conditions attached to proposals.</summary>
    public ValueList<Condition> Conditions { get; init; }

    /// <summary>Gets the reactions to proposals, statements, conditions, agreements, meetings and claims.</summary>
    public ValueList<Reaction> Reactions { get; init; }

    /// <summary>Gets the claims of fact, with who asserts them.</summary>
    public ValueList<Claim> Claims { get; init; }

    /// <summary>Gets the incidents the diplomacy refers to.</summary>
    public ValueList<Incident> Incidents { get; init; }

    /// <summary>Gets the progress reported on agreements' terms and on commitments.</summary>
    public ValueList<Implementation> Implementations { get; init; }

    /// <summary>Gets the decisions put to the vote in a body (a council, a parliament, a congress).</summary>
    public ValueList<Vote> Votes { get; init; }

    /// <summary>Gets the one-sided undertakings: pledges, guarantees, promises that await no answer.</summary>
    public ValueList<Commitment> Commitments { get; init; }
}
