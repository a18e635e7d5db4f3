using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>
/// The generated reader: builds the records straight from <see cref="Utf8JsonReader"/> tokens, checking
/// the <see cref="ReadLimits"/> in the same pass. Its reading methods are written at build time from the
/// record declarations by <c>PeaceModel.Generators.RecordReaderGenerator</c> (docs/architecture.md);
/// this half holds the readers of the primitive values they share.
/// </summary>
/// <remarks>
/// It only ever accepts: a document it does not read in full (anything invalid, and a few valid forms it
/// leaves alone, such as escaped property names) makes it return <see langword="false"/>, and
/// <see cref="EventReader"/> reads the document again with the serializer, whose diagnosis is the one
/// users see. So it is never less strict than the serializer, and every error is the serializer's.
/// </remarks>
internal static partial class RecordReader
{
    /// <summary>The reader's settings: those of the serializer (no comments, no trailing commas, depth 64).</summary>
    private static readonly JsonReaderOptions DocumentOptions = new() { MaxDepth = LimitScanner.SerializerMaxDepth };

    /// <summary>What the reader and the value parsers throw on bad input; anything else is a defect and goes on.</summary>
    private static bool IsInputFault(Exception ex) => ex is JsonException or InvalidOperationException or FormatException;

    private static bool TryRead(ref Utf8JsonReader reader, ReadLimits limits, [NotNullWhen(true)] out string? value)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > limits.MaxStringBytes)
        {
            value = null;
            return false;
        }

        // Throws InvalidOperationException on text that is not valid Unicode, as the serializer's read does.
        value = reader.GetString()!;
        return true;
    }

    private static bool TryRead(ref Utf8JsonReader reader, ReadLimits limits, out int value)
    {
        _ = limits;
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    private static bool TryRead(ref Utf8JsonReader reader, ReadLimits limits, out decimal value)
    {
        _ = limits;
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out value);
    }

    private static bool TryRead(ref Utf8JsonReader reader, ReadLimits limits, out bool value)
    {
        _ = limits;
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    /// <summary>A date as System.Text.Json reads one, <c>YYYY-MM-DD</c> and nothing else; an escaped one is left to the serializer.</summary>
    private static bool TryRead(ref Utf8JsonReader reader, ReadLimits limits, out DateOnly value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.ValueSpan.Length > limits.MaxStringBytes)
        {
            return false;
        }

        var text = reader.ValueSpan;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !Digits(text[..4], out var year) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>A time as <see cref="StrictTimeConverter"/> reads one.</summary>
    private static bool TryRead(ref Utf8JsonReader reader, ReadLimits limits, out TimeOnly value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > limits.MaxStringBytes)
        {
            return false;
        }

        return StrictTimeConverter.TryParse(reader.GetString()!, out value);
    }

    /// <summary>A moment as System.Text.Json's own converter reads one (<see cref="Utf8JsonReader.GetDateTimeOffset"/>).</summary>
    private static bool TryRead(ref Utf8JsonReader reader, ReadLimits limits, out DateTimeOffset value)
    {
        value = default;
        return reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= limits.MaxStringBytes && reader.TryGetDateTimeOffset(out value);
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var digit in text)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    /// <summary>A value of a type the generated code leaves to the serializer (none today): read with the format's own options.</summary>
    private static T? ReadWithSerializer<T>(ref Utf8JsonReader reader) =>
        JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)PeaceModelJson.Options.GetTypeInfo(typeof(T)));

    /// <summary>
    /// Collects the elements of one array in a buffer rented from the pool, then makes the list's one
    /// exactly sized array: no intermediate <see cref="List{T}"/>, nothing left behind.
    /// </summary>
    private struct ListBuilder<T>
    {
        private T[]? items;
        private int count;

        public readonly int Count => count;

        public void Add(T item)
        {
            if (items is null)
            {
                items = ArrayPool<T>.Shared.Rent(8);
            }
            else if (count == items.Length)
            {
                var larger = ArrayPool<T>.Shared.Rent(items.Length * 2);
                items.AsSpan(0, count).CopyTo(larger);
                ArrayPool<T>.Shared.Return(items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
                items = larger;
            }

            items[count++] = item;
        }

        public readonly ValueList<T> ToValueList() =>
            count == 0 ? ValueList<T>.FromOwnedArray([]) : ValueList<T>.FromOwnedArray(items.AsSpan(0, count).ToArray());

        public void Dispose()
        {
            if (items is not null)
            {
                ArrayPool<T>.Shared.Return(items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
                items = null;
                count = 0;
            }
        }
    }
}
