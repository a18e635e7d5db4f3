using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>The serializer options of the format, built once by <see cref="PeaceModelJson"/>: strict reading, canonical writing, contracts shaped for both.</summary>
internal static class SerializerOptions
{
    /// <summary>How text is escaped when written: non-ASCII text as is (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>); the property names of the generated writer are encoded with it too.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver
                .Combine(ValueListTypeInfoResolver.Instance, PeaceModelJsonContext.Default)
                .WithAddedModifier(ShapeContract),
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = Encoder,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = LimitScanner.SerializerMaxDepth,
            Converters =
            {
                new UnicodeStringConverter(),
                new StrictTimeConverter(),
            },
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Shapes the contracts: derived read-only properties (such as <see cref="EventDate.FirstDay"/>) are
    /// no part of the format, so reading them is an unknown-property error; empty optional lists are
    /// left out of the written form, and reading treats a missing one as empty.
    /// </summary>
    private static void ShapeContract(JsonTypeInfo typeInfo)
    {
        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            var property = typeInfo.Properties[i];
            if (property.Set is null && property.AssociatedParameter is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
            else if (!property.IsRequired && typeof(IValueList).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is IValueList { Count: > 0 };
            }
            else if (!property.IsGetNullable && !property.PropertyType.IsValueType)
            {
                // Never left out silently: a null here is written, so the serializer refuses it (the reader would).
                property.ShouldSerialize = static (_, _) => true;
            }
        }
    }
}
