using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>
/// The one schema writer of the project: a JSON Schema (draft 2020-12) from the serializer's contracts,
/// each object type one titled <c>$defs</c> entry referenced by <c>$ref</c>, every property and type
/// described from its doc comment (a table generated at build time by <c>build/WriteSchemaDescriptions.cs</c>),
/// canonical text. The event format's schema (<see cref="PeaceModelJsonSchema"/>) adds what its
/// validators say; the tool's summary format uses it as it is. The source is compiled into both the
/// library and the tool (linked, internal in each), so neither exposes a schema API of its own.
/// </summary>
internal static class JsonSchemaWriter
{
    /// <summary>The schema's own identity.</summary>
    /// <param name="Id">The <c>$id</c>, a URN with the format's version.</param>
    /// <param name="Title">The title.</param>
    /// <param name="Description">What the document is.</param>
    public sealed record Header(string Id, string Title, string Description);

    /// <summary>Writes the schema of <paramref name="rootType"/>.</summary>
    /// <param name="options">The options the format is read and written with: the schema follows their contracts.</param>
    /// <param name="rootType">The document's type.</param>
    /// <param name="header">The schema's identity.</param>
    /// <param name="describe">The doc comment of a type (<c>Type</c>) or property (<c>Type.Property</c>), or <see langword="null"/>.</param>
    /// <param name="isNamed">Whether an object type is one <c>$defs</c> entry (the format's own types), rather than written in place.</param>
    /// <param name="annotate">What the format adds to a node beyond the contracts (allowed values, bounds, conditions), applied before naming.</param>
    /// <returns>The schema as indented JSON text with <c>\n</c> line endings, ending with one.</returns>
    public static string Write(JsonSerializerOptions options, Type rootType, Header header, Func<string, string?> describe, Func<Type, bool> isNamed, Func<JsonSchemaExporterContext, JsonNode, JsonNode>? annotate = null)
    {
        var defs = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) => Name(context, annotate is null ? schema : annotate(context, schema), defs, rootType, describe, isNamed),
        };
        var body = options.GetJsonSchemaAsNode(rootType, exporterOptions).AsObject();

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = header.Id,
            ["title"] = header.Title,
            ["description"] = header.Description,
        };
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            root[name] = value;
        }

        if (defs.Count > 0)
        {
            root["$defs"] = new JsonObject([.. defs.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value))]);
        }

        return TextFile(writer => root.WriteTo(writer));
    }

    /// <summary>
    /// Writes a JSON document as the checked-in text files are written (two-space indent, <c>\n</c> line
    /// breaks, characters unescaped where JSON allows, a final line break), so that a command's output
    /// redirected to a file gives the checked-in file byte for byte. The schemas and the summary use it.
    /// </summary>
    internal static string TextFile(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>
    /// Names the shared types: each record and value type of the model is one <c>$defs</c> entry with a
    /// title and a description, referenced by <c>$ref</c> wherever it is used (so code generators name
    /// it once); every property gets the description of its doc comment (<c>describe</c>).
    /// </summary>
    private static JsonNode Name(JsonSchemaExporterContext context, JsonNode schema, SortedDictionary<string, JsonNode> defs, Type rootType, Func<string, string?> describe, Func<Type, bool> isNamed)
    {
        var property = context.PropertyInfo is { AttributeProvider: MemberInfo member } info
            ? describe($"{info.DeclaringType.Name}.{member.Name}")
            : null;
        var type = context.TypeInfo.Type;
        if (schema is not JsonObject node)
        {
            return schema;
        }

        if (context.TypeInfo.Kind != JsonTypeInfoKind.Object || type == rootType || !isNamed(type) || context.Path.IsEmpty)
        {
            if (property is not null)
            {
                node.Insert(0, "description", property);
            }

            return node;
        }

        var nullable = node["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");
        if (!defs.ContainsKey(type.Name))
        {
            var def = (JsonObject)node.DeepClone();
            def["type"] = "object";
            def.Insert(0, "title", type.Name);
            if (describe(type.Name) is { } description)
            {
                def.Insert(1, "description", description);
            }

            defs[type.Name] = def;
        }

        // A $ref beside other keywords (a description) is a new schema to code generators, which then
        // name a copy of the type (EventDate1, EventDate2): the reference stands alone, inside allOf.
        var reference = new JsonObject { ["$ref"] = $"#/$defs/{type.Name}" };
        if (property is null && !nullable)
        {
            return reference;
        }

        var result = nullable
            ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) }
            : new JsonObject { ["allOf"] = new JsonArray(reference) };
        if (property is not null)
        {
            result.Insert(0, "description", property);
        }

        return result;
    }
}
