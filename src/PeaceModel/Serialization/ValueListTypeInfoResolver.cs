using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>
/// Gives System.Text.Json the contract of each <see cref="ValueList{T}"/> the records use, as an
/// immutable collection built from the elements read. The built-in collection converter keeps the
/// JSON path of errors inside elements exact (<c>$.actors[2].name</c>). Each element type is named
/// here at compile time, so nothing is created by reflection.
/// </summary>
internal sealed class ValueListTypeInfoResolver : IJsonTypeInfoResolver
{
    private static readonly FrozenDictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> Factories =
        new Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>>
        {
            [typeof(ValueList<string>)] = Create<string>,
            [typeof(ValueList<Quotation>)] = Create<Quotation>,
            [typeof(ValueList<EventCode>)] = Create<EventCode>,
            [typeof(ValueList<SourceDocument>)] = Create<SourceDocument>,
            [typeof(ValueList<Actor>)] = Create<Actor>,
            [typeof(ValueList<Statement>)] = Create<Statement>,
            [typeof(ValueList<Proposal>)] = Create<Proposal>,
            [typeof(ValueList<Condition>)] = Create<Condition>,
            [typeof(ValueList<Reaction>)] = Create<Reaction>,
            [typeof(ValueList<Meeting>)] = Create<Meeting>,
            [typeof(ValueList<Agreement>)] = Create<Agreement>,
            [typeof(ValueList<Participant>)] = Create<Participant>,
            [typeof(ValueList<Signatory>)] = Create<Signatory>,
            [typeof(ValueList<Term>)] = Create<Term>,
            [typeof(ValueList<Quantity>)] = Create<Quantity>,
            [typeof(ValueList<Claim>)] = Create<Claim>,
            [typeof(ValueList<Incident>)] = Create<Incident>,
            [typeof(ValueList<Implementation>)] = Create<Implementation>,
            [typeof(ValueList<Vote>)] = Create<Vote>,
            [typeof(ValueList<Ballot>)] = Create<Ballot>,
            [typeof(ValueList<RecordLink>)] = Create<RecordLink>,
            [typeof(ValueList<Commitment>)] = Create<Commitment>,
            [typeof(ValueList<MeetingPause>)] = Create<MeetingPause>,
            [typeof(ValueList<AgendaItem>)] = Create<AgendaItem>,
        }.ToFrozenDictionary();

    public static ValueListTypeInfoResolver Instance { get; } = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        Factories.TryGetValue(type, out var create) ? create(options) : null;

    private static JsonTypeInfo<ValueList<T>> Create<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateImmutableEnumerableInfo<ValueList<T>, T>(
            options,
            new JsonCollectionInfoValues<ValueList<T>>(),
            CreateRange);

    private static ValueList<T> CreateRange<T>(IEnumerable<T> items)
    {
        var array = items.ToArray();
        var nullIndex = ValueList<T>.IndexOfNull(array);
        if (nullIndex >= 0)
        {
            // Thrown inside the serializer, which adds the JSON path and line of the array.
            throw new ConverterFailure(ReadErrorReason.NullElement) { ElementIndex = nullIndex };
        }

        return ValueList<T>.FromOwnedArray(array);
    }
}
