using System.Text.Json;

namespace PeaceModel.Serialization;

/// <summary>A <c>null</c> element in a JSON array; the serializer adds the array's position, <see cref="ReadErrors"/> the element's index.</summary>
internal sealed class NullElementException(int index)
    : JsonException("null is not allowed as an element of this list; expected a value.")
{
    public int Index { get; } = index;
}
