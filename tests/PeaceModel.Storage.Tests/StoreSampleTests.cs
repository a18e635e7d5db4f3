using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Storage.Tests.Support;
using Xunit.Abstractions;

namespace PeaceModel.Storage.Tests;

/// <summary>The store samples of README.md and docs/storage.md, as they are printed there.</summary>
public sealed class StoreSampleTests(ITestOutputHelper testOutput) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("peacemodel-sample-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task ReadmeSample_PutQueryAndThreadAsOfADay()
    {
        var path = Path.Combine(folder, "events.db");
        var ceasefire = Documents.Episode(Documents.Ceasefire);
        var lines = new List<string>();
        var output = new Lines(lines, testOutput);

        // The body of StoreExample.RunAsync in README.md ("Keeping documents in a store"), and docs/storage.md.
        await using var store = await SqliteEventStore.OpenAsync(path);
        var put = await store.PutAsync(ceasefire);                              // put.Outcome: Stored, version 1
        await foreach (var record in store.QueryAsync(new RecordQuery { ActorId = "rask", Role = ReferenceRole.Author }))
        {
            output.WriteLine($"{record.DocumentId}/{record.RecordId} ({record.Kind})");              // ...-2026-04-14/rask-after-signing (statements)
        }

        var thread = await store.LoadThreadAsync("port-amrel-process", new DateOnly(2026, 4, 14));
        var analysis = thread.Analyze(new DateOnly(2026, 4, 14));              // what had been reported by then

        Assert.Equal((WriteOutcome.Stored, 1L), (put.Outcome, put.Version));
        Assert.Contains($"{Documents.Ceasefire}/rask-after-signing (statements)", lines);
        Assert.IsType<EpisodeAnalysis>(analysis);
        Assert.NotEmpty(analysis.Agreements);
    }

    /// <summary>Collects what the sample writes, and shows it in the test's output.</summary>
    private sealed class Lines(List<string> lines, ITestOutputHelper output)
    {
        public void WriteLine(string line)
        {
            lines.Add(line);
            output.WriteLine(line);
        }
    }
}
