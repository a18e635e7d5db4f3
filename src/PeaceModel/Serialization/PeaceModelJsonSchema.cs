using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using PeaceModel.Kinds;
using PeaceModel.Validation;

namespace PeaceModel.Serialization;

/// <summary>Builds the JSON Schema of the format from the serializer's own contracts, so the two cannot drift apart.</summary>
internal static class PeaceModelJsonSchema
{
    /// <summary>The patterns of single properties, by owner type and .NET member; their JSON names come from the contract.</summary>
    private static readonly (Type Type, string Member, string Pattern)[] Shapes =
    [
        (typeof(Actor), nameof(Actor.Country), Patterns.CountryShapePattern),
        (typeof(Place), nameof(Place.Country), Patterns.CountryShapePattern),
        (typeof(Actor), nameof(Actor.WikidataId), Patterns.WikidataIdPattern),
        (typeof(Place), nameof(Place.WikidataId), Patterns.WikidataIdPattern),
        (typeof(Actor), nameof(Actor.CameoCode), Patterns.CameoActorCodePattern),
        (typeof(SourceDocument), nameof(SourceDocument.Sha256), Patterns.Sha256Pattern),
    ];

    public static string Generate(JsonSerializerOptions options)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Annotate,
        };
        var body = options.GetJsonSchemaAsNode(typeof(DiplomaticEvent), exporterOptions).AsObject();

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"urn:peacemodel:schema:diplomatic-event:{DiplomaticEvent.CurrentSchemaVersion}",
            ["title"] = "PeaceModel diplomatic event",
            ["description"] = "One diplomatic episode: actors, statements, proposals, conditions and reactions, referring to each other by id.",
        };
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            root[name] = value;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            root.WriteTo(writer);
        }

        // A text file: it ends with a line break, so `peacemodel schema > file` gives the checked-in file byte for byte.
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Adds the shapes the type system cannot say: id, country, Wikidata and hash patterns.</summary>
    private static JsonNode Annotate(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (EnumNames(context.TypeInfo) is { } names)
        {
            // The strict enum converter is a custom one, so the exporter cannot see its values.
            var values = new JsonArray([.. names.Select(n => JsonValue.Create(n))]);
            if (Nullable.GetUnderlyingType(context.TypeInfo.Type) is not null)
            {
                values.Add(null);
            }

            return new JsonObject { ["enum"] = values };
        }

        if ((Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type) == typeof(TimeOnly))
        {
            // The strict time converter is a custom one: HH:mm:ss exactly, no offset (not RFC 3339's "time").
            var nullableTime = Nullable.GetUnderlyingType(context.TypeInfo.Type) is not null;
            return new JsonObject { ["type"] = nullableTime ? new JsonArray("string", "null") : "string", ["pattern"] = Patterns.TimePattern };
        }

        if (context.TypeInfo.Type == typeof(string))
        {
            // Strings go through a custom converter, so the exporter cannot see their type.
            var nullable = context.PropertyInfo is { IsGetNullable: true };
            schema = new JsonObject { ["type"] = nullable ? new JsonArray("string", "null") : "string" };
        }

        if (context.TypeInfo.ElementType == typeof(string) && schema is JsonObject list && list["items"] is null)
        {
            // The exporter leaves out the items of a list whose elements it cannot see (see above).
            list["items"] = new JsonObject { ["type"] = "string" };
        }

        if (context.PropertyInfo is not { } property || schema is not JsonObject node)
        {
            return schema;
        }

        var owner = property.DeclaringType;
        if (IsId(owner, property.Name) || Reference(owner, property.Name) is { IsMany: false })
        {
            node["pattern"] = Patterns.IdPattern;
        }
        else if (Reference(owner, property.Name) is { IsMany: true } && node["items"] is JsonObject items)
        {
            items["pattern"] = Patterns.IdPattern;
        }
        else if (Shapes.FirstOrDefault(s => s.Type == owner && ContractNames.Of(s.Type, s.Member) == property.Name) is { Pattern: { } pattern })
        {
            node["pattern"] = pattern;
        }

        return node;
    }

    /// <summary>Whether the property is the id of a record that has one.</summary>
    private static bool IsId(Type owner, string jsonName) =>
        typeof(IDiplomaticRecord).IsAssignableFrom(owner) && ContractNames.Of(owner, nameof(IDiplomaticRecord.Id)) == jsonName;

    /// <summary>The declared reference a property holds, if it holds one.</summary>
    private static RecordReference? Reference(Type owner, string jsonName) =>
        RecordKinds.All.SelectMany(k => k.References).FirstOrDefault(r => r.OwnerType == owner && r.JsonName == jsonName);

    private static IReadOnlyList<string>? EnumNames(JsonTypeInfo typeInfo)
    {
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        return type.IsEnum && typeInfo.Options.GetTypeInfo(type).Converter is IEnumNames converter ? converter.Names : null;
    }
}
