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
    public async Task TheAccount_NamesRecordsAndTheirPartsInWords_NeverByTheirIds(string path)
    {
        // Every id of the document (records, actors, points, terms, sources) renamed, and every reference
        // with it: an account that never prints an id does not change.
        var original = JsonNode.Parse(File.ReadAllText(path))!;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        void Collect(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                foreach (var (name, value) in obj)
                {
                    if (name == "id" && value is JsonValue v && v.GetValueKind() == JsonValueKind.String && !ReferenceEquals(obj, original))
                    {
                        ids.TryAdd((string)v!, $"renamed-{ids.Count}");
                    }

                    Collect(value);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var item in array)
                {
                    Collect(item);
                }
            }
        }

        JsonNode? Renamed(JsonNode? node, bool isId) => node switch
        {
            JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Renamed(p.Value, ReferenceEquals(obj, original) ? p.Key.EndsWith("Id", StringComparison.Ordinal) : p.Key == "id" || p.Key.EndsWith("Id", StringComparison.Ordinal) || p.Key.EndsWith("Ids", StringComparison.Ordinal))))),
            JsonArray array => new JsonArray([.. array.Select(item => Renamed(item, isId))]),
            JsonValue value when isId && value.GetValueKind() == JsonValueKind.String && ids.TryGetValue((string)value!, out var renamed) => JsonValue.Create(renamed),
            _ => node?.DeepClone(),
        };
        Collect(original);

        var run = await CliRun.InProcessAsync(["summarize", "-"], original.ToJsonString());
        var renamedRun = await CliRun.InProcessAsync(["summarize", "-"], Renamed(original, isId: false)!.ToJsonString());

        Assert.Equal((0, 0), (run.ExitCode, renamedRun.ExitCode));
        Assert.True(ids.Count > 10, $"only {ids.Count} ids");
        Assert.Equal(run.Out, renamedRun.Out);
    }

    [Fact]
    public async Task TheAccount_CitesRulesOnlyWithTheRulesFlag()
    {
        var plain = await CliRun.InProcessAsync(["summarize", RepositoryFiles.SeedJsonPath]);
        var cited = await CliRun.InProcessAsync(["summarize", "--rules", RepositoryFiles.SeedJsonPath]);

        Assert.Equal((0, 0), (plain.ExitCode, cited.ExitCode));
        Assert.DoesNotContain("(rule ", plain.Out, StringComparison.Ordinal);
        Assert.Contains("(the rule behind each status: --rules, and docs/analysis.md)", plain.Out, StringComparison.Ordinal);
        Assert.Contains("Status: REJECTED (rule O1); proposer's side: active (rule W4)", cited.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(the rule behind each status", cited.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAccount_SaysNothingIsStatedInWords_NoBracketedNotStated()
    {
        var run = await CliRun.InProcessAsync(["summarize", Path.Combine(RepositoryFiles.Root, "episodes", "aramor-quell-call-2026-10-05.json")]);

        Assert.DoesNotContain("not stated", run.Out, StringComparison.Ordinal);
        Assert.Contains("on or after 2026-10-04 (inferred)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAccount_AnOfferToNoOne_HasNoEmptyAddressee_AndAnUnclosedQuotationStaysOpen()
    {
        var day = new DateOnly(2026, 10, 20);
        var model = new DiplomaticEvent
        {
            Id = "open-offer-event",
            Title = "An offer to no one in particular",
            Date = EventDate.Stated(day),
            Actors = [new Actor { Id = "a", Name = "A", Kind = ActorKind.State }],
            Sources = [new SourceDocument { Id = "report", PublishedOn = day }],
            Statements = [new Statement { Id = "s", SpeakerId = "a", SourceId = "report", SaidOn = EventDate.Stated(day), Quotations = [new Quotation { Text = "We will not stop until", Start = 0, Length = 22, Unclosed = true }] }],
            Proposals = [new Proposal { Id = "open-offer", ProposerId = "a", Kind = ProposalKind.DirectNegotiations, Summary = "Talks with whoever wants them.", StatementIds = ["s"], Terms = new Term() }],
        };

        var run = await CliRun.InProcessAsync(["summarize", "-"], Serialization.PeaceModelJson.Serialize(model));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  A: Talks with whoever wants them.", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" to :", run.Out, StringComparison.Ordinal);
        Assert.Contains("\u201CWe will not stop until\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeJson_CarriesVotesCommitmentsPointsAndPhases()
    {
        static async Task<JsonNode> Summary(string name) =>
            JsonNode.Parse((await CliRun.InProcessAsync(["summarize", "--format", "json", Path.Combine(RepositoryFiles.Root, "episodes", name + ".json")])).Out)!;

        var veto = await Summary("council-veto-2026-10-21");
        var plan = await Summary("ten-point-plan-2026-12-03");
        var phased = await Summary("phased-ceasefire-2026-12-16");

        Assert.Equal("2.1", (string?)veto["summaryVersion"]);
        Assert.Contains(veto["votes"]!.AsArray(), v => (string?)v!["status"] == "vetoed" && (string?)v["vetoIds"]![0] == "gorvany" && (int?)v["tally"]!["for"] == 13);
        Assert.Contains(veto["commitments"]!.AsArray(), c => (string?)c!["status"] == "made");
        var points = plan["proposals"]!.AsArray().SelectMany(p => p!["positions"]!.AsArray()).SelectMany(p => p!["points"]!.AsArray()).ToList();
        Assert.Contains(points, p => (string?)p!["pointId"] == "point-2" && (string?)p["position"] == "accepted");
        Assert.Contains(phased["agreements"]!.AsArray().SelectMany(a => a!["phases"]!.AsArray()), p => (int?)p!["phase"] == 1 && (string?)p["status"] == "inProgress");
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
