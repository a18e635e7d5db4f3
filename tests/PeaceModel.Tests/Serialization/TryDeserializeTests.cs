using System.Text;
using System.Text.Json.Nodes;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Serialization;

/// <summary>
/// <see cref="PeaceModelJson.TryDeserialize(ReadOnlySpan{byte}, out DiplomaticEvent?, out ReadError?, ReadLimits?)"/>
/// agrees with the throwing read on every input: the same event, or the same <see cref="ReadError"/>.
/// </summary>
public class TryDeserializeTests
{
    private static readonly string SeedJson = RepositoryFiles.ReadSeedJson();

    [Fact]
    public void TryDeserialize_TheSeed_ReturnsTheSameEventAsDeserialize()
    {
        var bytes = Encoding.UTF8.GetBytes(SeedJson);

        Assert.True(PeaceModelJson.TryDeserialize(bytes, out var read, out var error));
        Assert.Null(error);
        Assert.Equal(PeaceModelJson.Deserialize(bytes), read);
    }

    [Theory]
    [InlineData("{", ReadErrorReason.InvalidJson)]
    [InlineData("null", ReadErrorReason.NullNotAllowed)]
    [InlineData("", ReadErrorReason.InvalidJson)]
    [InlineData("{\"schemaVersion\": \"9.0\"}", ReadErrorReason.UnsupportedVersion)]
    public void TryDeserialize_BadInput_ReturnsTheErrorWithoutThrowing(string json, ReadErrorReason reason)
    {
        Assert.False(PeaceModelJson.TryDeserialize(Encoding.UTF8.GetBytes(json), out var read, out var error));
        Assert.Null(read);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void TryDeserialize_OverALimit_ReturnsTheLimitError()
    {
        var limits = new ReadLimits { MaxDocumentBytes = 100 };

        Assert.False(PeaceModelJson.TryDeserialize(Encoding.UTF8.GetBytes(SeedJson), out _, out var error, limits));
        Assert.Equal(ReadErrorReason.LimitExceeded, error.Reason);
    }

    [Fact]
    public void TryDeserialize_EveryDamageOfTheSeed_AgreesWithTheThrowingRead()
    {
        // Every value of the seed replaced by each of a few wrong values, and every truncation: the
        // non-throwing read says exactly what the exception says (reason, path, line, byte, message).
        var inputs = new List<string>();
        var root = JsonNode.Parse(SeedJson)!;
        foreach (var node in Descendants(root).Where(n => n.Parent is not null))
        {
            foreach (var replacement in new JsonNode?[] { null, JsonValue.Create(1), JsonValue.Create("x"), new JsonObject(), new JsonArray() })
            {
                var copy = JsonNode.Parse(SeedJson)!;
                var target = copy.AsObject().Count > 0 ? Find(copy, node.GetPath()) : null;
                if (target?.Parent is JsonObject parent)
                {
                    parent[target.GetPropertyName()] = replacement?.DeepClone();
                }
                else if (target?.Parent is JsonArray array)
                {
                    array[target.GetElementIndex()] = replacement?.DeepClone();
                }

                inputs.Add(copy.ToJsonString());
            }
        }

        for (var length = 0; length < SeedJson.Length - 1; length += 13)
        {
            inputs.Add(SeedJson[..length]);
        }

        var failures = 0;
        foreach (var input in inputs)
        {
            var bytes = Encoding.UTF8.GetBytes(input);
            var ok = PeaceModelJson.TryDeserialize(bytes, out var read, out var error);
            try
            {
                var expected = PeaceModelJson.Deserialize(bytes);
                Assert.True(ok, $"TryDeserialize refused what Deserialize reads: {error}");
                Assert.Equal(expected, read);
            }
            catch (JsonReadException ex)
            {
                failures++;
                Assert.False(ok, $"TryDeserialize read what Deserialize refuses: {ex.Message}");
                Assert.Equal(ex.Error, error);
                Assert.Equal(ex.Message, error!.ToString());
            }
        }

        Assert.True(failures > 300, $"only {failures} inputs were refused");
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    private static JsonNode? Find(JsonNode root, string path) => Descendants(root).FirstOrDefault(n => n.GetPath() == path);
}
