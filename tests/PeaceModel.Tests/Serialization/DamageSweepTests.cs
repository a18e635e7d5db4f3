using System.Text.Json;
using System.Text.Json.Nodes;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Serialization;

/// <summary>
/// Damages the seed JSON at every place, in every way, and checks that a program that knows only
/// <see cref="PeaceModelJson"/> and the validator gets a <see cref="JsonException"/> or a validation
/// result, never any other exception.
/// </summary>
public class DamageSweepTests
{
    private static readonly string SeedJson = RepositoryFiles.ReadSeedJson();

    private static readonly Func<JsonNode?>[] Replacements =
    [
        () => null,
        () => JsonValue.Create(1),
        () => JsonValue.Create(-1.5),
        () => JsonValue.Create("x"),
        () => JsonValue.Create(string.Empty),
        () => JsonValue.Create(true),
        () => new JsonObject(),
        () => new JsonArray(),
        () => new JsonArray(JsonValue.Create("x")),
    ];

    [Fact]
    public void EveryValueReplacedOrRemoved_FailsOnlyAsJsonExceptionOrValidationFailure()
    {
        var outcomes = new Dictionary<string, int>();
        var places = Places(JsonNode.Parse(SeedJson)!).ToList();

        foreach (var place in places)
        {
            foreach (var damaged in Damage(place))
            {
                var outcome = ReadValidateWrite(damaged);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
        }

        Assert.True(places.Count > 300, $"only {places.Count} places");
        Assert.Equal(["json-exception", "read-invalid", "read-valid"], outcomes.Keys.Order());
    }

    [Fact]
    public void EveryTruncation_FailsAsJsonException()
    {
        for (var length = 0; length < SeedJson.Length - 1; length += 7)
        {
            Assert.Equal("json-exception", ReadValidateWrite(SeedJson[..length]));
        }
    }

    private static string ReadValidateWrite(string json)
    {
        DiplomaticEvent episode;
        try
        {
            episode = PeaceModelJson.Deserialize(json);
        }
        catch (JsonException ex)
        {
            Assert.StartsWith("$", ex.Path, StringComparison.Ordinal);
            return "json-exception";
        }

        var result = TestData.Validator.Validate(episode, TestData.SourceTexts);
        var written = PeaceModelJson.Serialize(episode);
        Assert.Equal(episode, PeaceModelJson.Deserialize(written));
        return result.IsValid ? "read-valid" : "read-invalid";
    }

    /// <summary>Each place: the path of a value and a way to rebuild the document with it replaced or removed.</summary>
    private static IEnumerable<(JsonNode Root, string Path)> Places(JsonNode root) =>
        JsonDamage.Walk(root).Where(node => node.Parent is not null).Select(node => (root, node.GetPath()));

    private static IEnumerable<string> Damage((JsonNode Root, string Path) place)
    {
        foreach (var replacement in Replacements)
        {
            yield return JsonDamage.Change(place.Root, place.Path, node => JsonDamage.Replace(node, replacement()));
        }

        yield return JsonDamage.Change(place.Root, place.Path, JsonDamage.Remove);
    }
}
