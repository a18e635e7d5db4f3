using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Serialization;

public class JsonSchemaTests
{
    [Fact]
    public void GetJsonSchema_EqualsCheckedInSchema()
    {
        Approval.VerifyFile(PeaceModelJson.GetJsonSchema(), RepositoryFiles.SchemaPath);
    }

    [Fact]
    public void GetJsonSchema_IsDraft2020_12()
    {
        Assert.Contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", PeaceModelJson.GetJsonSchema(), StringComparison.Ordinal);
    }
}
