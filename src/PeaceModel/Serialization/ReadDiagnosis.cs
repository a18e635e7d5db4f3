using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>
/// Finds out why System.Text.Json refused a document, from the document and the contracts alone:
/// a pass of <see cref="Utf8JsonReader"/> for well-formedness, then a walk to the path the serializer
/// reported, looking at the value there as the contract expects it. It runs only on failure.
/// </summary>
internal static class ReadDiagnosis
{
    private const int ReaderDepth = 4096;

    public static ReadError Diagnose(ReadOnlySpan<byte> json, string path, Type rootType, JsonSerializerOptions options)
    {
        if (Syntax(json) is { } syntax)
        {
            return syntax with { Path = path };
        }

        var found = ContractPaths.Parse(path) is { } target ? Walk(json, target, rootType, options) : null;
        return (found ?? new ReadError { Reason = ReadErrorReason.InvalidValue, Path = path, ExpectedType = ContractPaths.ResolveType(path, rootType, options) }) with { Path = path };
    }

    /// <summary>A problem of form: not well-formed, more than one value, or nested deeper than the serializer reads.</summary>
    private static ReadError? Syntax(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = ReaderDepth });
        var complete = false;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= LimitScanner.SerializerMaxDepth)
                {
                    return new ReadError { Reason = ReadErrorReason.LimitExceeded, Path = "$", Limit = nameof(ReadLimits.MaxDepth), LimitValue = LimitScanner.SerializerMaxDepth };
                }

                complete = reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray);
            }

            return null;
        }
        catch (JsonException ex)
        {
            var offset = Offset(json, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            var found = offset < json.Length ? Show(json[(int)offset]) : null;
            return new ReadError { Reason = complete && found is not null ? ReadErrorReason.TrailingContent : ReadErrorReason.InvalidJson, Path = "$", Found = found };
        }
    }

    private static long Offset(ReadOnlySpan<byte> json, long line, long bytePosition)
    {
        var start = 0;
        for (var i = 0; i < line; i++)
        {
            var next = json[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return json.Length;
            }

            start += next + 1;
        }

        return start + bytePosition;
    }

    private static string Show(byte value) => value is >= 0x21 and < 0x7F ? $"'{(char)value}'" : $"the byte 0x{value:X2}";

    private static ReadError? Walk(ReadOnlySpan<byte> json, List<ContractPaths.Segment> target, Type rootType, JsonSerializerOptions options)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = ReaderDepth });
        reader.Read();
        return Value(ref reader, rootType, nullable: false, [], target, options);
    }

    /// <summary>Looks at the value the reader stands on, as <paramref name="type"/>; descends only towards the target.</summary>
    private static ReadError? Value(ref Utf8JsonReader reader, Type type, bool nullable, List<ContractPaths.Segment> trail, List<ContractPaths.Segment> target, JsonSerializerOptions options)
    {
        var here = trail.Count == target.Count && IsPrefix(trail, target);
        if (!here && !IsPrefix(trail, target))
        {
            reader.Skip();
            return null;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return here && !nullable ? Problem(ReadErrorReason.NullNotAllowed, type) : null;
        }

        var info = options.GetTypeInfo(type);
        if (here && Classify(ref reader, type, info) is { } problem)
        {
            return problem;
        }

        if (info.Kind == JsonTypeInfoKind.Object && reader.TokenType == JsonTokenType.StartObject)
        {
            return Properties(ref reader, info, here, trail, target, options);
        }

        if (info.Kind == JsonTypeInfoKind.Enumerable && reader.TokenType == JsonTokenType.StartArray)
        {
            for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
            {
                trail.Add(new ContractPaths.Segment(null, index));
                var found = Value(ref reader, info.ElementType!, nullable: false, trail, target, options);
                trail.RemoveAt(trail.Count - 1);
                if (found is not null)
                {
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>The properties of an object: unknown, repeated, or holding the target; and, for the target object itself, what is missing.</summary>
    private static ReadError? Properties(ref Utf8JsonReader reader, JsonTypeInfo info, bool here, List<ContractPaths.Segment> trail, List<ContractPaths.Segment> target, JsonSerializerOptions options)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name;
            try
            {
                name = reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                return new ReadError { Reason = ReadErrorReason.InvalidText, Path = "$" };
            }

            trail.Add(new ContractPaths.Segment(name, -1));
            var atProperty = trail.Count == target.Count && IsPrefix(trail, target);
            var property = info.Properties.FirstOrDefault(p => p.Name == name);
            reader.Read();
            var first = seen.Add(name);
            if (atProperty && property is null)
            {
                return new ReadError { Reason = ReadErrorReason.UnknownProperty, Path = "$", Name = name, Names = [.. info.Properties.Select(p => p.Name)] };
            }

            if (atProperty && !first)
            {
                return new ReadError { Reason = ReadErrorReason.DuplicateProperty, Path = "$", Name = name };
            }

            if (property is not null && Value(ref reader, property.PropertyType, property.IsSetNullable, trail, target, options) is { } found)
            {
                return found;
            }

            if (property is null)
            {
                reader.Skip();
            }

            trail.RemoveAt(trail.Count - 1);
        }

        var missing = info.Properties.Where(p => p.IsRequired && !seen.Contains(p.Name)).Select(p => p.Name).ToList();
        return here && missing.Count > 0
            ? new ReadError { Reason = ReadErrorReason.MissingProperty, Path = "$", Names = [.. missing] }
            : null;
    }

    /// <summary>Whether the value the reader stands on is of the kind the contract expects; the value is not consumed.</summary>
    private static ReadError? Classify(ref Utf8JsonReader reader, Type type, JsonTypeInfo info)
    {
        var token = reader.TokenType;
        if (info.Converter is IEnumNames names)
        {
            if (token != JsonTokenType.String)
            {
                return Problem(ReadErrorReason.WrongType, type, "a " + Kind(token), [.. names.Names]);
            }

            return ReadString(ref reader, out var text) is { } invalid ? invalid
                : names.Names.Contains(text) ? null
                : Problem(ReadErrorReason.UnknownName, type, $"\"{text}\"", [.. names.Names]);
        }

        if (type == typeof(string))
        {
            return token != JsonTokenType.String ? Problem(ReadErrorReason.WrongType, type, "a " + Kind(token)) : ReadString(ref reader, out _);
        }

        if (type == typeof(int))
        {
            return token == JsonTokenType.Number && reader.TryGetInt32(out _) ? null : Problem(ReadErrorReason.WrongType, type, "a " + Kind(token));
        }

        if (type == typeof(DateOnly) || type == typeof(TimeOnly))
        {
            return token != JsonTokenType.String ? Problem(ReadErrorReason.WrongType, type, "a " + Kind(token))
                : ReadString(ref reader, out var text) ?? Problem(ReadErrorReason.InvalidValue, type, $"\"{text}\"");
        }

        return info.Kind switch
        {
            JsonTypeInfoKind.Object when token != JsonTokenType.StartObject => Problem(ReadErrorReason.WrongType, type, "a " + Kind(token)),
            JsonTypeInfoKind.Enumerable when token != JsonTokenType.StartArray => Problem(ReadErrorReason.WrongType, type, "a " + Kind(token)),
            _ => null,
        };
    }

    private static ReadError? ReadString(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString()!;
            return null;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return new ReadError { Reason = ReadErrorReason.InvalidText, Path = "$" };
        }
    }

    private static ReadError Problem(ReadErrorReason reason, Type type, string? found = null, ValueList<string> names = default) =>
        new() { Reason = reason, Path = "$", ExpectedType = type, Found = found, Names = names };

    /// <summary>The kind of a JSON value in words: <c>object</c>, <c>number</c>, ...</summary>
    public static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        _ => "null",
    };

    private static bool IsPrefix(List<ContractPaths.Segment> trail, List<ContractPaths.Segment> target)
    {
        if (trail.Count > target.Count)
        {
            return false;
        }

        for (var i = 0; i < trail.Count; i++)
        {
            if (trail[i] != target[i])
            {
                return false;
            }
        }

        return true;
    }
}
