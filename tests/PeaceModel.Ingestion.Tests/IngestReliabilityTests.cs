using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NATS.Client.JetStream;
using PeaceModel.Ingestion.Tests.Support;
using PeaceModel.Serialization;
using PeaceModel.Storage;
using PeaceModel.Storage.Tests.Support;

namespace PeaceModel.Ingestion.Tests;

/// <summary>
/// <c>peacemodel publish</c> and three <c>peacemodel ingest</c> processes on a real nats-server, one of them killed
/// (SIGKILL) halfway and started again: every valid document stored exactly once, every invalid one on the invalid subject
/// with its problems, the stream's sequence accounted for. The size keeps CI fast; the 100,000-document run is
/// <c>benchmarks/PeaceModel.Ingestion.Benchmarks</c>.
/// </summary>
[Collection(NatsCollection.Name)]
public sealed class IngestReliabilityTests(NatsServer server) : IDisposable
{
    private const int Count = 3000;

    private readonly string folder = Directory.CreateTempSubdirectory("peacemodel-reliability-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task ThreeProcesses_OneKilledHalfway_EveryValidDocumentStoredOnce_EveryInvalidOnePublished()
    {
        var (stream, subject) = (server.NewName("RELIABLE"), server.NewName("reliable.in"));
        var store = Path.Combine(folder, "events.db");
        var valid = Documents.Valid(Count - (Count / 100), seed: 25);
        var lines = new List<string>();
        var invalidLines = new HashSet<string>(StringComparer.Ordinal);
        var brokenIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < valid.Count; i++)
        {
            lines.Add(PeaceModelJson.SerializeLine(valid[i]).TrimEnd());
            if (i % 99 == 50)
            {
                // 1% invalid: half break a rule, half are not JSON.
                var invalid = (i / 99) % 2 == 0
                    ? PeaceModelJson.SerializeLine(Documents.BrokenRule(Documents.Valid(1, seed: 1000 + i)[0] with { Id = $"broken-{i}" })).TrimEnd()
                    : string.Create(CultureInfo.InvariantCulture, $"not a document {i} {{");
                if (invalid.StartsWith('{'))
                {
                    brokenIds.Add($"broken-{i}");
                }

                lines.Add(invalid);
                invalidLines.Add(invalid);
            }
        }

        Assert.Equal(Count, lines.Count);
        var documentsFile = Path.Combine(folder, "documents.jsonl");
        await File.WriteAllLinesAsync(documentsFile, lines);
        var resentFile = Path.Combine(folder, "resent.jsonl");
        await File.WriteAllLinesAsync(resentFile, lines.Where((_, i) => i % 100 == 7)); // 1% sent twice

        var published = await Tool.RunAsync("publish", "--nats", server.Url, "--subject", subject, "--stream", stream, documentsFile);
        var resent = await Tool.RunAsync("publish", "--nats", server.Url, "--subject", subject, resentFile);
        Assert.True(published.ExitCode == 0, published.ToString());
        Assert.True(resent.ExitCode == 0, resent.ToString());
        Assert.Contains($"{Count / 100} dropped by the stream as duplicates", resent.Error, StringComparison.Ordinal);

        string[] ingest = ["ingest", "--nats", server.Url, "--stream", stream, "--subject", subject, "--store", store, "--consumer", "reliable", "--batch-size", "50", "--ack-wait", "3", "--idle-exit", "8"];
        var processes = Enumerable.Range(0, 3).Select(_ => Tool.Start(null, ingest)).ToList();
        var errors = processes.Select(p => p.StandardError.ReadToEndAsync()).ToList();

        // Halfway: kill one process (SIGKILL: no chance to acknowledge what it holds), then start another in its place.
        await using (var reader = await SqliteEventStore.OpenAsync(store))
        {
            var clock = Stopwatch.StartNew();
            while (await CountAsync(reader) < valid.Count / 2)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the ingest processes did not store half of the documents in two minutes");
                await Task.Delay(50);
            }
        }

        processes[0].Kill(entireProcessTree: true);
        await processes[0].WaitForExitAsync();
        var replacement = Tool.Start(null, ingest);
        processes.Add(replacement);
        errors.Add(replacement.StandardError.ReadToEndAsync());

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        foreach (var process in processes.Skip(1))
        {
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, await errors[processes.IndexOf(process)]);
        }

        // Every valid document exactly once, version 1: a redelivered one was unchanged, not a second version.
        await using (var reader = await SqliteEventStore.OpenAsync(store))
        {
            var changes = new List<DocumentVersion>();
            await foreach (var change in reader.GetChangesAsync())
            {
                changes.Add(change);
            }

            Assert.Equal(valid.Select(d => d.Id).Order(StringComparer.Ordinal), changes.Select(c => c.DocumentId).Order(StringComparer.Ordinal));
            Assert.All(changes, c => Assert.Equal(1, c.Version));
        }

        // Every invalid one on the invalid subject, once, with its problems.
        await using var nats = await server.ConnectAsync();
        var js = new NatsJSContext(nats);
        var invalidMessages = await NatsServer.ReadAllAsync(js, stream, subject + ".invalid");
        var invalidTexts = invalidMessages.Select(m => Encoding.UTF8.GetString(m.Data!)).ToList();
        Assert.True(invalidLines.SetEquals(invalidTexts) && invalidTexts.Count == invalidLines.Count, $"{invalidTexts.Count} invalid messages for {invalidLines.Count} invalid documents; missing: {string.Join(" | ", invalidLines.Except(invalidTexts).Select(t => t[..Math.Min(60, t.Length)]))}; extra: {string.Join(" | ", invalidTexts.Except(invalidLines).Select(t => t[..Math.Min(60, t.Length)]))}");
        foreach (var message in invalidMessages)
        {
            using var problems = JsonDocument.Parse(message.Headers![Nats.NatsHeaderNames.Problems].ToString());
            var codes = problems.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ToList();
            Assert.NotEmpty(codes);
            if (problems.RootElement.TryGetProperty("documentId", out var id))
            {
                Assert.Contains(id.GetString()!, brokenIds);
                Assert.All(codes, c => Assert.StartsWith("PM", c, StringComparison.Ordinal));
            }
            else
            {
                Assert.Equal(["JSON"], codes);
            }
        }

        // The stream's sequence accounted for: every message of the subject delivered and settled, none pending.
        var info = (await js.GetConsumerAsync(stream, "reliable")).Info;
        var streamInfo = (await js.GetStreamAsync(stream)).Info;
        Assert.Equal(0UL, info.NumPending);
        Assert.Equal(0, info.NumAckPending);
        Assert.Equal((long)(Count + invalidMessages.Count), streamInfo.State.Messages);
    }

    private static async Task<int> CountAsync(IEventStore store)
    {
        var count = 0;
        await foreach (var change in store.GetChangesAsync())
        {
            count++;
        }

        return count;
    }
}
