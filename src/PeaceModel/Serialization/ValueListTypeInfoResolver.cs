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
    public static ValueListTypeInfoResolver Instance { get; } = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(ValueList<>))
        {
            return null;
        }

        if (type == typeof(ValueList<string>))
        {
            return Create<string>(options);
        }

        if (type == typeof(ValueList<Quotation>))
        {
            return Create<Quotation>(options);
        }

        if (type == typeof(ValueList<EventCode>))
        {
            return Create<EventCode>(options);
        }

        if (type == typeof(ValueList<SourceDocument>))
        {
            return Create<SourceDocument>(options);
        }

        if (type == typeof(ValueList<Actor>))
        {
            return Create<Actor>(options);
        }

        if (type == typeof(ValueList<Statement>))
        {
            return Create<Statement>(options);
        }

        if (type == typeof(ValueList<Proposal>))
        {
            return Create<Proposal>(options);
        }

        if (type == typeof(ValueList<Condition>))
        {
            return Create<Condition>(options);
        }

        return type == typeof(ValueList<Reaction>) ? Create<Reaction>(options) : null;
    }

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
            throw new NullElementException(nullIndex);
        }

        return ValueList<T>.FromOwnedArray(array);
    }
}
