using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NATS.Client.JetStream;
using PeaceModel.Ingestion.Nats;
using PeaceModel.Ingestion.Tests.Support;

namespace PeaceModel.Ingestion.Tests;

/// <summary>The JetStream adapter against a real nats-server: publish with dedup ids, a durable pull consumer, the invalid subject, poison messages.</summary>
[Collection(NatsCollection.Name)]
public sealed class NatsIngestTests(NatsServer server) : SqliteStoreTest
{
    [Fact]
    public async Task Publish_SameDocumentTwice_StreamDropsTheSecond_ReformattedToo()
    {
        await using var nats = await server.ConnectAsync();
        var js = new NatsJSContext(nats);
        var (stream, subject) = (server.NewName("DEDUP"), server.NewName("dedup.in"));
        var publisher = new NatsDocumentPublisher(js, subject);
        await publisher.EnsureStreamAsync(stream);
        var document = Documents.Valid(1, seed: 11)[0];
        var compact = Documents.Json(document);
        var indented = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(JsonDocument.Parse(compact).RootElement, new JsonSerializerOptions { WriteIndented = true }));
        var changed = Documents.Json(document with { Title = document.Title + " (corrected)" });

        var first = await publisher.PublishAsync(compact);
        var again = await publisher.PublishAsync(indented);
        var other = await publisher.PublishAsync(changed);

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate, again.ToString());
        Assert.Equal(first.Sequence, again.Sequence);
        Assert.False(other.Duplicate);
        Assert.StartsWith(document.Id + "@", first.MessageId, StringComparison.Ordinal);
        Assert.NotEqual(first.MessageId, other.MessageId);
        Assert.Equal(2, (await NatsServer.ReadAllAsync(js, stream, subject)).Count);
    }

    [Fact]
    public async Task Publish_NoStreamCapturesTheSubject_SaysSo()
    {
        await using var nats = await server.ConnectAsync();
        var publisher = new NatsDocumentPublisher(new NatsJSContext(nats), server.NewName("nowhere.in"));

        var error = await Assert.ThrowsAsync<NatsJSException>(() => publisher.PublishAsync(Documents.Json(Documents.Valid(1, seed: 12)[0])));

        Assert.Contains("no JetStream stream captures the subject", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_PoisonMessages_DoNotStopOrSlowTheOthers_InvalidSubjectHasThemWithProblems()
    {
        await using var nats = await server.ConnectAsync();
        var js = new NatsJSContext(nats);
        var options = new NatsIngestOptions { Stream = server.NewName("POISON"), Subject = server.NewName("poison.in"), IdleTimeout = TimeSpan.FromSeconds(2), FetchWait = TimeSpan.FromSeconds(1.1) };
        var source = await NatsIngestSource.OpenAsync(js, options);
        var publisher = new NatsDocumentPublisher(js, options.Subject);
        var valid = Documents.Valid(40, seed: 13);
        var broken = Documents.BrokenRule(Documents.Valid(1, seed: 14)[0]);
        byte[][] poison = [Documents.NotJson, Documents.Huge(17), Documents.TooDeep, Documents.Json(broken)];
        for (var i = 0; i < valid.Count; i++)
        {
            if (i % 10 == 0)
            {
                await publisher.PublishAsync(poison[i / 10]);
            }

            await publisher.PublishAsync(Documents.Json(valid[i]));
        }

        // Far larger than a document may be: the stream refuses it at publication, so that no consumer ever stops at it.
        var refused = await Assert.ThrowsAnyAsync<NatsJSException>(() => publisher.PublishAsync(Documents.Huge(50)));
        Assert.Contains("size", refused.Message, StringComparison.OrdinalIgnoreCase);

        var clock = Stopwatch.StartNew();
        var statistics = await new IngestLoop(Store, source.InvalidSink).RunAsync(source);

        Assert.Equal(40, statistics.Stored);
        Assert.Equal(4, statistics.Invalid);
        Assert.Equal(0, statistics.Redelivered);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"44 messages took {clock.Elapsed}");
        foreach (var document in valid)
        {
            Assert.NotNull(await Store.GetAsync(document.Id));
        }

        var invalid = await NatsServer.ReadAllAsync(js, options.Stream, options.ResolveInvalidSubject());
        Assert.Equal(4, invalid.Count);
        for (var i = 0; i < poison.Length; i++)
        {
            // Refused in any order (one too large is refused before its batch is stored): each is there once, byte for byte.
            var kept = Assert.Single(invalid, m => m.Data.AsSpan().SequenceEqual(poison[i]));
            using var problems = JsonDocument.Parse(kept.Headers![NatsHeaderNames.Problems].ToString());
            var codes = problems.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToList();
            Assert.Equal(i < 3 ? ["JSON"] : new Validation.DiplomaticEventValidator().Validate(broken).Errors.Select(e => e.ErrorCode).ToList(), codes);
            Assert.StartsWith($"stream {options.Stream}, sequence ", kept.Headers[NatsHeaderNames.Origin].ToString(), StringComparison.Ordinal);
        }

        // Every message of the subject was settled: nothing pending, nothing waiting for an acknowledgement.
        var consumer = await js.GetConsumerAsync(options.Stream, options.Consumer);
        Assert.Equal(0UL, consumer.Info.NumPending);
        Assert.Equal(0, consumer.Info.NumAckPending);
    }

    [Fact]
    public async Task Ingest_ProcessStopsWithoutAcknowledging_AnotherGetsTheMessagesAgain_StoredOnce()
    {
        await using var nats = await server.ConnectAsync();
        var js = new NatsJSContext(nats);
        var options = new NatsIngestOptions
        {
            Stream = server.NewName("REDELIVER"), Subject = server.NewName("redeliver.in"), AckWait = TimeSpan.FromSeconds(2), IdleTimeout = TimeSpan.FromSeconds(4), FetchWait = TimeSpan.FromSeconds(1.1), BatchSize = 10,
        };
        var source = await NatsIngestSource.OpenAsync(js, options);
        var publisher = new NatsDocumentPublisher(js, options.Subject);
        var documents = Documents.Valid(30, seed: 15);
        foreach (var document in documents)
        {
            await publisher.PublishAsync(Documents.Json(document));
        }

        // A process that takes a batch and dies before it settles anything.
        await using (var taken = source.ReadBatchesAsync(CancellationToken.None).GetAsyncEnumerator())
        {
            Assert.True(await taken.MoveNextAsync());
            Assert.NotEmpty(taken.Current);
        }

        var statistics = await new IngestLoop(Store, source.InvalidSink).RunAsync(await NatsIngestSource.OpenAsync(js, options));

        Assert.Equal(30, statistics.Stored);
        var versions = new List<long>();
        await foreach (var change in Store.GetChangesAsync())
        {
            versions.Add(change.Version);
        }

        Assert.Equal(Enumerable.Repeat(1L, 30), versions);
    }
}
