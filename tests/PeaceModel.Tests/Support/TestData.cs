using PeaceModel.Tests.Seed;
using PeaceModel.Validation;

namespace PeaceModel.Tests.Support;

/// <summary>The seed and a validator, built once for all tests (both are immutable and thread-safe).</summary>
internal static class TestData
{
    public static string SeedText { get; } = RepositoryFiles.ReadSeedText();

    public static DiplomaticEvent Seed { get; } = SeedModel.Build(SeedText);

    public static IReadOnlyDictionary<string, string> SourceTexts { get; } =
        new Dictionary<string, string> { [SeedModel.SourceId] = SeedText };

    public static DiplomaticEventValidator Validator { get; } = new();

    /// <summary>The checked-in JSON Schema, loaded once: JsonSchema.Net registers a schema by its $id and refuses a second registration.</summary>
    public static Json.Schema.JsonSchema Schema { get; } = Json.Schema.JsonSchema.FromText(File.ReadAllText(RepositoryFiles.SchemaPath));
}
