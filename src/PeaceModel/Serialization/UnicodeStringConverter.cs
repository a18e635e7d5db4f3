using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeaceModel.Serialization;

/// <summary>
/// Reads strings as System.Text.Json does, and refuses to write a string that is not valid Unicode
/// (a lone surrogate): the writer would otherwise put out text that no strict reader takes back,
/// and the caller's data would be lost on the way to storage.
/// </summary>
internal sealed class UnicodeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new ConverterFailure(ReadErrorReason.WrongType);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        var bad = IndexOfLoneSurrogate(value);
        if (bad >= 0)
        {
            throw new JsonException(LoneSurrogateMessage(value, bad));
        }

        writer.WriteStringValue(value);
    }

    /// <summary>What a refusal to write <paramref name="value"/> says, its first lone surrogate at <paramref name="index"/>.</summary>
    public static string LoneSurrogateMessage(string value, int index) =>
        $"the text holds a lone surrogate (\\u{(int)value[index]:X4}) at index {index}: it is not valid Unicode, and would not read back.";

    /// <summary>The index of the first lone surrogate, or -1 when the text is valid Unicode.</summary>
    public static int IndexOfLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
