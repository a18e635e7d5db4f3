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
    private protected RecordKind(Type clrType, string memberName, string noun, ValueList<RecordReference> references)
    {
        ClrType = clrType;
        Noun = noun;
        References = references;
        ListName = ContractNames.Of(typeof(DiplomaticEvent), memberName);
    }

    /// <summary>Gets the record type, such as <see cref="Statement"/>.</summary>
    public Type ClrType { get; }

    /// <summary>Gets the name of the event's list of these records in JSON, taken from the serializer's contract, such as <c>statements</c>.</summary>
    public string ListName { get; }

    /// <summary>Gets the noun that names one record of the kind in messages, such as <c>statement</c> or <c>source document</c>.</summary>
    public string Noun { get; }

    /// <summary>Gets the references records of this kind hold to other records.</summary>
    public ValueList<RecordReference> References { get; }

    /// <summary>Gets the validator that checks one record of the kind on its own.</summary>
    public abstract IValidator Validator { get; }

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

    /// <inheritdoc/>
    public override string ToString() => ListName;

    /// <summary>Adds the per-record rules of the kind to the event validator, under the list's JSON name.</summary>
    internal abstract void AddRules(AbstractValidator<DiplomaticEvent> validator);

    /// <summary>The number of records of the kind in the event, without allocating.</summary>
    internal abstract int Count(DiplomaticEvent diplomaticEvent);

    /// <summary>The record at <paramref name="position"/> in the event's list of the kind.</summary>
    internal abstract IDiplomaticRecord? At(DiplomaticEvent diplomaticEvent, int position);
}
