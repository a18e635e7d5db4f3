using System.Text;
using PeaceModel.Cli.Tests.Support;

namespace PeaceModel.Cli.Tests;

/// <summary>The built tool, run as a process: exit codes, standard output and standard error, and never a stack trace.</summary>
public class ToolProcessTests
{
    [Fact]
    public async Task ValidSeed_ExitsZero()
    {
        var run = await ToolProcess.RunAsync(["validate", Seeds.JsonPath, "--source", Seeds.TextPath]);

        AssertNoCrash(run);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith("1 event in 1 input: 1 valid", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_ExitsTwo()
    {
        var run = await ToolProcess.RunAsync(["validate", "/no/such/file.json"]);

        AssertNoCrash(run);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("/no/such/file.json: IO: no such file or directory\n", run.Out);
    }

    [Fact]
    public async Task Directory_ExitsZero()
    {
        var run = await ToolProcess.RunAsync(["validate", Path.GetDirectoryName(Seeds.JsonPath)!]);

        AssertNoCrash(run);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task EmptyFile_ExitsTwo()
    {
        using var folder = new TempFolder();
        var path = folder.File("empty.json", string.Empty);

        var run = await ToolProcess.RunAsync(["validate", path]);

        AssertNoCrash(run);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("IO: the file is empty", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BinaryGarbage_ExitsTwo()
    {
        using var folder = new TempFolder();
        var garbage = new byte[10_000];
        new Random(11).NextBytes(garbage);
        var path = folder.File("garbage.jsonl", garbage);

        var run = await ToolProcess.RunAsync(["validate", path]);

        AssertNoCrash(run);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("IO: the line is not UTF-8 text", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedJson_ExitsOne()
    {
        using var folder = new TempFolder();
        var path = folder.File("truncated.json", Seeds.Json[..(Seeds.Json.Length / 2)]);

        var run = await ToolProcess.RunAsync(["validate", path]);

        AssertNoCrash(run);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}:\d+: [^:]+: JSON: ", run.Out);
    }

    [Fact]
    public async Task JsonLinesWithABadLineInTheMiddle_ExitsOneAndNamesTheLine()
    {
        using var folder = new TempFolder();
        var path = folder.File("events.jsonl", $"{Seeds.Line}\n{{\"schemaVersion\": 1}}\n{Seeds.Line}\n");

        var run = await ToolProcess.RunAsync(["validate", path, "--format", "json"]);

        AssertNoCrash(run);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"line\": 2,", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"validEvents\": 2,", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandardInput_ExitsZero()
    {
        var run = await ToolProcess.RunAsync(["validate", "-"], Encoding.UTF8.GetBytes(Seeds.Json));

        AssertNoCrash(run);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task FormatInPlaceOnInvalidInput_ExitsOneAndLeavesTheFileByteIdentical()
    {
        using var folder = new TempFolder();
        var path = folder.File("bad.json", Seeds.Json[..^10]);
        var before = File.ReadAllBytes(path);

        var run = await ToolProcess.RunAsync(["format", path, "--in-place"]);

        AssertNoCrash(run);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task UsageError_ExitsTwo()
    {
        var run = await ToolProcess.RunAsync(["validate", "--format", "yaml", Seeds.JsonPath]);

        AssertNoCrash(run);
        Assert.Equal(2, run.ExitCode);
    }

    private static void AssertNoCrash(CliRun run)
    {
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
