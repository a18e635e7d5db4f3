using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PeaceModel.Validation;

namespace PeaceModel.Serialization;

/// <summary>
/// Reads and writes a time of day as <c>HH:mm:ss</c> and nothing else: not <c>21:30</c>, <c>9:30:00</c>
/// or <c>21:30:00.1234567</c>, which System.Text.Json's own converter accepts and rewrites. A time
/// with a fraction of a second has no written form and is refused when written.
/// </summary>
internal sealed class StrictTimeConverter : JsonConverter<TimeOnly>
{
    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new ConverterFailure(ReadErrorReason.WrongType) { Found = "a " + ReadDiagnosis.Kind(reader.TokenType) };
        }

        var text = reader.GetString()!;
        return TryParse(text, out var value)
            ? value
            : throw new ConverterFailure(ReadErrorReason.InvalidValue) { Found = $"\"{text}\"" };
    }

    /// <summary>Reads <c>HH:mm:ss</c> and nothing else: the one parse of a time of day, shared with <see cref="RecordReader"/>.</summary>
    public static bool TryParse(string text, out TimeOnly value)
    {
        if (Patterns.Time().IsMatch(text))
        {
            value = TimeOnly.ParseExact(text, "HH:mm:ss", CultureInfo.InvariantCulture);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>What a refusal to write a time with a fraction of a second says.</summary>
    public const string FractionMessage = "a time of day is written to the second; this one has a fraction of a second.";

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options)
    {
        if (!IsWholeSecond(value))
        {
            throw new JsonException(FractionMessage);
        }

        writer.WriteStringValue(value.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
    }

    public static bool IsWholeSecond(TimeOnly value) => value.Ticks % TimeSpan.TicksPerSecond == 0;
}
