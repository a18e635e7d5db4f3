using PeaceModel.Cli.Tests.Support;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Cli.Tests;

/// <summary>Every command that reads events takes the same inputs the same way: files, folders, <c>-</c>, JSON Lines; and refuses the same things for the same reason.</summary>
public class EventInputsTests
{
    private static readonly string Ceasefire = Path.Combine(RepositoryFiles.Root, "episodes", "port-amrel-ceasefire-2026-04-14.json");
    private static readonly string Breach = Path.Combine(RepositoryFiles.Root, "episodes", "port-amrel-breach-claims-2026-04-20.json");

    public static TheoryData<string> ReadingCommands => ["validate", "summarize", "graph"];

    public static TheoryData<string[]> EveryCommandOnAnEmptyFile => new()
    {
        new[] { "validate", "{0}" },
        new[] { "summarize", "{0}" },
        new[] { "graph", "{0}" },
        new[] { "format", "{0}" },
        new[] { "format", "{0}", "--in-place" },
        new[] { "draft", "{0}" },
        new[] { "draft", Seeds.TextPath, "--actors", "{0}" },
        new[] { "quote", "{0}", "passage" },
        new[] { "validate", Seeds.JsonPath, "--source", "{0}" },
    };

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public async Task Command_AFolderHoldingTheSeed_ReadsItAsTheFile(string command)
    {
        using var folder = new TempFolder();
        folder.File("seed.json", Seeds.Json);

        var fromFolder = await CliRun.InProcessAsync([command, folder.Path]);
        var fromFile = await CliRun.InProcessAsync([command, Path.Combine(folder.Path, "seed.json")]);

        Assert.Equal(0, fromFolder.ExitCode);
        Assert.Equal(fromFile, fromFolder);
    }

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    [InlineData("format")]
    public async Task Command_StandardInput_ReadsTheEventAsTheFile(string command)
    {
        var fromStdin = await CliRun.InProcessAsync([command, "-"], Seeds.Json);
        var fromFile = await CliRun.InProcessAsync([command, Seeds.JsonPath]);

        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(fromFile.Out.Replace(Seeds.JsonPath, "-", StringComparison.Ordinal), fromStdin.Out);
        Assert.DoesNotContain("no such file", fromStdin.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public async Task Command_JsonLines_FromAFileOrStandardInput_ReadsTheEvent(string command)
    {
        using var folder = new TempFolder();
        var path = folder.File("seed.jsonl", PeaceModelJson.SerializeLine(PeaceModelJson.Deserialize(Seeds.Json)));

        var fromFile = await CliRun.InProcessAsync([command, path]);
        var fromStdin = await CliRun.InProcessAsync([command, "-", "--stdin-format", "jsonl"], File.ReadAllText(path));

        Assert.Equal((0, 0), (fromFile.ExitCode, fromStdin.ExitCode));
        Assert.Equal(fromFile.Out.Replace(path, "-", StringComparison.Ordinal), fromStdin.Out);
    }

    [Fact]
    public async Task Format_JsonLines_WritesOneCanonicalLinePerEvent()
    {
        using var folder = new TempFolder();
        var seed = PeaceModelJson.Deserialize(Seeds.Json);
        var canonical = PeaceModelJson.SerializeLine(seed) + PeaceModelJson.SerializeLine(seed with { Id = "second" });
        var path = folder.File("events.jsonl", canonical.Replace("\",\"", "\" , \"", StringComparison.Ordinal));

        var printed = await CliRun.InProcessAsync(["format", path]);
        var replaced = await CliRun.InProcessAsync(["format", path, "--in-place"]);

        Assert.Equal((0, canonical), (printed.ExitCode, printed.Out));
        Assert.Equal((0, canonical), (replaced.ExitCode, File.ReadAllText(path)));
    }

    [Fact]
    public async Task Summarize_AFolderOfTheDocumentsOfAThread_IsTheThreadOfItsFiles()
    {
        using var folder = new TempFolder();
        folder.File("a.json", File.ReadAllText(Ceasefire));
        folder.File("b.json", File.ReadAllText(Breach));

        var fromFolder = await CliRun.InProcessAsync(["summarize", folder.Path]);
        var fromFiles = await CliRun.InProcessAsync(["summarize", Ceasefire, Breach]);

        Assert.Equal(0, fromFolder.ExitCode);
        Assert.Equal(fromFiles.Out, fromFolder.Out);
    }

    [Fact]
    public async Task Graph_AnInputOfSeveralEvents_IsRefusedWithTheReason()
    {
        using var folder = new TempFolder();
        folder.File("a.json", File.ReadAllText(Ceasefire));
        folder.File("b.json", File.ReadAllText(Breach));

        var run = await CliRun.InProcessAsync(["graph", folder.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal($"{folder.Path}: IO: the input holds 2 events; graph draws one (summarize reads several as one thread).\n", run.Error);
    }

    [Theory]
    [InlineData("format")]
    [InlineData("quote", "passage")]
    [InlineData("draft")]
    public async Task Command_ADirectoryWhereAFileIsNeeded_IsRefusedAsADirectory(string command, string? more = null)
    {
        using var folder = new TempFolder();
        folder.File("seed.json", Seeds.Json);

        var run = await CliRun.InProcessAsync(more is null ? [command, folder.Path] : [command, folder.Path, more]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{folder.Path}: IO: is a directory", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryCommandOnAnEmptyFile))]
    public async Task Command_AnEmptyFile_ExitsTwo_SayingItIsEmpty(string[] template)
    {
        using var folder = new TempFolder();
        var empty = folder.File("empty.json", " \n");

        var run = await CliRun.InProcessAsync([.. template.Select(a => a.Replace("{0}", empty, StringComparison.Ordinal))]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{empty}: the file is empty", (run.Out + run.Error).Replace(": IO: ", ": ", StringComparison.Ordinal).Replace("--source: ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(" \n", File.ReadAllText(empty));
    }

    [Fact]
    public async Task Summarize_AnEmptyStandardInput_ExitsTwo()
    {
        var run = await CliRun.InProcessAsync(["summarize", "-"], string.Empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("-: IO: the file is empty: it holds no event\n", run.Error);
    }
}
