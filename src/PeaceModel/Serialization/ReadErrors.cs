using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>
/// Turns every failure to read into a <see cref="JsonException"/> whose message a person can act on:
/// it starts with the JSON path, says what is wrong in the format's own terms (JSON names, expected
/// kind of value, allowed enum values, known properties) and ends with the line and byte position.
/// </summary>
internal static class ReadErrors
{
    private const string ConvertPrefix = "The JSON value could not be converted to ";
    private const string UnmappedPrefix = "The JSON property '";
    private const string MissingMarker = "was missing required properties including: ";

    /// <summary>Tells whether an exception is a failure to read the input, rather than a fault of the caller or the runtime.</summary>
    public static bool IsReadFailure(Exception ex) =>
        ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException;

    public static JsonException Describe(Exception ex, Type rootType, JsonSerializerOptions options)
    {
        var json = ex as JsonException;
        var path = json?.Path ?? "$";
        if (ex is NullElementException nullElement)
        {
            path = ReplaceLastIndex(path, nullElement.Index);
        }

        var what = ex.Message;
        var suffix = what.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix >= 0)
        {
            what = what[..suffix];
        }

        if (what.StartsWith(path + ": ", StringComparison.Ordinal))
        {
            return json!;
        }

        try
        {
            what = Explain(what, path, rootType, options);
        }
        catch (Exception explaining) when (explaining is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            // Rewording is a courtesy: a path it cannot follow must never hide the original error.
        }

        var where = json?.LineNumber is { } line
            ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})"
            : string.Empty;
        return new JsonException($"{path}: {what}{where}", path, json?.LineNumber, json?.BytePositionInLine, ex);
    }

    /// <summary>Rewrites System.Text.Json's messages, which name .NET types, in the terms of the JSON format.</summary>
    private static string Explain(string what, string path, Type rootType, JsonSerializerOptions options)
    {
        if (what.StartsWith(ConvertPrefix, StringComparison.Ordinal) || what.Contains("doesn't allow null values", StringComparison.Ordinal))
        {
            var expected = ResolveType(path, rootType, options) is { } type ? Expected(type, options) : null;
            var problem = what.Contains("null", StringComparison.Ordinal) ? "null is not allowed here" : "the value is not valid here";
            return expected is null ? problem + "." : $"{problem}; expected {expected}.";
        }

        if (what.StartsWith(UnmappedPrefix, StringComparison.Ordinal))
        {
            var name = what[UnmappedPrefix.Length..what.IndexOf('\'', UnmappedPrefix.Length)];
            var parentPath = path.EndsWith("." + name, StringComparison.Ordinal) ? path[..^(name.Length + 1)] : path;
            var known = ResolveType(parentPath, rootType, options) is { } parent
                ? "; known properties: " + string.Join(", ", options.GetTypeInfo(parent).Properties.Select(p => p.Name))
                : string.Empty;
            return $"unknown property '{name}'{known}.";
        }

        if (what.StartsWith("Duplicate property '", StringComparison.Ordinal))
        {
            var name = what["Duplicate property '".Length..what.IndexOf('\'', "Duplicate property '".Length)];
            return $"duplicate property '{name}'; each property may appear only once.";
        }

        var missing = what.IndexOf(MissingMarker, StringComparison.Ordinal);
        if (missing >= 0)
        {
            return "missing required properties: " + what[(missing + MissingMarker.Length)..].TrimEnd('.') + ".";
        }

        return what;
    }

    /// <summary>Follows a JSON path such as <c>$.actors[0].kind</c> through the contracts to the .NET type expected there.</summary>
    private static Type? ResolveType(string path, Type rootType, JsonSerializerOptions options)
    {
        var type = rootType;
        var i = 1;
        while (i < path.Length)
        {
            var info = options.GetTypeInfo(type);
            if (path[i] == '[' && i + 1 < path.Length && path[i + 1] != '\'')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || info.ElementType is null)
                {
                    return null;
                }

                type = info.ElementType;
                i = close + 1;
                continue;
            }

            string name;
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                name = path[(i + 1)..end];
                i = end;
            }
            else if (path[i] == '[')
            {
                var close = i + 2 <= path.Length ? path.IndexOf("']", i + 2, StringComparison.Ordinal) : -1;
                if (close < 0)
                {
                    return null;
                }

                name = path[(i + 2)..close];
                i = close + 2;
            }
            else
            {
                return null;
            }

            var property = info.Properties.FirstOrDefault(p => p.Name == name);
            if (property is null)
            {
                return null;
            }

            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }

        return type;
    }

    private static string Expected(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(string))
        {
            return "a string";
        }

        if (type == typeof(int))
        {
            return "a whole number";
        }

        if (type == typeof(DateOnly))
        {
            return "a date written YYYY-MM-DD, such as \"2025-05-15\"";
        }

        if (type == typeof(TimeOnly))
        {
            return "a time written HH:mm:ss, such as \"21:30:00\"";
        }

        var info = options.GetTypeInfo(type);
        if (info.Converter is IEnumNames names)
        {
            return "one of " + string.Join(", ", names.Names.Select(n => $"\"{n}\""));
        }

        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => $"an array whose elements are each {Expected(info.ElementType!, options)}",
            JsonTypeInfoKind.Object => $"an object ({string.Join(", ", info.Properties.Select(p => p.Name))})",
            _ => "a value of another kind",
        };
    }

    private static string ReplaceLastIndex(string path, int index)
    {
        var open = path.LastIndexOf('[');
        return open >= 0 && path.EndsWith(']') && char.IsAsciiDigit(path[^2])
            ? $"{path[..open]}[{index}]"
            : $"{path}[{index}]";
    }
}
