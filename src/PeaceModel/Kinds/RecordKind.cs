using FluentValidation;
using PeaceModel.Serialization;

namespace PeaceModel.Kinds;

/// <summary>
/// One kind of record that a <see cref="DiplomaticEvent"/> holds in a list of its own, declared once
/// in <see cref="RecordKinds"/>: its JSON list name, its noun for messages, its validator and its
/// references to other records. Cross-record validation, <see cref="EventIndex"/>, the JSON Schema,
/// the graph and the command-line tool loop over these declarations.
/// </summary>
public abstract class RecordKind
{
    private readonly string memberName;
    private string? listName;

    private protected RecordKind(Type clrType, string memberName, string noun, ValueList<RecordReference> references, ValueList<RecordDate> dates)
    {
        ClrType = clrType;
        Noun = noun;
        References = references;
        Dates = dates;
        this.memberName = memberName;
    }

    /// <summary>Gets the record type, such as <see cref="Statement"/>.</summary>
    public Type ClrType { get; }

    /// <summary>Gets the name of the event's list of these records in JSON, taken from the serializer's contract, such as <c>statements</c>.</summary>
    /// <exception cref="InvalidOperationException">The event's contract has no such list: a defect of the declaration, named in the message.</exception>
    public string ListName => listName ??= ContractNames.Of(typeof(DiplomaticEvent), memberName);

    /// <summary>Gets the noun that names one record of the kind in messages, such as <c>statement</c> or <c>source document</c>.</summary>
    public string Noun { get; }

    /// <summary>Gets the references records of this kind hold to other records.</summary>
    public ValueList<RecordReference> References { get; }

    /// <summary>Gets the dates records of this kind hold, each with its role.</summary>
    public ValueList<RecordDate> Dates { get; }

    /// <summary>
    /// Gets whether records of the kind are happenings of the episode (something said, done, proposed,
    /// agreed or claimed), as opposed to the cast and the sources: a kind with a date or with statements
    /// that made its records. The account, the summary and the store list every happening.
    /// </summary>
    public bool IsHappening => Dates.Count > 0 || Reference(ReferenceRole.ExpressedIn) is not null;

    /// <summary>Gets the validator that checks one record of the kind on its own.</summary>
    internal abstract IValidator Validator { get; }

    /// <summary>Returns the records of this kind in an event, in order.</summary>
    /// <param name="diplomaticEvent">The event.</param>
    /// <returns>The records.</returns>
    public abstract IReadOnlyList<IDiplomaticRecord> GetRecords(DiplomaticEvent diplomaticEvent);

    /// <summary>Returns the first reference of the kind with <paramref name="role"/>, or <see langword="null"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The reference, or <see langword="null"/> when the kind has none in that role.</returns>
    public RecordReference? Reference(ReferenceRole role)
    {
        foreach (var reference in References)
        {
            if (reference.Role == role)
            {
                return reference;
            }
        }

        return null;
    }

    /// <summary>Returns the ids a record holds through every reference of <paramref name="role"/>, in declaration order, each once.</summary>
    /// <param name="record">A record of this kind.</param>
    /// <param name="role">The role, such as <see cref="ReferenceRole.Author"/>.</param>
    /// <returns>The ids; empty when the kind has no reference in that role or the record names none.</returns>
    public ValueList<string> GetIds(IDiplomaticRecord record, ReferenceRole role)
    {
        ArgumentNullException.ThrowIfNull(record);
        List<string>? ids = null;
        foreach (var reference in References)
        {
            if (reference.Role != role)
            {
                continue;
            }

            for (var i = 0; i < reference.Count(record); i++)
            {
                if (reference.IdAt(record, i) is { Length: > 0 } id && (ids is null || !ids.Contains(id)))
                {
                    (ids ??= []).Add(id);
                }
            }
        }

        return ids is null ? default : ids.ToValueList();
    }

    /// <summary>Returns every date a record holds, declaration by declaration.</summary>
    /// <param name="record">A record of this kind.</param>
    /// <returns>The dates; empty when it holds none.</returns>
    public ValueList<RecordDateValue> GetDates(IDiplomaticRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var dates = new List<RecordDateValue>();
        foreach (var date in Dates)
        {
            date.Collect(record, dates);
        }

        return dates.ToValueList();
    }

    /// <summary>Returns the summary a record gives of itself (a proposal's summary, a statement's paraphrase, an actor's name), or <see langword="null"/>.</summary>
    /// <param name="record">A record of this kind.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public abstract string? GetSummary(IDiplomaticRecord record);

    /// <summary>Returns the event codes a record holds (CAMEO, PLOVER), as its kind declares them; empty for a kind without codes.</summary>
    /// <param name="record">A record of this kind.</param>
    /// <returns>The codes.</returns>
    public abstract ValueList<EventCode> GetCodes(IDiplomaticRecord record);

    /// <summary>Returns where a record happens (a meeting's venue, where a statement was made, an incident's location), as its kind declares it, or <see langword="null"/>.</summary>
    /// <param name="record">A record of this kind.</param>
    /// <returns>The place, or <see langword="null"/>.</returns>
    public abstract Place? GetPlace(IDiplomaticRecord record);

    /// <summary>Gets whether the kind declares codes and a place (registration tests read them).</summary>
    internal abstract (bool Codes, bool Place) Declares { get; }

    /// <inheritdoc/>
    public override string ToString() => ListName;

    /// <summary>Adds the per-record rules of the kind to the event validator, under the list's JSON name.</summary>
    internal abstract void AddRules(AbstractValidator<DiplomaticEvent> validator);

    /// <summary>The number of records of the kind in the event, without allocating.</summary>
    internal abstract int Count(DiplomaticEvent diplomaticEvent);

    /// <summary>The record at <paramref name="position"/> in the event's list of the kind.</summary>
    internal abstract IDiplomaticRecord? At(DiplomaticEvent diplomaticEvent, int position);
}
