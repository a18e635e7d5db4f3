using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PeaceModel.Cli.Tests.Support;
using PeaceModel.Tests.Support;

namespace PeaceModel.Cli.Tests;

/// <summary><c>peacemodel summarize --format json</c> and its schema (<c>schema/peacemodel-summary.schema.json</c>).</summary>
public class SummaryJsonTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryFiles.Root, "schema", "peacemodel-summary.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    public static TheoryData<string> Documents =>
    [
        RepositoryFiles.SeedJsonPath,
        .. Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "episodes"), "*.json").Order(),
    ];

    [Fact]
    public async Task SchemaSummary_PrintsTheCheckedInSummarySchema()
    {
        var run = await CliRun.InProcessAsync(["schema", "--summary"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(SchemaPath), run.Out);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task SummarizeJson_IsValidAgainstTheSummarySchema(string path)
    {
        var run = await CliRun.InProcessAsync(["summarize", "--format", "json", path]);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task TheAccount_NamesRecordsInWords_NeverByTheirIds(string path)
    {
        var model = Serialization.PeaceModelJson.Deserialize(File.ReadAllText(path));
        var ids = Kinds.RecordKinds.All.Where(k => k != Kinds.RecordKinds.Actor && k != Kinds.RecordKinds.Source)
            .SelectMany(k => k.GetRecords(model)).Select(r => $"'{r.Id}'").ToList();

        var run = await CliRun.InProcessAsync(["summarize", path]);

        Assert.Equal(0, run.ExitCode);
        Assert.True(ids.Count > 3, $"only {ids.Count} records");
        Assert.DoesNotContain(ids, id => run.Out.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummaryJsonSchema_RefusesADocumentWithAnUnknownStatus()
    {
        var run = await CliRun.InProcessAsync(["summarize", "--format", "json", RepositoryFiles.SeedJsonPath]);
        var document = JsonNode.Parse(run.Out)!;
        document["proposals"]![0]!["status"] = "welcomed";

        using var changed = JsonDocument.Parse(document.ToJsonString());
        Assert.False(Schema.Value.Evaluate(changed.RootElement).IsValid);
    }

    [Fact]
    public async Task SummarizeJson_Dravia_GivesEachStatusWithItsReason()
    {
        var run = await CliRun.InProcessAsync(["summarize", "--format", "json", Path.Combine(RepositoryFiles.Root, "episodes", "dravia-corridor-withdrawn-2026-06-03.json")]);
        var proposals = JsonNode.Parse(run.Out)!["proposals"]!.AsArray();

        var corridor = proposals.Single(p => (string?)p!["id"] == "grain-corridor")!;
        Assert.Equal(("withdrawn", "W1"), ((string?)corridor["status"], (string?)corridor["reason"]!["rule"]));
        Assert.Equal(["dravia-withdraws-offer", "accept-by-sunday"], corridor["reason"]!["recordIds"]!.AsArray().Select(id => (string?)id));
        Assert.Equal("countered", (string?)corridor["positions"]![0]!["position"]);
        Assert.True((bool?)corridor["deadlines"]![0]!["passed"]);
    }

    [Fact]
    public async Task SummarizeText_ShowsTimesOfDay_AndOrdersTheDayByThem()
    {
        var run = await CliRun.InProcessAsync(["summarize", Path.Combine(RepositoryFiles.Root, "episodes", "port-amrel-ceasefire-2026-04-14.json")]);

        Assert.Equal(0, run.ExitCode);
        var signing = run.Out.IndexOf("2026-04-14 16:30, \"on Tuesday\"", StringComparison.Ordinal);
        var afterSigning = run.Out.IndexOf("after 2026-04-14 16:30", StringComparison.Ordinal);
        Assert.True(signing >= 0 && afterSigning > signing, run.Out);
    }

    [Fact]
    public async Task SummarizeJson_KeepsSignedAgreedAndNotReportedApart()
    {
        var path = Path.Combine(RepositoryFiles.Root, "episodes", "phased-ceasefire-2026-12-16.json");

        var run = await CliRun.InProcessAsync(["summarize", "--format", "json", path]);

        var agreement = JsonNode.Parse(run.Out)!["agreements"]!.AsArray().Single(a => (string?)a!["id"] == "phased-ceasefire")!;
        Assert.Equal(("inForce", 1, 2), ((string?)agreement["status"], (int)agreement["signedCount"]!, (int)agreement["partyCount"]!));
        Assert.Equal(["essara"], agreement["signedIds"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["sennic-front"], agreement["agreedIds"]!.AsArray().Select(n => (string?)n));
        Assert.Empty(agreement["notReportedIds"]!.AsArray());
    }
}
