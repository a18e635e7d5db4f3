using System.Text;
using System.Text.Json;

namespace PeaceModel.Serialization;

/// <summary>
/// Checks <see cref="ReadLimits"/> in one forward pass of a <see cref="Utf8JsonReader"/>, which
/// allocates nothing. Malformed JSON is left for the serializer, which reports it with its path.
/// </summary>
internal static class LimitScanner
{
    /// <summary>The nesting the serializer's options allow; deeper input fails there.</summary>
    public const int SerializerMaxDepth = 64;

    /// <summary>Refuses a document longer than the limit, before it is read.</summary>
    public static void CheckLength(long length, ReadLimits limits)
    {
        if (length > limits.MaxDocumentBytes)
        {
            throw new JsonReadException(new ReadError
            {
                Reason = ReadErrorReason.LimitExceeded,
                Path = "$",
                LineNumber = 0,
                BytePositionInLine = 0,
                Limit = nameof(ReadLimits.MaxDocumentBytes),
                LimitValue = limits.MaxDocumentBytes,
                Actual = length,
            });
        }
    }

    /// <summary>
    /// Tells whether a document of this length could break a limit at all: a string longer than the
    /// whole document cannot exist, an array needs at least two bytes an element, and the serializer
    /// itself refuses nesting deeper than 64. Most events are small enough to skip the pass.
    /// </summary>
    public static bool CouldBreak(int length, ReadLimits limits) =>
        length > limits.MaxStringBytes || length >= 2L * limits.MaxArrayLength || limits.MaxDepth < SerializerMaxDepth;

    public static void Check(ReadOnlySpan<byte> json, ReadLimits limits)
    {
        CheckLength(json.Length, limits);

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1 });
        Span<int> elements = stackalloc int[limits.MaxDepth + 2];
        try
        {
            while (reader.Read())
            {
                var depth = reader.CurrentDepth;
                switch (reader.TokenType)
                {
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        continue;
                    case JsonTokenType.PropertyName or JsonTokenType.String when reader.ValueSpan.Length > limits.MaxStringBytes:
                        Fail(json, reader.TokenStartIndex, nameof(ReadLimits.MaxStringBytes), limits.MaxStringBytes, reader.ValueSpan.Length);
                        break;
                    case JsonTokenType.PropertyName:
                        continue;
                }

                // A value: count it in its array, and open a new level for an object or array.
                if (depth > 0 && reader.TokenType != JsonTokenType.PropertyName && IsInArray(elements, depth)
                    && ++elements[depth - 1] > limits.MaxArrayLength)
                {
                    Fail(json, reader.TokenStartIndex, nameof(ReadLimits.MaxArrayLength), limits.MaxArrayLength, null);
                }

                if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
                {
                    if (depth + 1 > limits.MaxDepth)
                    {
                        Fail(json, reader.TokenStartIndex, nameof(ReadLimits.MaxDepth), limits.MaxDepth, null);
                    }

                    elements[depth] = reader.TokenType == JsonTokenType.StartArray ? 0 : -1;
                }
            }
        }
        catch (JsonException ex) when (ex is not JsonReadException)
        {
            // Malformed JSON (the reader's own exception has no path): the serializer reports it fully.
        }
    }

    /// <summary>An array level holds its element count (0 or more); an object level holds -1.</summary>
    private static bool IsInArray(Span<int> elements, int depth) => elements[depth - 1] >= 0;

    private static void Fail(ReadOnlySpan<byte> json, long index, string limit, long bound, long? actual)
    {
        var before = json[..(int)index];
        var line = before.Count((byte)'\n');
        var column = before.Length - (before.LastIndexOf((byte)'\n') + 1);
        throw new JsonReadException(new ReadError
        {
            Reason = ReadErrorReason.LimitExceeded,
            Path = PathAt(json, index),
            LineNumber = line,
            BytePositionInLine = column,
            Limit = limit,
            LimitValue = bound,
            Actual = actual,
        });
    }

    /// <summary>The JSON path of the token that starts at <paramref name="index"/>: a second, slower pass, made only on failure.</summary>
    private static string PathAt(ReadOnlySpan<byte> json, long index)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1024 });
        var frames = new List<Frame>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    frames[^1] = frames[^1] with { Name = NameOf(ref reader) };
                    if (reader.TokenStartIndex == index)
                    {
                        return Render(frames);
                    }

                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    continue;
            }

            if (frames.Count > 0 && frames[^1].IsArray)
            {
                frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
            }

            if (reader.TokenStartIndex >= index)
            {
                return Render(frames);
            }

            if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
            {
                frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, null, -1));
            }
        }

        return Render(frames);
    }

    /// <summary>A property name for the path; one that is not valid UTF-8 is shown with replacement characters rather than failing the report of the limit.</summary>
    private static string NameOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private static string Render(List<Frame> frames)
    {
        var text = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                text.Append('[').Append(frame.Index).Append(']');
            }
            else if (!frame.IsArray && frame.Name is not null)
            {
                text.Append('.').Append(frame.Name);
            }
        }

        return text.ToString();
    }

    private readonly record struct Frame(bool IsArray, string? Name, int Index);
}
