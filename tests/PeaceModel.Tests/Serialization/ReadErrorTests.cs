using System.Text;
using System.Text.Json;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Serialization;

/// <summary>Read failures carry their reason as data; the message is composed from it; a defect of the library is not dressed up as bad input.</summary>
public class ReadErrorTests
{
    private static readonly string SeedJson = RepositoryFiles.ReadSeedJson();

    public static TheoryData<string, string, ReadErrorReason, string?> Cases => new()
    {
        { "\"name\": \"Vladimir Putin\"", "\"name\": \"Vladimir Putin\", \"nickname\": \"VVP\"", ReadErrorReason.UnknownProperty, "nickname" },
        { "\"name\": \"Vladimir Putin\"", "\"name\": \"Vladimir Putin\", \"name\": \"Putin\"", ReadErrorReason.DuplicateProperty, "name" },
        { "\"name\": \"Vladimir Putin\",", string.Empty, ReadErrorReason.MissingProperty, null },
        { "\"name\": \"Vladimir Putin\"", "\"name\": null", ReadErrorReason.NullNotAllowed, null },
        { "\"Volodymyr Zelenskiy\",", "null,", ReadErrorReason.NullElement, null },
        { "\"kind\": \"person\"", "\"kind\": \"president\"", ReadErrorReason.UnknownName, null },
        { "\"kind\": \"person\"", "\"kind\": 0", ReadErrorReason.WrongType, null },
        { "\"2025-05-15\"", "\"2025-02-30\"", ReadErrorReason.InvalidValue, null },
        { "\"start\": 585", "\"start\": 585.5", ReadErrorReason.WrongType, null },
        { "\"name\": \"Vladimir Putin\"", "\"name\": \"Vladimir \\ud800Putin\"", ReadErrorReason.InvalidText, null },
        { "\"title\":", "\"title\" ", ReadErrorReason.InvalidJson, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Deserialize_BadInput_CarriesTheReasonAndComposesTheMessageFromIt(string from, string to, ReadErrorReason reason, string? name)
    {
        var at = SeedJson.IndexOf(from, StringComparison.Ordinal);
        var json = string.Concat(SeedJson.AsSpan(0, at), to, SeedJson.AsSpan(at + from.Length));

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));

        Assert.Equal(reason, ex.Error.Reason);
        Assert.Equal(name, ex.Error.Name);
        Assert.Equal(ex.Message, ex.Error.ToString());
        Assert.Equal((ex.Path, ex.LineNumber, ex.BytePositionInLine), (ex.Error.Path, ex.Error.LineNumber, ex.Error.BytePositionInLine));
        Assert.StartsWith(ex.Error.Path + ": " + ex.Error.Description, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TextAfterTheDocument_SaysSo()
    {
        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(SeedJson + "\n{}"));

        Assert.Equal(ReadErrorReason.TrailingContent, ex.Error.Reason);
        Assert.Contains("one value per line", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(", \"sanctions\": []")]
    [InlineData("")]
    public void Deserialize_ANewerMajorVersion_IsRefusedNamingIt_NotForWhatThisVersionDoesNotKnow(string newerContent)
    {
        var json = SeedJson.Replace("\"schemaVersion\": \"2.1\"", "\"schemaVersion\": \"3.1\"" + newerContent, StringComparison.Ordinal);

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));

        Assert.Equal(ReadErrorReason.UnsupportedVersion, ex.Error.Reason);
        Assert.Equal(("$.schemaVersion", "3.1", 1L), (ex.Error.Path, ex.Error.Found, ex.Error.LineNumber));
        Assert.Contains("written in format 3.1, which this version of PeaceModel does not read (it reads 1.x and 2.0 to 2.1, and writes 2.1); read it with a newer PeaceModel.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.2", ", \"sanctions\": []")]
    [InlineData("2.9", "")]
    public void Deserialize_ANewerMinorVersion_IsRefusedNamingIt(string version, string newerContent)
    {
        var json = SeedJson.Replace("\"schemaVersion\": \"2.1\"", $"\"schemaVersion\": \"{version}\"{newerContent}", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));

        Assert.Equal((ReadErrorReason.UnsupportedVersion, version, 1L), (ex.Error.Reason, ex.Error.Found, ex.Error.LineNumber));
        Assert.Contains($"written in format {version}, which this version of PeaceModel does not read", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.foo")]
    [InlineData("1.0.0")]
    [InlineData("01.0")]
    [InlineData("1.0\n")]
    [InlineData("2.01")]
    [InlineData(" 2.0")]
    [InlineData("2.")]
    [InlineData(".1")]
    [InlineData("+2.0")]
    [InlineData("2,0")]
    [InlineData("\u0662.0")]
    [InlineData("99999999999.0")]
    public void Deserialize_AMalformedVersion_IsRefused_NotRewritten(string version)
    {
        var json = SeedJson.Replace("\"schemaVersion\": \"2.1\"", "\"schemaVersion\": " + JsonSerializer.Serialize(version), StringComparison.Ordinal);

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));
        var tried = PeaceModelJson.TryDeserialize(Encoding.UTF8.GetBytes(json), out var read, out var error);

        Assert.Equal((ReadErrorReason.MalformedVersion, "$.schemaVersion", version, 1L), (ex.Error.Reason, ex.Error.Path, ex.Error.Found, ex.Error.LineNumber));
        Assert.Contains("is not a format version; a version is MAJOR.MINOR in digits without leading zeros", ex.Message, StringComparison.Ordinal);
        Assert.False(tried);
        Assert.Null(read);
        Assert.Equal(ex.Error, error);
    }

    [Fact]
    public void Deserialize_AVersionBeforeTheFirst_IsRefusedAsUnsupported_NotAsNewer()
    {
        var json = SeedJson.Replace("\"schemaVersion\": \"2.1\"", "\"schemaVersion\": \"0.9\"", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));

        Assert.Equal((ReadErrorReason.UnsupportedVersion, "0.9"), (ex.Error.Reason, ex.Error.Found));
        Assert.Contains("which no version of PeaceModel reads", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_Format20_ReadsUnchanged_VersionIncluded()
    {
        var format20 = SeedJson.Replace("\"schemaVersion\": \"2.1\"", "\"schemaVersion\": \"2.0\"", StringComparison.Ordinal);

        var read = PeaceModelJson.Deserialize(format20);

        Assert.NotEqual(SeedJson, format20);
        Assert.Equal("2.0", read.SchemaVersion);
        Assert.Equal(format20, PeaceModelJson.Serialize(read));
        Assert.Equal(TestData.Seed with { SchemaVersion = "2.0" }, read);
        Assert.True(TestData.Validator.Validate(read).IsValid);
    }

    [Fact]
    public void Deserialize_ATypeWithoutAContract_IsADefectNotAJsonException()
    {
        var ex = Record.Exception(() => PeaceModelJson.Deserialize<Foreign>("{}"));

        Assert.NotNull(ex);
        Assert.IsNotAssignableFrom<JsonException>(ex);
    }

    private sealed class Foreign : IDiplomaticRecord
    {
        public string Id => "foreign";
    }
}
