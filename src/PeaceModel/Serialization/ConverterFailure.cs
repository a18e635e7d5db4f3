using System.Text.Json;

namespace PeaceModel.Serialization;

/// <summary>
/// A failure found by one of PeaceModel's converters or collection factories, as data. The
/// serializer adds the path and position of the value; <see cref="ReadErrors"/> turns it into a
/// <see cref="JsonReadException"/>.
/// </summary>
internal sealed class ConverterFailure(ReadErrorReason reason) : JsonException
{
    public ReadErrorReason Reason { get; } = reason;

    public string? Found { get; init; }

    public ValueList<string> Names { get; init; }

    /// <summary>The index of a null element, for <see cref="ReadErrorReason.NullElement"/>.</summary>
    public int ElementIndex { get; init; } = -1;
}
