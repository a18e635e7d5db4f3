using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>
/// Says where and why a record cannot be written: a null where the reader requires a value, an enum
/// value without a JSON name, text that is not valid Unicode. Whatever the writer accepts, the reader
/// reads back equal; this walk over the contracts runs only after the serializer has refused.
/// </summary>
internal static class WriteCheck
{
    public static JsonException Explain(object value, Type type, JsonSerializerOptions options, JsonException refused)
    {
        var path = new StringBuilder("$");
        var error = Find(value, options.GetTypeInfo(type), path, options);
        if (error is null)
        {
            return refused;
        }

        var text = path.ToString();
        return new JsonException($"{text}: {ReadErrors.Describe(error with { Path = text })} It would not read back, so it is not written.", text, null, null, refused);
    }

    private static ReadError? Find(object value, JsonTypeInfo info, StringBuilder path, JsonSerializerOptions options)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    if (property.Get is null)
                    {
                        continue;
                    }

                    var length = path.Length;
                    path.Append('.').Append(property.Name);
                    var error = Value(property.Get(value), property.PropertyType, property.IsGetNullable, path, options);
                    if (error is not null)
                    {
                        return error;
                    }

                    path.Length = length;
                }

                return null;
            case JsonTypeInfoKind.Enumerable when value is IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    var length = path.Length;
                    path.Append(CultureInfo.InvariantCulture, $"[{index++}]");
                    var error = Value(item, info.ElementType!, nullable: false, path, options);
                    if (error is not null)
                    {
                        return error;
                    }

                    path.Length = length;
                }

                return null;
            default:
                return null;
        }
    }

    private static ReadError? Value(object? value, Type type, bool nullable, StringBuilder path, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null)
        {
            return nullable || typeof(IValueList).IsAssignableFrom(type) ? null : new ReadError { Reason = ReadErrorReason.NullNotAllowed, Path = "$", ExpectedType = type };
        }

        if (value is string text)
        {
            var bad = UnicodeStringConverter.IndexOfLoneSurrogate(text);
            return bad < 0 ? null : new ReadError
            {
                Reason = ReadErrorReason.InvalidText,
                Path = "$",
                Found = string.Create(CultureInfo.InvariantCulture, $"a lone surrogate \\u{(int)text[bad]:X4} at index {bad}"),
            };
        }

        if (value is TimeOnly time && !StrictTimeConverter.IsWholeSecond(time))
        {
            return new ReadError { Reason = ReadErrorReason.InvalidValue, Path = "$", ExpectedType = typeof(TimeOnly), Found = time.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture) };
        }

        var info = options.GetTypeInfo(type);
        if (info.Converter is IEnumNames names)
        {
            return names.IsDefined(value) ? null : new ReadError
            {
                Reason = ReadErrorReason.UnknownName,
                Path = "$",
                Found = Convert.ToString(Convert.ToInt64(value, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                Names = [.. names.Names],
            };
        }

        return Find(value, info, path, options);
    }
}
