using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Samples;

public class FindingRecordsTests
{
    [Fact]
    public void Sample_PrintsTheReactionsToTheProposalAndWhatNamesPutin()
    {
        var output = new StringWriter();

        FindingRecords.Run(TestData.Seed, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var reactions = TestData.Seed.Reactions.Where(r => r.TargetId == "istanbul-direct-talks").Select(r => $"{r.ReactorId}: {r.Stance}");
        Assert.Equal(reactions, lines.Take(reactions.Count()));
        Assert.Contains("proposals[0].proposerId", lines);
        Assert.Contains("statements[0].speakerId", lines);
    }

    [Fact]
    public void Readme_FindingRecords_IsTheCompiledSample()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var sample = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "PeaceModel.Tests", "Samples", "FindingRecords.cs"));
        var region = sample.Split("#region Find\n")[1].Split("#endregion")[0];
        var code = string.Join('\n', region.Split('\n').Select(line => line.Length > 8 ? line[8..] : string.Empty)).Trim();

        Assert.Contains(code, readme, StringComparison.Ordinal);
    }
}
