using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Samples;

public class ReadmeTests
{
    [Fact]
    public void Readme_QuickStart_IsTheCompiledQuickStart()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var sample = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "PeaceModel.Tests", "Samples", "QuickStart.cs"));
        Assert.Contains(Region(sample, "QuickStart", 8), readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_IncomingJsonSample_IsTheCompiledSample()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var sample = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "PeaceModel.Tests", "Samples", "IncomingJson.cs"));

        Assert.Contains(Region(sample, "Accept", 0), readme, StringComparison.Ordinal); // inside the README's class, at the same indentation
    }

    [Fact]
    public void Readme_ShowsTheApprovedStatusTableOfTheSeed()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var table = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "PeaceModel.Tests", "Analysis", "SeedAnalysisTests.StatusTable_MatchesApproved.approved.md"));

        Assert.Contains(table.TrimStart('\uFEFF'), readme, StringComparison.Ordinal);
        Assert.Contains("](docs/seed-graph.png)", readme, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryFiles.Root, "docs", "seed-graph.png")));
    }

    [Fact]
    public void Changelog_TopEntry_IsTheBuildVersion()
    {
        var props = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "Directory.Build.props"));
        var changelog = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "CHANGELOG.md"));
        var version = System.Text.RegularExpressions.Regex.Match(props, "<Version>(.*)</Version>").Groups[1].Value;
        var top = System.Text.RegularExpressions.Regex.Match(changelog, @"^## \[(.*?)\]", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;

        Assert.Equal(version, top);
        Assert.Equal(version, typeof(DiplomaticEvent).Assembly.GetName().Version!.ToString(3));
    }

    [Fact]
    public void Readme_NamesTheCommandsCiRuns()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var ci = File.ReadAllText(Path.Combine(RepositoryFiles.Root, ".ci", "run"));

        Assert.Contains("dotnet test PeaceModel.sln -c Release", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test PeaceModel.sln -c Release", ci, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/PeaceModel.Cli -- summarize seeds/000_f59af2df9e05eeb5.json", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_SetUpCommands_ComeRightAfterTheIntroduction_AndNoPlaceholderIsLeft()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var headings = readme.Split('\n').Where(line => line.StartsWith("## ", StringComparison.Ordinal)).ToList();

        Assert.Equal("## Set-up commands", headings[0]);
        Assert.DoesNotMatch(@"<[^<>\n]*(URL|url|path|name)>", readme);
        Assert.Contains("npm ci", readme[..readme.IndexOf(headings[1], StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("apt-get install postgresql", readme[..readme.IndexOf(headings[1], StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>The lines between <c>#region name</c> and <c>#endregion</c>, without the indentation of the region.</summary>
    private static string Region(string source, string name, int indent)
    {
        var body = source.Split($"#region {name}\n")[1].Split("#endregion")[0];
        var margin = new string(' ', indent);
        return string.Join('\n', body.Split('\n').Select(line => line.StartsWith(margin, StringComparison.Ordinal) ? line[indent..] : line)).TrimEnd();
    }
}
