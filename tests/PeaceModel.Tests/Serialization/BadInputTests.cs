using System.Text;
using System.Text.Json;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Serialization;

public class BadInputTests
{
    private static readonly string SeedJson = RepositoryFiles.ReadSeedJson();

    /// <summary>Content errors in otherwise well-formed JSON: (case, damaged JSON, JSON path, words the message must hold).</summary>
    public static TheoryData<string, string, string, string> ContentErrors => new()
    {
        { "unknown property", Replace("\"name\": \"Vladimir Putin\"", "\"name\": \"Vladimir Putin\", \"nickname\": \"VVP\""), "$.actors[0].nickname", "unknown property 'nickname'; known properties: id, name, kind" },
        { "duplicate property", Replace("\"name\": \"Vladimir Putin\"", "\"name\": \"Vladimir Putin\", \"name\": \"Putin\""), "$.actors[0].name", "duplicate property 'name'" },
        { "missing required property", Replace("\"name\": \"Vladimir Putin\",", string.Empty), "$.actors[0]", "missing required properties: 'name'" },
        { "missing schemaVersion", Replace("\"schemaVersion\": \"2.1\",", string.Empty), "$", "missing required properties: 'schemaVersion'" },
        { "null for a required text", Replace("\"name\": \"Vladimir Putin\"", "\"name\": null"), "$.actors[0].name", "null is not allowed here; expected a string" },
        { "null for a list", Replace("\"aliases\": [\n        \"Volodymyr Zelenskiy\",\n        \"Zelenskiy\"\n      ]", "\"aliases\": null"), "$.actors[1].aliases", "expected an array whose elements are each a string" },
        { "null in a list", Replace("\"Volodymyr Zelenskiy\",", "null,"), "$.actors[1].aliases[0]", "null is not allowed as an element" },
        { "unknown enum value", Replace("\"kind\": \"person\"", "\"kind\": \"president\""), "$.actors[0].kind", "expected one of \"person\", \"state\", \"government\", \"internationalOrganization\", \"group\"" },
        { "number for an enum", Replace("\"kind\": \"person\"", "\"kind\": 0"), "$.actors[0].kind", "expected one of \"person\"" },
        { "numeric string for an enum", Replace("\"kind\": \"person\"", "\"kind\": \"0\""), "$.actors[0].kind", "expected one of \"person\"" },
        { "enum in other casing", Replace("\"kind\": \"person\"", "\"kind\": \"Person\""), "$.actors[0].kind", "expected one of \"person\"" },
        { "date that does not exist", Replace("\"2025-05-15\"", "\"2025-02-30\""), "$.meetings[0].date.value", "expected a date written YYYY-MM-DD" },
        { "date in another format", Replace("\"2025-05-15\"", "\"15/05/2025\""), "$.meetings[0].date.value", "expected a date written YYYY-MM-DD" },
        { "date with a time", Replace("\"2025-05-15\"", "\"2025-05-15T10:00:00Z\""), "$.meetings[0].date.value", "expected a date written YYYY-MM-DD" },
        { "string for a number", Replace("\"start\": 585", "\"start\": \"585\""), "$.statements[0].quotations[0].start", "expected a whole number" },
        { "fraction for a whole number", Replace("\"start\": 585", "\"start\": 585.5"), "$.statements[0].quotations[0].start", "expected a whole number" },
        { "number for a text", Replace("\"name\": \"Vladimir Putin\"", "\"name\": 7747"), "$.actors[0].name", "expected a string" },
        { "object for a text", Replace("\"name\": \"Vladimir Putin\"", "\"name\": {}"), "$.actors[0].name", "expected a string" },
        { "property name in other casing", Replace("\"name\": \"Vladimir Putin\"", "\"Name\": \"Vladimir Putin\""), "$.actors[0].Name", "unknown property 'Name'" },
        { "derived property written", Replace("\"value\": \"2025-05-15\",", "\"value\": \"2025-05-15\", \"firstDay\": \"2025-05-15\","), "$.meetings[0].date.firstDay", "unknown property 'firstDay'" },
        { "JSON null document", "null", "$", "The JSON value is null; expected an object" },
        { "array document", "[]", "$", "expected an object ($schema, schemaVersion, id, threadId, title" },
        { "number document", "42", "$", "expected an object" },
        { "string document", "\"event\"", "$", "expected an object" },
    };

    /// <summary>Malformed text: (case, text, JSON path, line counted from 0 as JsonException does).</summary>
    public static TheoryData<string, string, string, long> MalformedText => new()
    {
        { "empty text", string.Empty, "$", 0 },
        { "only whitespace", "  \n  ", "$", 1 },
        { "missing comma", "{\n  \"schemaVersion\": \"2.0\",\n  \"id\": \"a\" \"title\": \"t\"\n}", "$", 2 },
        { "trailing comma", "{\n  \"schemaVersion\": \"2.0\",\n}", "$", 2 },
        { "comment", "{\n  // note\n  \"schemaVersion\": \"2.0\"\n}", "$", 1 },
        { "single quotes", "{\n  'schemaVersion': '1.0'\n}", "$", 1 },
        { "text after the document", SeedJson + "\n{}", "$", SeedJson.Count(c => c == '\n') + 1 },
        { "truncated", SeedJson[..SeedJson.IndexOf("\"quotations\"", StringComparison.Ordinal)], "$.statements[0]", SeedJson[..SeedJson.IndexOf("\"quotations\"", StringComparison.Ordinal)].Count(c => c == '\n') },
        { "unterminated string", "{\n  \"schemaVersion\": \"1.0", "$.schemaVersion", 1 },
        { "NaN", "{\n  \"schemaVersion\": NaN\n}", "$.schemaVersion", 1 },
    };

    [Theory]
    [MemberData(nameof(ContentErrors))]
    public void Deserialize_ContentError_ThrowsJsonExceptionWithPathAndMessage(string name, string json, string path, string words)
    {
        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));

        Assert.Equal(path, ex.Path);
        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(words, ex.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Theory]
    [MemberData(nameof(ContentErrors))]
    public void DeserializeUtf8_ContentError_ThrowsTheSameJsonException(string name, string json, string path, string words)
    {
        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(path, ex.Path);
        Assert.Contains(words, ex.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Theory]
    [MemberData(nameof(MalformedText))]
    public void Deserialize_MalformedText_ThrowsJsonExceptionWithPathAndLine(string name, string json, string path, long line)
    {
        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));

        Assert.Equal(path, ex.Path);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains($"(line {line + 1}, byte ", ex.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Theory]
    [MemberData(nameof(MalformedText))]
    public async Task DeserializeAsync_MalformedText_ThrowsJsonExceptionWithLine(string name, string json, string path, long line)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var ex = await Assert.ThrowsAsync<JsonReadException>(async () => await PeaceModelJson.DeserializeAsync(stream));

        Assert.Equal(line, ex.LineNumber);
        Assert.Equal(path, ex.Path);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Theory]
    [InlineData("nested arrays as the document", "[", "]")]
    [InlineData("nested objects in a property", "{\"title\":", "}")]
    public void Deserialize_DeepNesting_ThrowsJsonExceptionNotStackOverflow(string name, string open, string close)
    {
        const int Depth = 100_000;
        var json = string.Concat(Enumerable.Repeat(open, Depth)) + "1" + string.Concat(Enumerable.Repeat(close, Depth));

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));

        Assert.StartsWith("$", ex.Path, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public void Deserialize_DeepNestingInUnknownProperty_ThrowsJsonExceptionAtTheProperty()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 1_000)) + string.Concat(Enumerable.Repeat("]", 1_000));
        var json = SeedJson.Replace("\"title\":", $"\"extra\": {deep},\n  \"title\":", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));

        Assert.StartsWith("$.extra", ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_InvalidUtf8_ThrowsJsonException()
    {
        var bytes = Encoding.UTF8.GetBytes(SeedJson);
        var at = SeedJson.IndexOf("Vladimir", StringComparison.Ordinal); // ASCII before it, so the byte index is the char index.
        bytes[at] = 0xFF;

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(bytes));

        Assert.StartsWith("$.actors[0].name: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_LoneSurrogateInText_ThrowsJsonException()
    {
        var json = SeedJson.Replace("Vladimir Putin", "Vladimir \uD800Putin", StringComparison.Ordinal);

        Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));
    }

    [Fact]
    public async Task Deserialize_ByteOrderMark_IsSkippedByEveryOverload()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SeedJson)];
        using var stream = new MemoryStream(bytes);

        Assert.Equal(TestData.Seed, PeaceModelJson.Deserialize(bytes));
        Assert.Equal(TestData.Seed, PeaceModelJson.Deserialize("\uFEFF" + SeedJson));
        Assert.Equal(TestData.Seed, await PeaceModelJson.DeserializeAsync(stream));
    }

    [Fact]
    public void Deserialize_RecordOfAnotherKind_ThrowsJsonExceptionNamingTheProperty()
    {
        var actorJson = PeaceModelJson.Serialize(TestData.Seed.Actors[0]);

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize<Statement>(actorJson));

        Assert.Equal("$.name", ex.Path);
        Assert.Contains("unknown property 'name'; known properties: id, speakerId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_UndefinedEnumValue_ThrowsJsonException()
    {
        var actor = TestData.Seed.Actors[0] with { Kind = (ActorKind)99 };

        Assert.Throws<JsonException>(() => PeaceModelJson.Serialize(actor));
    }

    private static string Replace(string from, string to)
    {
        var at = SeedJson.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in the seed JSON.");
        return string.Concat(SeedJson.AsSpan(0, at), to, SeedJson.AsSpan(at + from.Length));
    }
}
