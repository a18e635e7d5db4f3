using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>
/// The generated writer: puts each record's members straight to a <see cref="Utf8JsonWriter"/>, property
/// names encoded once. Its writing methods are written at build time from the record declarations by
/// <c>PeaceModel.Generators.RecordWriterGenerator</c> (docs/architecture.md); this half holds the writers of
/// the values they share and the refusals.
/// </summary>
/// <remarks>
/// It writes what the serializer wrote with <see cref="PeaceModelJson.Options"/>, byte for byte, and refuses
/// what it refused (a null where the reader requires a value, an undefined enum value, a time with a
/// fraction of a second, text with a lone surrogate) by throwing a <see cref="JsonException"/>;
/// <see cref="EventWriter"/> then explains the refusal with its path (<see cref="WriteCheck"/>).
/// </remarks>
internal static partial class RecordWriter
{
    private static JsonEncodedText PropertyName(string name) => JsonEncodedText.Encode(name, SerializerOptions.Encoder);

    /// <summary>An enum's name as <see cref="StrictEnumConverter{TEnum}"/> encodes it.</summary>
    private static JsonEncodedText EnumName(string name) => JsonEncodedText.Encode(name);

    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string value)
    {
        CheckText(value);
        writer.WriteString(name, value);
    }

    private static void WriteStringValue(Utf8JsonWriter writer, string value)
    {
        CheckText(value);
        writer.WriteStringValue(value);
    }

    /// <summary>Refuses text that is not valid Unicode, as <see cref="UnicodeStringConverter"/> does; a vectorized look for any surrogate first.</summary>
    private static void CheckText(string value)
    {
        if (value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            var bad = UnicodeStringConverter.IndexOfLoneSurrogate(value);
            if (bad >= 0)
            {
                throw new JsonException(UnicodeStringConverter.LoneSurrogateMessage(value, bad));
            }
        }
    }

    /// <summary>A date as System.Text.Json's own converter writes one: <c>yyyy-MM-dd</c>.</summary>
    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateOnly value)
    {
        Span<byte> text = stackalloc byte[10];
        value.TryFormat(text, out var written, "O", CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..written]);
    }

    private static void WriteDateValue(Utf8JsonWriter writer, DateOnly value)
    {
        Span<byte> text = stackalloc byte[10];
        value.TryFormat(text, out var written, "O", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written]);
    }

    /// <summary>A time as <see cref="StrictTimeConverter"/> writes one: <c>HH:mm:ss</c>, refused with a fraction of a second.</summary>
    private static void WriteTime(Utf8JsonWriter writer, JsonEncodedText name, TimeOnly value)
    {
        Span<byte> text = stackalloc byte[8];
        writer.WriteString(name, FormatTime(value, text));
    }

    private static void WriteTimeValue(Utf8JsonWriter writer, TimeOnly value)
    {
        Span<byte> text = stackalloc byte[8];
        writer.WriteStringValue(FormatTime(value, text));
    }

    private static ReadOnlySpan<byte> FormatTime(TimeOnly value, Span<byte> text)
    {
        if (!StrictTimeConverter.IsWholeSecond(value))
        {
            throw new JsonException(StrictTimeConverter.FractionMessage);
        }

        value.TryFormat(text, out var written, "HH:mm:ss", CultureInfo.InvariantCulture);
        return text[..written];
    }

    /// <summary>A value of a type the generated code leaves to the serializer (none today), or a document of a type that is no record: written with the format's own options.</summary>
    private static void WriteWithSerializer<T>(Utf8JsonWriter writer, T value) =>
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)PeaceModelJson.Options.GetTypeInfo(typeof(T)));

    private static JsonException NullRefused() => new("null where the reader requires a value.");

    private static JsonException UndefinedRefused<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        new(StrictEnumConverter<TEnum>.UndefinedMessage(value));
}
