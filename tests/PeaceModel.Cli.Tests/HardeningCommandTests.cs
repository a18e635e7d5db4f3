using PeaceModel.Cli.Tests.Support;

namespace PeaceModel.Cli.Tests;

/// <summary>What a first-time user of the tool ran into; each test failed before its fix.</summary>
public class HardeningCommandTests
{
    private static readonly string Dangling = Seeds.Json.Replace("\"targetId\": \"istanbul-direct-talks\"", "\"targetId\": \"ghost\"", StringComparison.Ordinal);

    [Fact]
    public async Task Help_NamesTheToolAndEveryCommand()
    {
        var run = await ToolProcess.RunAsync(["--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("peacemodel [command] [options]", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("PeaceModel.Cli", run.Out, StringComparison.Ordinal);
        var description = run.Out.Split('\n').First(l => l.Contains("Commands:", StringComparison.Ordinal));
        foreach (var command in PeaceModelCli.Build(new CliEnvironment { OpenStandardInput = () => Stream.Null, Out = TextWriter.Null, Error = TextWriter.Null }).Subcommands.Select(c => c.Name))
        {
            Assert.Contains(command, description, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("graph")]
    [InlineData("summarize")]
    public async Task DanglingReference_IsReportedWithExitOne_NothingDrawnOrSummarized(string command)
    {
        using var folder = new TempFolder();
        var path = folder.File("dangling.json", Dangling);

        var run = await CliRun.InProcessAsync([command, path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(path)}:\d+: reactions\[\d\]\.targetId: PM0009: 'ghost' names no", run.Error);
    }

    [Fact]
    public async Task Format_FormatsAnInvalidEvent_UnlessAskedToValidate()
    {
        using var folder = new TempFolder();
        var path = folder.File("dangling.json", Dangling.Replace("\n", string.Empty, StringComparison.Ordinal));
        var before = File.ReadAllText(path);

        var validated = await CliRun.InProcessAsync(["format", path, "--in-place", "--validate"]);
        var untouched = File.ReadAllText(path);
        var formatted = await CliRun.InProcessAsync(["format", path, "--in-place"]);

        Assert.Equal(1, validated.ExitCode);
        Assert.Contains("PM0009", validated.Error, StringComparison.Ordinal);
        Assert.Equal(before, untouched);
        Assert.Equal(0, formatted.ExitCode);
        Assert.NotEqual(before, File.ReadAllText(path));
    }

    [Fact]
    public async Task Validate_Directory_SaysWhichSubfoldersItSkipped_AndRecursesWhenAsked()
    {
        using var folder = new TempFolder();
        folder.File("top.json", Seeds.Json);
        Directory.CreateDirectory(Path.Combine(folder.Path, "more"));
        File.WriteAllText(Path.Combine(folder.Path, "more", "broken.json"), Seeds.Broken);

        var flat = await CliRun.InProcessAsync(["validate", folder.Path]);
        var deep = await CliRun.InProcessAsync(["validate", folder.Path, "--recursive"]);

        Assert.Equal(0, flat.ExitCode);
        Assert.Contains("1 subfolder not searched; add --recursive", flat.Error, StringComparison.Ordinal);
        Assert.Equal(1, deep.ExitCode);
        Assert.Contains("broken.json", deep.Out, StringComparison.Ordinal);
        Assert.Contains("2 events in 1 input: 1 valid, 1 invalid", deep.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandardInput_HoldingJsonLines_HintsAtTheOption()
    {
        var run = await CliRun.InProcessAsync(["validate", "-"], Seeds.Line + "\n" + Seeds.Line + "\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("add --stdin-format jsonl", run.Out, StringComparison.Ordinal);
    }
}
