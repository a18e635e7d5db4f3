using System.Text.Json;
using PeaceModel.Cli.Tests.Support;
using PeaceModel.Tests.Support;

namespace PeaceModel.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public async Task Validate_Seed_ExitsZeroAndReportsNoProblem()
    {
        var run = await CliRun.InProcessAsync(["validate", Seeds.JsonPath, "--source", Seeds.TextPath]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal("1 event in 1 input: 1 valid, 0 invalid, 0 inputs unreadable.\n", run.Error);
    }

    private static int SeedQuotations => PeaceModel.Serialization.PeaceModelJson.Deserialize(Seeds.Json).Statements.Sum(s => s.Quotations.Count);

    [Fact]
    public async Task Validate_SeedWithoutItsText_IsValid_AndSaysItsQuotationsWereNotChecked()
    {
        var run = await CliRun.InProcessAsync(["validate", Seeds.JsonPath]);

        Assert.Equal(0, run.ExitCode);
        Assert.True(SeedQuotations > 0);
        Assert.Equal($"{Seeds.JsonPath}: SOURCE (notice): no source text was given (--source ID=PATH, --source PATH or --sources DIR), so {SeedQuotations} quotations in 1 event were not checked against their sources (source 'report-2025-05-11').\n", run.Out);
        Assert.Equal("1 event in 1 input: 1 valid, 0 invalid, 0 inputs unreadable.\n", run.Error);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwo()
    {
        var run = await CliRun.InProcessAsync(["validate", "no-such-file.json"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("no-such-file.json: IO: no such file or directory\n", run.Out);
    }

    [Fact]
    public async Task Validate_Directory_ValidatesItsEventFiles()
    {
        using var folder = new TempFolder();
        folder.File("a.json", Seeds.Json);
        folder.File("b.jsonl", Seeds.Line + "\n" + Seeds.Line + "\n");
        folder.File("notes.txt", "not an event");

        var run = await CliRun.InProcessAsync(["validate", folder.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("3 events in 1 input: 3 valid", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_DirectoryWithoutEvents_ExitsTwo()
    {
        using var folder = new TempFolder();
        folder.File("notes.txt", "not an event");

        var run = await CliRun.InProcessAsync(["validate", folder.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("IO: the directory holds no .json or .jsonl files", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.json", "")]
    [InlineData("blank.json", " \n ")]
    [InlineData("empty.jsonl", "")]
    public async Task Validate_EmptyFile_ExitsTwo(string name, string content)
    {
        using var folder = new TempFolder();
        var path = folder.File(name, content);

        var run = await CliRun.InProcessAsync(["validate", path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{path}: IO: the file is empty: it holds no event\n", run.Out);
    }

    [Fact]
    public async Task Validate_BinaryGarbage_ExitsTwoAsNotUtf8()
    {
        using var folder = new TempFolder();
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        var path = folder.File("garbage.json", garbage);

        var run = await CliRun.InProcessAsync(["validate", path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{path}: IO: the file is not UTF-8 text\n", run.Out);
    }

    [Fact]
    public async Task Validate_TruncatedJson_ExitsOneWithLineAndPath()
    {
        using var folder = new TempFolder();
        var cut = Seeds.Json.IndexOf("\"quotations\"", StringComparison.Ordinal);
        var path = folder.File("truncated.json", Seeds.Json[..cut]);

        var run = await CliRun.InProcessAsync(["validate", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{path}:{Seeds.Json[..cut].Count(c => c == '\n') + 1}: statements[0]: JSON: ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_JsonLinesWithBadLinesInTheMiddle_ReportsThemAndValidatesTheRest()
    {
        using var folder = new TempFolder();
        var badJson = Seeds.Line.Replace("\"kind\": \"person\"", "\"kind\": \"persn\"", StringComparison.Ordinal);
        var at = Seeds.Line.IndexOf("\"speakerId\": \"putin\"", StringComparison.Ordinal);
        var invalid = Seeds.Line[..at] + "\"speakerId\": \"putn\"" + Seeds.Line[(at + "\"speakerId\": \"putin\"".Length)..];
        var path = folder.File("events.jsonl", string.Join('\n', Seeds.Line, badJson, Seeds.Line, invalid, Seeds.Line) + "\n");

        var run = await CliRun.InProcessAsync(["validate", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"{path}:2: actors[0].kind: JSON: \"persn\" is not allowed here; expected one of \"person\", \"state\", \"government\", \"internationalOrganization\", \"group\", \"media\".\n"
            + $"{path}:4: statements[0].speakerId: PM0009: 'putn' names no actor; known: putin, zelensky, trump, european-leaders, russia, ukraine, united-states.\n"
            + $"{path}: SOURCE (notice): no source text was given (--source ID=PATH, --source PATH or --sources DIR), so {4 * SeedQuotations} quotations in 4 events were not checked against their sources (source 'report-2025-05-11').\n",
            run.Out);
        Assert.StartsWith("5 events in 1 input: 3 valid, 2 invalid", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ManyJsonLinesWithBadOnes_ReportsEveryProblemInLineOrder()
    {
        // More lines than are checked at once, with an invalid event, a line that is not UTF-8 and a JSON fault
        // spread among them: the report must follow the lines, whichever core finishes first.
        using var folder = new TempFolder();
        var at = Seeds.Line.IndexOf("\"speakerId\": \"putin\"", StringComparison.Ordinal);
        var invalid = Seeds.Line[..at] + "\"speakerId\": \"putn\"" + Seeds.Line[(at + "\"speakerId\": \"putin\"".Length)..];
        var badJson = Seeds.Line.Replace("\"kind\": \"person\"", "\"kind\": \"persn\"", StringComparison.Ordinal);
        var content = new MemoryStream();
        var expected = new System.Text.StringBuilder();
        var path = Path.Combine(folder.Path, "events.jsonl");
        for (var line = 1; line <= 300; line++)
        {
            if (line % 97 == 0)
            {
                content.Write([0xFF, 0xFE, (byte)'{', (byte)'\n']);
                expected.Append($"{path}:{line}: IO: the line is not UTF-8 text.\n"); // a line problem without a path: no empty path segment
                continue;
            }

            var text = line % 41 == 0 ? invalid : line % 53 == 0 ? badJson : Seeds.Line;
            content.Write(System.Text.Encoding.UTF8.GetBytes(text + "\n"));
            if (line % 41 == 0)
            {
                expected.Append($"{path}:{line}: statements[0].speakerId: PM0009: 'putn' names no actor; known: putin, zelensky, trump, european-leaders, russia, ukraine, united-states.\n");
            }
            else if (line % 53 == 0)
            {
                expected.Append($"{path}:{line}: actors[0].kind: JSON: \"persn\" is not allowed here; expected one of \"person\", \"state\", \"government\", \"internationalOrganization\", \"group\", \"media\".\n");
            }
        }

        folder.File("events.jsonl", content.ToArray());

        var run = await CliRun.InProcessAsync(["validate", path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected.ToString(), run.Out[..expected.Length]);
        Assert.StartsWith("297 events in 1 input: 285 valid, 12 invalid", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_JsonLinesWithCrLfAndBlankLines_ReadsEveryEvent()
    {
        using var folder = new TempFolder();
        var path = folder.File("events.jsonl", "\uFEFF" + Seeds.Line + "\r\n\r\n" + Seeds.Line);

        var run = await CliRun.InProcessAsync(["validate", path]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("2 events", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_StandardInput_ReadsOneEvent()
    {
        var run = await CliRun.InProcessAsync(["validate", "-"], Seeds.Json);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("1 event in 1 input: 1 valid", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_StandardInputAsJsonLines_ReadsEveryLine()
    {
        var run = await CliRun.InProcessAsync(["validate", "-", "--stdin-format", "jsonl"], Seeds.Line + "\n{\n");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("-:2: $: JSON: ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BrokenSeed_ReportsEachProblemOnItsLine()
    {
        using var folder = new TempFolder();
        var path = folder.File("broken.json", Seeds.Broken);

        var run = await CliRun.InProcessAsync(["validate", path, "--source", Seeds.TextPath]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}:{Seeds.LineOf(Seeds.Broken, "\"speakerId\": \"putn\"")}: statements[0].speakerId: PM0009: ", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{path}:{Seeds.LineOf(Seeds.Broken, "\"country\": \"US\"")}: actors[2].country: PM0005: ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BrokenSeed_TextReportMatchesApproved()
    {
        using var folder = new TempFolder();
        var path = folder.File("broken.json", Seeds.Broken);

        var run = await CliRun.InProcessAsync(["validate", path, "--source", Seeds.TextPath]);

        Approval.Verify(run.Out.Replace(folder.Path, "<dir>", StringComparison.Ordinal) + "--- stderr ---\n" + run.Error);
    }

    [Fact]
    public async Task Validate_BrokenSeed_JsonReportMatchesApprovedAndParses()
    {
        using var folder = new TempFolder();
        var path = folder.File("broken.json", Seeds.Broken);

        var run = await CliRun.InProcessAsync(["validate", path, "--source", Seeds.TextPath, "--format", "json"]);

        using var report = JsonDocument.Parse(run.Out);
        Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
        Assert.Equal(string.Empty, run.Error);
        Approval.Verify(run.Out.Replace(folder.Path, "<dir>", StringComparison.Ordinal), "json");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate x.json --format xml")]
    [InlineData("validate x.json --no-such-option")]
    [InlineData("no-such-command")]
    public async Task UsageError_ExitsTwoWithAHint(string commandLine)
    {
        var run = await CliRun.InProcessAsync(commandLine.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'peacemodel --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingSourceText_ExitsTwo()
    {
        var run = await CliRun.InProcessAsync(["validate", Seeds.JsonPath, "--source", "no-such-source.txt"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }
}
