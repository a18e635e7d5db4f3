using System.Text.Json.Nodes;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Serialization;

/// <summary>The JSON Schema as strict validators and code generators take it: Ajv in strict mode, json-schema-to-typescript with tsc.</summary>
public class SchemaForCodeGeneratorsTests
{
    [SkippableFact]
    public void Ajv_CompilesTheSchemaInStrictMode()
    {
        SchemaJs.RequireInstalled();

        var run = SchemaJs.Run("verdicts.mjs", [RepositoryFiles.SchemaPath], [RepositoryFiles.ReadSeedJson().ReplaceLineEndings(" ")]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("1\n", run.Out);
    }

    /// <summary>The same script refuses a schema that only a lax validator compiles, so strict mode is really on.</summary>
    [SkippableFact]
    public void Ajv_RefusesAPatternWithoutItsType_SoStrictModeIsOn()
    {
        SchemaJs.RequireInstalled();
        var schema = JsonNode.Parse(File.ReadAllText(RepositoryFiles.SchemaPath))!;
        schema["$defs"]!["Place"]!["properties"]!["name"]!.AsObject().Remove("type");
        var path = Path.Combine(Path.GetTempPath(), $"peacemodel-lax-{Guid.NewGuid():N}.schema.json");
        File.WriteAllText(path, schema.ToJsonString());
        try
        {
            var run = SchemaJs.Run("verdicts.mjs", [path]);

            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains("strict mode", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void JsonSchemaToTypeScript_GivesOneClosedInterfacePerDef_AndTscAcceptsEveryExampleAndRefusesWrongValues()
    {
        SchemaJs.RequireInstalled();

        var run = SchemaJs.Run("types.mjs", [RepositoryFiles.SchemaPath, .. RepositoryFiles.ExampleDocumentPaths]);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var defs = JsonNode.Parse(File.ReadAllText(RepositoryFiles.SchemaPath))!["$defs"]!.AsObject().Count;
        Assert.Equal($"{defs + 1} types (PeaceModelDiplomaticEvent and {defs} $defs, each one closed interface); {RepositoryFiles.ExampleDocumentPaths.Count} examples type-check; 4 wrong values refused\n", run.Out);
    }
}
