using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Serialization;

/// <summary>A document may name its JSON Schema with "$schema", for editors; it is kept and written first.</summary>
public class SchemaPropertyTests
{
    private const string Reference = "../schema/peacemodel.schema.json";

    [Fact]
    public void Deserialize_SchemaAnywhereInTheDocument_IsKept_AndWrittenFirst()
    {
        var json = RepositoryFiles.ReadSeedJson();
        var last = json[..json.LastIndexOf('}')].TrimEnd() + $",\n  \"$schema\": \"{Reference}\"\n}}";

        var read = PeaceModelJson.Deserialize(last);

        Assert.Equal(Reference, read.Schema);
        var written = PeaceModelJson.Serialize(read);
        Assert.StartsWith($"{{\n  \"$schema\": \"{Reference}\",\n  \"schemaVersion\": \"2.1\",", written, StringComparison.Ordinal);
        Assert.Equal(read, PeaceModelJson.Deserialize(written));
        Assert.True(TestData.Validator.Validate(read).IsValid);
    }

    [Fact]
    public void Deserialize_SchemaThatIsNotAString_IsRefusedWithItsPath()
    {
        var json = RepositoryFiles.ReadSeedJson().Replace("\"schemaVersion\"", "\"$schema\": 5,\n  \"schemaVersion\"", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));

        Assert.Equal((ReadErrorReason.WrongType, "$.$schema"), (ex.Error.Reason, ex.Error.Path));
    }

    [Fact]
    public void Deserialize_AnyOtherDollarProperty_IsStillUnknown()
    {
        var json = RepositoryFiles.ReadSeedJson().Replace("\"schemaVersion\"", "\"$id\": \"x\",\n  \"schemaVersion\"", StringComparison.Ordinal);

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => PeaceModelJson.Deserialize(json));
    }
}
