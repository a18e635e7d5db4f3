using System.Text.Json.Nodes;
using PeaceModel.Cli.Tests.Support;
using PeaceModel.Tests.Support;

namespace PeaceModel.Cli.Tests;

/// <summary><c>validate</c> and <c>summarize</c> on the documents of one thread (the two Port Amrel reports).</summary>
public class ThreadCommandTests
{
    private static readonly string Ceasefire = Path.Combine(RepositoryFiles.Root, "episodes", "port-amrel-ceasefire-2026-04-14.json");
    private static readonly string Breach = Path.Combine(RepositoryFiles.Root, "episodes", "port-amrel-breach-claims-2026-04-20.json");

    [Fact]
    public async Task Validate_AFolderWithBothDocuments_ResolvesTheReferencesAcrossThem()
    {
        using var folder = new TempFolder();
        folder.File("a.json", File.ReadAllText(Ceasefire));
        folder.File("b.json", File.ReadAllText(Breach));

        var run = await CliRun.InProcessAsync(["validate", folder.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(": SOURCE (notice): no source text was given", line, StringComparison.Ordinal));
        Assert.Equal(2, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Validate_TheLaterDocumentAlone_ListsNoticesWithTheirPaths_AndExitsZero()
    {
        var run = await CliRun.InProcessAsync(["validate", Breach]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{Breach}: implementations[0].agreementId: PM0027 (notice): ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ADanglingReferenceIntoTheOtherDocument_IsReportedWithItsPath()
    {
        using var folder = new TempFolder();
        folder.File("a.json", File.ReadAllText(Ceasefire));
        var dangling = File.ReadAllText(Breach).Replace("\"termId\": \"pull-back\"", "\"termId\": \"pullback\"", StringComparison.Ordinal);
        var path = folder.File("b.json", dangling);

        var run = await CliRun.InProcessAsync(["validate", folder.Path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: implementations[1].termId: PM0024: agreement 'port-amrel-ceasefire-2026-04-14/port-amrel-ceasefire' has no term 'pullback'", run.Out, StringComparison.Ordinal);
        Assert.Contains("2 events in 1 input: 1 valid, 1 invalid", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeJson_TheThread_AsOfEachDate()
    {
        var signing = JsonNode.Parse((await CliRun.InProcessAsync(["summarize", "--format", "json", "--as-of", "2026-04-14", Breach, Ceasefire])).Out)!;
        var later = JsonNode.Parse((await CliRun.InProcessAsync(["summarize", "--format", "json", Breach, Ceasefire])).Out)!;

        Assert.Equal(("signed", "notReported"), ((string?)signing["agreements"]![0]!["status"], (string?)signing["agreements"]![0]!["compliance"]));
        Assert.Equal(("inForce", "disputed", "partlyImplemented"), ((string?)later["agreements"]![0]!["status"], (string?)later["agreements"]![0]!["compliance"], (string?)later["agreements"]![0]!["implementation"]));
        Assert.Equal("2026-04-20", (string?)later["asOf"]);
    }

    [Fact]
    public async Task SummarizeText_TheThread_ShowsBothReportsInDateOrder()
    {
        var run = await CliRun.InProcessAsync(["summarize", Breach, Ceasefire]);

        Assert.Equal(0, run.ExitCode);
        var first = run.Out.IndexOf("\n2026-04-14\n", StringComparison.Ordinal);
        var second = run.Out.IndexOf("\n2026-04-20\n", StringComparison.Ordinal);
        Assert.True(first > 0 && second > first, run.Out);
        Assert.Contains("Where each claim stands", run.Out, StringComparison.Ordinal);
    }
}
