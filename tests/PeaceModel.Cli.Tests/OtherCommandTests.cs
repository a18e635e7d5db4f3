using PeaceModel.Cli.Tests.Support;
using PeaceModel.Tests.Support;
using PeaceModel.Text;

namespace PeaceModel.Cli.Tests;

public class OtherCommandTests
{
    [Fact]
    public async Task Format_MinifiedSeed_PrintsTheCanonicalForm()
    {
        using var folder = new TempFolder();
        var path = folder.File("seed.json", Seeds.Line);

        var run = await CliRun.InProcessAsync(["format", path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Seeds.Json, run.Out);
    }

    [Fact]
    public async Task Format_InPlace_ReplacesTheFileWithTheCanonicalForm()
    {
        using var folder = new TempFolder();
        var path = folder.File("seed.json", Seeds.Line);

        var run = await CliRun.InProcessAsync(["format", path, "--in-place"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Seeds.Json, File.ReadAllText(path));
        Assert.Equal(["seed.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"2.0\",")]
    [InlineData("{\"schemaVersion\": \"2.0\", \"unknown\": 1}")]
    public async Task Format_InPlaceOnInvalidInput_LeavesTheFileByteIdentical(string content)
    {
        using var folder = new TempFolder();
        var path = folder.File("bad.json", content);
        var before = File.ReadAllBytes(path);

        var run = await CliRun.InProcessAsync(["format", path, "--in-place"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}:1: [^ ]+: JSON: ", run.Error);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Schema_PrintsTheCheckedInSchema()
    {
        var run = await CliRun.InProcessAsync(["schema"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(RepositoryFiles.SchemaPath), run.Out);
    }

    [Fact]
    public async Task Summarize_Seed_MatchesApprovedAccount()
    {
        var run = await CliRun.InProcessAsync(["summarize", Seeds.JsonPath]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Approval.Verify(run.Out);
    }

    [Fact]
    public async Task Summarize_AReactionGivenThroughAnotherPartysStatement_IsCreditedToTheReactor()
    {
        using var folder = new TempFolder();
        var seed = PeaceModel.Serialization.PeaceModelJson.Deserialize(Seeds.Json);
        var putinsAddress = seed.Statements.First(s => s.SpeakerId == "putin");
        var trumps = seed.Reactions.First(r => r.ReactorId == "trump");
        var moved = seed with { Reactions = seed.Reactions.Replace(trumps, trumps with { StatementIds = [putinsAddress.Id] }) };
        var path = folder.File("moved.json", PeaceModel.Serialization.PeaceModelJson.Serialize(moved));

        var run = await CliRun.InProcessAsync(["summarize", path]);

        Assert.Equal(0, run.ExitCode);
        var flat = System.Text.RegularExpressions.Regex.Replace(run.Out, @"\s+", " "); // the account wraps its lines
        Assert.Contains("-> Donald Trump (United States) welcomes the proposal of direct negotiations by Vladimir Putin (Russia): Called the developments", flat, StringComparison.Ordinal);
        Assert.DoesNotContain(" -> welcomes the proposal of direct negotiations by Vladimir Putin (Russia): Called the developments", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_InvalidEvent_ListsTheProblemsInsteadOfAnAccount()
    {
        using var folder = new TempFolder();
        var path = folder.File("broken.json", Seeds.Broken);

        var run = await CliRun.InProcessAsync(["summarize", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("statements[0].speakerId: PM0009", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_DocumentsOfDifferentThreads_SaysSo_InsteadOfMergingThem()
    {
        var episodes = Path.Combine(RepositoryFiles.Root, "episodes");

        var run = await CliRun.InProcessAsync(["summarize", Path.Combine(episodes, "council-veto-2026-10-21.json"), Path.Combine(episodes, "ten-point-plan-2026-12-03.json")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("these belong to 2: council-veto-2026-10-21 (no thread), ten-point-plan-2026-12-03 (no thread)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_SameSeed_SameEvents_AllValid()
    {
        using var folder = new TempFolder();
        var first = Path.Combine(folder.Path, "a.jsonl");
        var second = Path.Combine(folder.Path, "b.jsonl");

        Assert.Equal(0, (await CliRun.InProcessAsync(["generate", "--count", "200", "--seed", "42", "--output", first])).ExitCode);
        Assert.Equal(0, (await CliRun.InProcessAsync(["generate", "--count", "200", "--seed", "42", "--output", second])).ExitCode);
        var other = await CliRun.InProcessAsync(["generate", "--count", "3", "--seed", "43"]);
        var validation = await CliRun.InProcessAsync(["validate", first]);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.NotEqual(File.ReadLines(first).First(), other.Out.Split('\n')[0]);
        Assert.Equal(0, validation.ExitCode);
        Assert.StartsWith("200 events in 1 input: 200 valid", validation.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_And_Version_ExitZero()
    {
        var help = await CliRun.InProcessAsync(["--help"]);
        var validateHelp = await CliRun.InProcessAsync(["validate", "--help"]);
        var version = await CliRun.InProcessAsync(["--version"]);

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("validate", help.Out, StringComparison.Ordinal);
        Assert.Contains("summarize", help.Out, StringComparison.Ordinal);
        Assert.Equal(0, validateHelp.ExitCode);
        Assert.Contains("--source", validateHelp.Out, StringComparison.Ordinal);
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out);
    }

    [Theory]
    [InlineData("mermaid", "flowchart LR\n")]
    [InlineData("dot", "digraph episode {\n")]
    public async Task Graph_Seed_PrintsTheGraphOfTheAnalysis(string format, string start)
    {
        var run = await CliRun.InProcessAsync(["graph", Seeds.JsonPath, "--format", format]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(start, run.Out, StringComparison.Ordinal);
        var graph = PeaceModel.Analysis.EpisodeGraph.Build(PeaceModel.Serialization.PeaceModelJson.Deserialize(Seeds.Json));
        Assert.Equal(format == "dot" ? GraphText.ToDot(graph) : GraphText.ToMermaid(graph), run.Out);
    }
}
