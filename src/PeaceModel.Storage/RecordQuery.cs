using PeaceModel.Kinds;

namespace PeaceModel.Storage;

/// <summary>
/// Which records <see cref="IEventStore.QueryAsync"/> finds: each condition given must hold, a condition left
/// <see langword="null"/> does not filter. Values are passed to the database as parameters, never as SQL.
/// </summary>
/// <example>
/// Everything Russia proposed since March 2026:
/// <code>new RecordQuery { Kind = "proposals", ActorId = "russia", Role = ReferenceRole.Author, From = new DateOnly(2026, 3, 1) }</code>
/// Every record, in any stored document, that refers to an agreement:
/// <code>new RecordQuery { RefersTo = "port-amrel-ceasefire-2026-04-14/port-amrel-ceasefire" }</code>
/// </example>
public sealed record RecordQuery
{
    /// <summary>Gets the kind: its JSON list name (<c>proposals</c>) or its noun (<c>proposal</c>), see <see cref="RecordKinds.All"/>.</summary>
    public string? Kind { get; init; }

    /// <summary>Gets an actor the record names, in any role unless <see cref="Role"/> is given.</summary>
    public string? ActorId { get; init; }

    /// <summary>Gets the role in which the record names <see cref="ActorId"/> (or, without it, any actor): <see cref="ReferenceRole.Author"/>, <see cref="ReferenceRole.Addressee"/>, ...</summary>
    public ReferenceRole? Role { get; init; }

    /// <summary>Gets the first day of the range the record's dates must overlap; records without a date do not match a range.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Gets the last day of the range the record's dates must overlap.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Gets the id of the document the record is in.</summary>
    public string? DocumentId { get; init; }

    /// <summary>Gets the thread the record's document declares.</summary>
    public string? ThreadId { get; init; }

    /// <summary>
    /// Gets a record the found records refer to (through any declared link but those to actors, which
    /// <see cref="ActorId"/> finds): <c>document-id/record-id</c> for that record, in its own document and in every
    /// other; or a bare record id, for a record of that id in any document.
    /// </summary>
    public string? RefersTo { get; init; }

    /// <summary>Gets the most records to return, or <see langword="null"/> for all.</summary>
    public int? Limit { get; init; }
}
