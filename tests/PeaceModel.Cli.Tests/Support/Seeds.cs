using PeaceModel.Tests.Support;

namespace PeaceModel.Cli.Tests.Support;

/// <summary>The seed files, and damaged copies of the seed JSON.</summary>
internal static class Seeds
{
    public static string Json { get; } = RepositoryFiles.ReadSeedJson();

    public static string JsonPath => RepositoryFiles.SeedJsonPath;

    public static string TextPath => RepositoryFiles.SeedTextPath;

    /// <summary>The seed as one line of JSON Lines.</summary>
    public static string Line { get; } = PeaceModel.Serialization.PeaceModelJson.Serialize(PeaceModel.Serialization.PeaceModelJson.Deserialize(Json))
        .Replace("\n", string.Empty, StringComparison.Ordinal);

    /// <summary>The seed with a misspelt speaker, a country of two letters and a quotation moved by one character.</summary>
    public static string Broken { get; } = Json
        .Replace("\"speakerId\": \"putin\"", "\"speakerId\": \"putn\"", StringComparison.Ordinal)
        .Replace("\"country\": \"USA\"", "\"country\": \"US\"", StringComparison.Ordinal)
        .Replace("\"start\": 1402", "\"start\": 1403", StringComparison.Ordinal);

    public static int LineOf(string json, string text) =>
        json[..json.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
