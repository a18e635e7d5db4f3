using System.Text.Json.Nodes;
using PeaceModel.Analysis;
using PeaceModel.Cli.Tests.Support;
using PeaceModel.Kinds;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;
using PeaceModel.Text;

namespace PeaceModel.Cli.Tests;

/// <summary>
/// Every declared kind of record shows in every layer with no code of its own: for each kind in
/// <see cref="RecordKinds.All"/>, a record of it from the repository's modelled reports is in the
/// index, the graph (when actors stand in its roles), the timeline (when it holds a date), the account
/// of <c>summarize</c> and the records of <c>summarize --format json</c>. A kind added to the
/// declarations without an example in a report fails here until one is modelled.
/// </summary>
public class EveryKindTests
{
    private static readonly Lazy<List<(string Path, DiplomaticEvent Event)>> Documents = new(() =>
    [
        .. new[] { RepositoryFiles.SeedJsonPath }
            .Concat(Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "episodes"), "*.json").Order())
            .Select(path => (path, PeaceModelJson.Deserialize(File.ReadAllText(path)))),
    ]);

    public static TheoryData<string> Happenings => [.. RecordKinds.All.Where(k => k.IsHappening).Select(k => k.ListName)];

    [Fact]
    public void Happenings_AreEveryKindButTheCastAndTheSources()
    {
        Assert.Equal(["actors", "sources"], RecordKinds.All.Where(k => !k.IsHappening).Select(k => k.ListName).Order());
    }

    [Fact]
    public void Generator_MakesRecordsOfEveryDeclaredKind_ThatValidate()
    {
        // peacemodel generate feeds the benchmarks and load tests: a kind it does not make is a kind they never measure.
        var generated = new Synthetic.SyntheticEvents(7).Next(1);

        Assert.Empty(RecordKinds.All.Where(k => k.GetRecords(generated).Count == 0).Select(k => k.ListName));
        Assert.True(new Validation.DiplomaticEventValidator().Validate(generated).IsValid);
    }

    [Theory]
    [MemberData(nameof(Happenings))]
    public async Task EveryKind_ShowsInTheIndexGraphTimelineAccountAndSummaryJson(string listName)
    {
        var kind = RecordKinds.All.Single(k => k.ListName == listName);
        var (path, diplomaticEvent) = Documents.Value.FirstOrDefault(d => kind.GetRecords(d.Event).Count > 0);
        Assert.True(path is not null, $"no modelled report has {kind.Noun} records");
        var index = EventIndex.Create(diplomaticEvent);
        var graph = EpisodeGraph.Build(diplomaticEvent);
        var timeline = EpisodeAnalysis.Analyze(index).Timeline;
        var account = (await CliRun.InProcessAsync(["summarize", path])).Out;
        var summary = JsonNode.Parse((await CliRun.InProcessAsync(["summarize", "--format", "json", path])).Out)!;
        var summarized = summary["records"]!.AsArray().Where(r => (string?)r!["kind"] == listName).Select(r => (string)r!["id"]!).ToList();

        foreach (var record in kind.GetRecords(diplomaticEvent))
        {
            Assert.True(index.TryFind(record.Id, out var found) && found.Kind == kind, $"{record.Id}: not in the index as {kind.Noun}");
            Assert.Contains(record.Id, summarized);
            var told = kind.GetSummary(record) ?? RecordText.Act(record, index, SpeakerOf(kind, record, index));
            Assert.Contains(Words(told).TrimEnd('.'), Words(account), StringComparison.Ordinal);
            if (kind.GetDates(record).Count > 0)
            {
                Assert.Contains(timeline, e => e.RecordId == record.Id && e.Kind == kind);
            }

            var actors = new[] { ReferenceRole.Author, ReferenceRole.Addressee, ReferenceRole.Participant }
                .SelectMany(role => kind.GetIds(record, role)).Where(id => index.Find<Actor>(id) is not null).Distinct().Count();
            if (actors >= 2)
            {
                Assert.Contains(graph.Edges, e => e.RecordId == record.Id && e.Kind == kind);
            }
        }
    }

    private static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    /// <summary>The speaker the account tells the record under: the speaker of the first statement that made it, if any.</summary>
    private static string? SpeakerOf(RecordKind kind, IDiplomaticRecord record, EventIndex index) =>
        kind.GetIds(record, ReferenceRole.ExpressedIn).Select(index.Find<Statement>).FirstOrDefault(s => s is not null)?.SpeakerId;
}
