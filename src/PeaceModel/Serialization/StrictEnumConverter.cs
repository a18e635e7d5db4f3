using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeaceModel.Serialization;

/// <summary>
/// Reads and writes an enum as its camelCase name, and nothing else: no numbers, no numeric strings,
/// no other casing, no undefined values. (System.Text.Json's own string-enum converter accepts names
/// in any casing.)
/// </summary>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>, IEnumNames
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<string, TEnum> byName;
    private readonly FrozenDictionary<TEnum, JsonEncodedText> byValue;

    public StrictEnumConverter()
    {
        var values = Enum.GetValues<TEnum>();
        Names = [.. values.Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))];
        byName = values.Select((v, i) => KeyValuePair.Create(Names[i], v)).ToFrozenDictionary(StringComparer.Ordinal);
        byValue = values.Select((v, i) => KeyValuePair.Create(v, JsonEncodedText.Encode(Names[i]))).ToFrozenDictionary();
    }

    /// <summary>Gets the names this converter reads and writes, in declaration order.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool IsDefined(object value) => value is TEnum member && byValue.ContainsKey(member);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && byName.TryGetValue(reader.GetString()!, out var value))
        {
            return value;
        }

        throw reader.TokenType == JsonTokenType.String
            ? new ConverterFailure(ReadErrorReason.UnknownName) { Found = $"\"{reader.GetString()}\"", Names = [.. Names] }
            : new ConverterFailure(ReadErrorReason.WrongType) { Found = "a " + ReadDiagnosis.Kind(reader.TokenType), Names = [.. Names] };
    }

    /// <summary>What a refusal to write an undefined <paramref name="value"/> says.</summary>
    public static string UndefinedMessage(TEnum value) => $"{value} is not a defined {typeof(TEnum).Name} and has no JSON form.";

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (!byValue.TryGetValue(value, out var name))
        {
            throw new JsonException(UndefinedMessage(value));
        }

        writer.WriteStringValue(name);
    }
}
