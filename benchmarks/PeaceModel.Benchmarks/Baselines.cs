using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel.Benchmarks;

/// <summary>What users would otherwise write: System.Text.Json in reflection mode, and Newtonsoft.Json, on the same types.</summary>
public static class Baselines
{
    /// <summary>The same settings as PeaceModelJson, but contracts built by reflection at run time (value lists still need their contract).</summary>
    public static JsonSerializerOptions Reflection { get; } = CreateReflection();

    public static global::Newtonsoft.Json.JsonSerializerSettings Newtonsoft { get; } = new()
    {
        ContractResolver = new WritableOnlyResolver(),
        NullValueHandling = global::Newtonsoft.Json.NullValueHandling.Ignore,
        MissingMemberHandling = global::Newtonsoft.Json.MissingMemberHandling.Error,
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()), new ValueListConverter() },
    };

    private static JsonSerializerOptions CreateReflection()
    {
        var options = new JsonSerializerOptions(PeaceModelJson.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ValueListTypeInfoResolver.Instance, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>camelCase names, and no derived read-only properties (such as EventDate.FirstDay), as in the format.</summary>
    private sealed class WritableOnlyResolver : CamelCasePropertyNamesContractResolver
    {
        protected override Newtonsoft.Json.Serialization.JsonProperty CreateProperty(System.Reflection.MemberInfo member, Newtonsoft.Json.MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            property.Ignored |= !property.Writable;
            return property;
        }
    }

    /// <summary>Newtonsoft.Json cannot build an immutable list by itself: read an array, then wrap it.</summary>
    private sealed class ValueListConverter : Newtonsoft.Json.JsonConverter
    {
        public override bool CanConvert(Type objectType) => objectType.IsGenericType && objectType.GetGenericTypeDefinition() == typeof(ValueList<>);

        public override object? ReadJson(Newtonsoft.Json.JsonReader reader, Type objectType, object? existingValue, Newtonsoft.Json.JsonSerializer serializer)
        {
            var element = objectType.GetGenericArguments()[0];
            var array = (Array)serializer.Deserialize(reader, element.MakeArrayType())!;
            var create = typeof(ValueList).GetMethod(nameof(ValueList.CreateRange))!.MakeGenericMethod(element);
            return create.Invoke(null, [array]);
        }

        public override void WriteJson(Newtonsoft.Json.JsonWriter writer, object? value, Newtonsoft.Json.JsonSerializer serializer)
        {
            writer.WriteStartArray();
            foreach (var item in (System.Collections.IEnumerable)value!)
            {
                serializer.Serialize(writer, item);
            }

            writer.WriteEndArray();
        }
    }
}
