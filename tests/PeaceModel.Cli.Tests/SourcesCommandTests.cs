using PeaceModel.Cli.Tests.Support;
using PeaceModel.Tests.Support;

namespace PeaceModel.Cli.Tests;

/// <summary><c>validate --source ID=PATH</c>, <c>--source PATH</c>, <c>--sources DIR</c>, and <c>quote</c>.</summary>
public class SourcesCommandTests
{
    private static readonly string Episodes = Path.Combine(RepositoryFiles.Root, "episodes");

    private static readonly int EpisodeCount = Directory.GetFiles(Episodes, "*.json").Length;

    [Fact]
    public async Task Validate_AFolderOfEvents_WithTheirTextsByShaInAFolder_ChecksEveryQuotation_WithoutFalseErrors()
    {
        var run = await CliRun.InProcessAsync(["validate", Episodes, RepositoryFiles.SeedJsonPath, "--sources", Episodes, "--sources", Path.GetDirectoryName(RepositoryFiles.SeedJsonPath)!]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{EpisodeCount + 1} events in 2 inputs: {EpisodeCount + 1} valid", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_OneTextForAFolderOfEvents_ChecksTheEventItBelongsTo_AndReportsTheOthersOnceAsUnchecked()
    {
        // One text given for events modeled from different reports used to be applied to all of them: dozens of false errors.
        var run = await CliRun.InProcessAsync(["validate", Episodes, "--source", RepositoryFiles.SeedTextPath]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("PM0015", run.Out, StringComparison.Ordinal);
        Assert.Equal(EpisodeCount, run.Out.Split('\n').Count(line => line.Contains(": SOURCE (notice): ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Validate_ASourceNothingQuotes_IsNotReportedAsUnchecked_AQuotedOneIsWithItsCount()
    {
        using var folder = new TempFolder();
        var json = Seeds.Json.Replace("\"sources\": [", "\"sources\": [\n    { \"id\": \"background-note\", \"publishedOn\": \"2025-05-10\" },", StringComparison.Ordinal);
        var path = folder.File("two-sources.json", json);
        var quotations = PeaceModel.Serialization.PeaceModelJson.Deserialize(json).Statements.Sum(s => s.Quotations.Count);

        var withText = await CliRun.InProcessAsync(["validate", path, "--source", $"report-2025-05-11={RepositoryFiles.SeedTextPath}"]);
        var withOtherText = await CliRun.InProcessAsync(["validate", path, "--source", $"background-note={RepositoryFiles.SeedTextPath}"]);

        Assert.Equal((0, string.Empty), (withText.ExitCode, withText.Out));
        Assert.Equal(0, withOtherText.ExitCode);
        Assert.Equal($"{path}: sources[1]: SOURCE (notice): no text was given for source 'report-2025-05-11' (by --source report-2025-05-11=PATH, or a file with its SHA-256 in --sources), so its {quotations} quotations were not checked.\n", withOtherText.Out);
    }

    [Fact]
    public async Task Validate_ATextGivenById_IsCheckedAgainstThatSource()
    {
        var run = await CliRun.InProcessAsync(["validate", RepositoryFiles.SeedJsonPath, "--source", $"report-2025-05-11={Path.Combine(Episodes, "halvard-declaration-2026-09-12.txt")}"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("sources[0].sha256: PM0019", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TheSameSourceIdTwice_IsAUsageError()
    {
        var run = await CliRun.InProcessAsync(["validate", RepositoryFiles.SeedJsonPath, "--source", $"a={RepositoryFiles.SeedTextPath}", "--source", $"a={RepositoryFiles.SeedTextPath}"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the source id 'a' is given twice", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_AnEventWhoseSourcesShareAnId_IsReportedNotACrash()
    {
        using var folder = new TempFolder();
        var json = Seeds.Json.Replace("\"sources\": [", "\"sources\": [\n    { \"id\": \"report-2025-05-11\", \"publishedOn\": \"2025-05-11\" },", StringComparison.Ordinal);
        var path = folder.File("twice.json", json);

        var run = await CliRun.InProcessAsync(["validate", path, "--source", RepositoryFiles.SeedTextPath]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PM0004", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quote_PrintsTheQuotation_AndRefusesAnAmbiguousPassage()
    {
        var text = Path.Combine(Episodes, "port-amrel-ceasefire-2026-04-14.txt");

        var found = await CliRun.InProcessAsync(["quote", text, "a floor, not a ceiling"]);
        var ambiguous = await CliRun.InProcessAsync(["quote", text, "Rask"]);

        Assert.Equal((0, "{\n  \"text\": \"a floor, not a ceiling\",\n  \"start\": 1148,\n  \"length\": 22\n}\n"), (found.ExitCode, found.Out.Replace("\r\n", "\n", StringComparison.Ordinal)));
        Assert.Equal(1, ambiguous.ExitCode);
        Assert.Contains("stands 3 times", ambiguous.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_WritesADraftThatValidatesOnlyOnceThePlaceholdersAreFilled()
    {
        using var folder = new TempFolder();
        var report = Path.Combine(Episodes, "halvard-declaration-2026-09-12.txt");

        var run = await CliRun.InProcessAsync(["draft", report]);
        var draft = folder.File("draft.json", run.Out);
        var check = await CliRun.InProcessAsync(["validate", draft, "--sources", Episodes]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4 quoted passages, 4 with a speaker found", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains(": PM0028: a draft placeholder is still here;", check.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("PM0015", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_WithoutDate_TakesTheReportsDateFromItsDateline()
    {
        using var folder = new TempFolder();
        var report = folder.File("report.txt", "Talks resume in Valdora\n\nVALDORA, 25 July 2025 (Wires) - “We are ready,” Foreign Minister Ivo Rask said on Thursday.");

        var run = await CliRun.InProcessAsync(["draft", report]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"publishedOn\": \"2025-07-25\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("report of 2025-07-25 (from the dateline (VALDORA))", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\"name\": \"VALDORA", run.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Draft_WithNoDateAnywhere_AsksForOne()
    {
        using var folder = new TempFolder();
        var report = folder.File("report.txt", "“We are ready,” Foreign Minister Ivo Rask said on Thursday.");

        var run = await CliRun.InProcessAsync(["draft", report]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give the report's date", run.Error, StringComparison.Ordinal);
    }
}
