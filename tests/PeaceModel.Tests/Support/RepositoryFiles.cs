namespace PeaceModel.Tests.Support;

/// <summary>Finds files of the repository from wherever the tests run.</summary>
internal static class RepositoryFiles
{
    public const string SeedName = "000_f59af2df9e05eeb5";

    public static string Root { get; } = FindRoot();

    public static string SeedTextPath => Path.Combine(Root, "seeds", SeedName + ".txt");

    public static string SeedJsonPath => Path.Combine(Root, "seeds", SeedName + ".json");

    public static string SchemaPath => Path.Combine(Root, "schema", "peacemodel.schema.json");

    public static string ReadSeedText() => File.ReadAllText(SeedTextPath);

    /// <summary>The path of a modeled report in <c>episodes/</c>: its text (<c>.txt</c>) or its model (<c>.json</c>).</summary>
    public static string EpisodePath(string name, string extension) => Path.Combine(Root, "episodes", name + extension);

    public static string ReadSeedJson() => File.ReadAllText(SeedJsonPath);

    /// <summary>Every example document of the current format in the repository: the seed's model and the modeled reports of <c>episodes/</c>.</summary>
    public static IReadOnlyList<string> ExampleDocumentPaths { get; } =
        [SeedJsonPath, .. Directory.GetFiles(Path.Combine(Root, "episodes"), "*.json").Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PeaceModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PeaceModel.sln not found above " + AppContext.BaseDirectory);
    }
}
