using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>
/// Every failure to read becomes a <see cref="JsonReadException"/> here, and every read message is
/// composed here from its <see cref="ReadError"/>: the JSON path, what is wrong in the format's own
/// terms (JSON names, expected kind of value, allowed values, known properties), then the position.
/// System.Text.Json's own messages are never read: they are localizable resources.
/// </summary>
internal static class ReadErrors
{
    /// <summary>Turns a <see cref="JsonException"/> thrown while reading <paramref name="json"/> into a <see cref="JsonReadException"/>.</summary>
    public static JsonReadException FromSerializer(JsonException ex, ReadOnlySpan<byte> json, Type rootType, JsonSerializerOptions options) =>
        new(ErrorOf(ex, json, rootType, options), ex);

    /// <summary>What a <see cref="JsonException"/> thrown while reading <paramref name="json"/> means, as data.</summary>
    public static ReadError ErrorOf(JsonException ex, ReadOnlySpan<byte> json, Type rootType, JsonSerializerOptions options)
    {
        var path = ex.Path ?? "$";
        ReadError error;
        if (ex is ConverterFailure failure)
        {
            if (failure.Reason == ReadErrorReason.NullElement)
            {
                path = ReplaceLastIndex(path, failure.ElementIndex);
            }

            error = new ReadError
            {
                Reason = failure.Reason,
                Path = path,
                Found = failure.Found,
                Names = failure.Names,
                ExpectedType = failure.Reason == ReadErrorReason.NullElement ? null : ContractPaths.ResolveType(path, rootType, options),
            };
        }
        else
        {
            error = ReadDiagnosis.Diagnose(json, path, rootType, options);
        }

        return error with { LineNumber = ex.LineNumber, BytePositionInLine = ex.BytePositionInLine };
    }

    /// <summary>The whole message: path, description, position (counted from 1).</summary>
    public static string Message(ReadError error)
    {
        var where = error.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {error.BytePositionInLine + 1})")
            : string.Empty;
        return $"{error.Path}: {Describe(error)}{where}";
    }

    /// <summary>What is wrong and what would be right, in the format's terms.</summary>
    public static string Describe(ReadError error)
    {
        var expected = error.ExpectedType is { } type ? "; expected " + Expected(type, PeaceModelJson.Options) : string.Empty;
        return error.Reason switch
        {
            ReadErrorReason.InvalidJson when error.Found is null => "the text ends before the JSON is complete.",
            ReadErrorReason.InvalidJson => $"the text is not well-formed JSON: {error.Found} is not allowed here.",
            ReadErrorReason.TrailingContent => $"the document goes on after its JSON value ({error.Found} follows it); a document holds one value (JSON Lines hold one value per line).",
            ReadErrorReason.UnknownProperty => $"unknown property '{error.Name}'{(error.Names.Count > 0 ? "; known properties: " + string.Join(", ", error.Names) : string.Empty)}.",
            ReadErrorReason.DuplicateProperty => $"duplicate property '{error.Name}'; each property may appear only once.",
            ReadErrorReason.MissingProperty => $"missing required properties: {string.Join(", ", error.Names.Select(n => $"'{n}'"))}.",
            ReadErrorReason.NullNotAllowed when error.Path == "$" => "The JSON value is null; expected an object" + (error.ExpectedType is { } root ? $" for a {root.Name}." : "."),
            ReadErrorReason.NullNotAllowed => $"null is not allowed here{expected}.",
            ReadErrorReason.NullElement => "null is not allowed as an element of this list; expected a value.",
            ReadErrorReason.UnknownName => $"{error.Found} is not allowed here; expected one of {string.Join(", ", error.Names.Select(n => $"\"{n}\""))}.",
            ReadErrorReason.WrongType when error.Names.Count > 0 => $"{error.Found} is not allowed here; expected one of {string.Join(", ", error.Names.Select(n => $"\"{n}\""))}.",
            ReadErrorReason.InvalidText => $"the text is not valid Unicode{(error.Found is { } found ? $" ({found})" : string.Empty)}; it cannot be read as a string.",
            ReadErrorReason.LimitExceeded => Limit(error),
            ReadErrorReason.UnsupportedVersion when FormatVersion.IsNewer(error.Found) => $"the event is written in format {error.Found}, which this version of PeaceModel does not read ({FormatVersion.Supported}); read it with a newer PeaceModel.",
            ReadErrorReason.UnsupportedVersion => $"the event is written in format {error.Found}, which no version of PeaceModel reads ({FormatVersion.Supported}).",
            ReadErrorReason.MalformedVersion => $"\"{JsonEncodedText.Encode(error.Found ?? string.Empty, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\" is not a format version; a version is MAJOR.MINOR in digits without leading zeros or anything around them, such as \"{DiplomaticEvent.CurrentSchemaVersion}\" ({FormatVersion.Supported}).",
            _ => $"the value is not valid here{expected}.",
        };
    }

    private static string Limit(ReadError error) => error.Limit switch
    {
        nameof(ReadLimits.MaxDocumentBytes) => string.Create(CultureInfo.InvariantCulture, $"the document is longer than {error.LimitValue:N0} bytes (ReadLimits.MaxDocumentBytes)."),
        nameof(ReadLimits.MaxStringBytes) => string.Create(CultureInfo.InvariantCulture, $"the string is {error.Actual:N0} bytes long; the limit is {error.LimitValue:N0} (ReadLimits.MaxStringBytes)."),
        nameof(ReadLimits.MaxArrayLength) => string.Create(CultureInfo.InvariantCulture, $"the array has more than {error.LimitValue:N0} elements (ReadLimits.MaxArrayLength)."),
        _ => string.Create(CultureInfo.InvariantCulture, $"the nesting is deeper than {error.LimitValue} (ReadLimits.{error.Limit})."),
    };

    /// <summary>What the format expects of a .NET type, in words: <c>a string</c>, <c>one of "person", ...</c>.</summary>
    private static string Expected(Type type, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
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
            ? string.Create(CultureInfo.InvariantCulture, $"{path[..open]}[{index}]")
            : string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
    }
}
