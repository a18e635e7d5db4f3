using System.Text.Json.Nodes;
using PeaceModel.Serialization;

namespace PeaceModel.Tests.Serialization;

/// <summary>The JSON Schema as editors and code generators use it: every property described, every shared type one named definition.</summary>
public class SchemaForEditorsTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(PeaceModelJson.GetJsonSchema())!.AsObject();

    [Fact]
    public void EveryPropertyOfEveryDefinition_HasADescription()
    {
        var definitions = Schema["$defs"]!.AsObject().Select(d => (d.Key, Node: d.Value!.AsObject())).Prepend((Key: "(root)", Node: Schema));
        var missing = definitions
            .SelectMany(d => d.Node["properties"]!.AsObject().Where(p => p.Value?["description"] is null).Select(p => $"{d.Key}.{p.Key}"))
            .ToList();

        Assert.Empty(missing);
        Assert.All(Schema["$defs"]!.AsObject(), d => Assert.NotNull(d.Value!["description"]));
    }

    [Theory]
    [InlineData("EventDate")]
    [InlineData("Place")]
    [InlineData("EventCode")]
    [InlineData("Term")]
    [InlineData("Actor")]
    [InlineData("Quantity")]
    public void ASharedType_IsOneNamedDefinition_WithATitle_ReferencedWhereverItIsUsed(string name)
    {
        var definition = Schema["$defs"]![name]!;

        Assert.Equal(name, (string?)definition["title"]);
        Assert.Contains($"\"$ref\":\"#/$defs/{name}\"", Schema.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NoObjectOfTheModel_IsDefinedInline()
    {
        // Outside $defs and the root, an object schema with properties would be a second, unnamed copy of a type
        // (the rules within a record, under dependentSchemas, name properties of the record they are in).
        var inline = Inline(Schema, "$", root: true).ToList();

        Assert.Empty(inline);
    }

    private static IEnumerable<string> Inline(JsonNode? node, string path, bool root = false)
    {
        if (node is JsonObject obj)
        {
            if (!root && obj["properties"] is not null && !path.Contains("/dependentSchemas", StringComparison.Ordinal) && path.Split('/').Length > 2)
            {
                yield return path;
            }

            foreach (var (key, value) in obj)
            {
                foreach (var found in Inline(value, key == "$defs" ? "$defs" : $"{path}/{key}", root: key == "$defs"))
                {
                    yield return found;
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                foreach (var found in Inline(item, path))
                {
                    yield return found;
                }
            }
        }
    }
}
