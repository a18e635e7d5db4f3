using System.Text.Json;
using PeaceModel.Ingestion.Tests.Support;
using PeaceModel.Storage;
using PeaceModel.Validation;

namespace PeaceModel.Ingestion.Tests;

/// <summary>The loop on a test transport and a real SQLite store: what is acknowledged, terminated, handed back, and when.</summary>
public sealed class IngestLoopTests : SqliteStoreTest
{
    [Fact]
    public async Task RunAsync_ValidDocuments_StoredThenAcknowledged()
    {
        var documents = Documents.Valid(5, seed: 3);
        var messages = documents.Select((d, i) => new FakeMessage(Documents.Json(d), (ulong)i + 1)).ToList();
        var acknowledgedBeforeStored = 0;
        var sink = new FakeSink();
        var loop = new IngestLoop(Store, sink);
        loop.Settled += outcome =>
        {
            // The store holds the document when its message is acknowledged.
            if (Store.GetAsync(outcome.Result!.DocumentId!).GetAwaiter().GetResult() is null)
            {
                acknowledgedBeforeStored++;
            }
        };

        var statistics = await loop.RunAsync(new FakeSource(messages));

        Assert.All(messages, m => Assert.Equal(["ack"], m.Settlements));
        Assert.Equal(0, acknowledgedBeforeStored);
        Assert.Equal(5, statistics.Stored);
        Assert.Empty(sink.Published);
        foreach (var document in documents)
        {
            Assert.Equal(1, (await Store.GetAsync(document.Id))!.Version);
        }
    }

    [Fact]
    public async Task RunAsync_SameDocumentDeliveredAgain_AcknowledgedAndStoredOnce()
    {
        var json = Documents.Json(Documents.Valid(1, seed: 4)[0]);
        var first = new FakeMessage(json, 1);
        var again = new FakeMessage(json, 1);
        var loop = new IngestLoop(Store, new FakeSink());

        await loop.RunAsync(new FakeSource([first], [again]));

        Assert.Equal(["ack"], first.Settlements);
        Assert.Equal(["ack"], again.Settlements);
        Assert.Equal(1, loop.Statistics.Stored);
        Assert.Equal(1, loop.Statistics.Unchanged);
        await foreach (var change in Store.GetChangesAsync())
        {
            Assert.Equal(1, change.Version);
        }
    }

    [Fact]
    public async Task ProcessAsync_BrokenRule_PublishedWithTheValidatorsCodesAndPaths_ThenTerminated()
    {
        var valid = Documents.Valid(2, seed: 5);
        var broken = Documents.BrokenRule(valid[1]);
        var messages = new[] { new FakeMessage(Documents.Json(valid[0]), 1), new FakeMessage(Documents.Json(broken), 2) };
        var sink = new FakeSink();

        await new IngestLoop(Store, sink).ProcessAsync(messages);

        Assert.Equal(["ack"], messages[0].Settlements);
        Assert.Equal(["term"], messages[1].Settlements);
        var published = Assert.Single(sink.Published);
        Assert.Equal(messages[1].Data.ToArray(), published.Data.ToArray());
        Assert.Equal(broken.Id, published.DocumentId);
        var expected = new DiplomaticEventValidator().Validate(broken).Errors.Select(e => (e.PropertyName, e.ErrorCode)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, published.Problems.Select(p => (p.Path, p.Code)).ToList());

        using var json = JsonDocument.Parse(published.ProblemsJson());
        Assert.Equal(expected, json.RootElement.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("path").GetString()!, p.GetProperty("code").GetString()!)).ToList());
        Assert.Equal(2UL, json.RootElement.GetProperty("sequence").GetUInt64());
        Assert.Null(await Store.GetAsync(broken.Id));
    }

    [Fact]
    public async Task ProcessAsync_PoisonMessages_RefusedWithJsonProblems_OthersStored()
    {
        var valid = Documents.Valid(2, seed: 6);
        var messages = new[]
        {
            new FakeMessage(Documents.NotJson, 1),
            new FakeMessage(Documents.Json(valid[0]), 2),
            new FakeMessage(Documents.TooDeep, 3),
            new FakeMessage(Documents.Huge(20), 4),
            new FakeMessage([0xFF, 0xFE, 0x00, 0x7B], 5),
            new FakeMessage(Documents.Json(valid[1]), 6),
        };
        var sink = new FakeSink();

        var outcomes = await new IngestLoop(Store, sink).ProcessAsync(messages);

        Assert.Equal(["term", "ack", "term", "term", "term", "ack"], messages.Select(m => string.Join(",", m.Settlements)));
        Assert.Equal(4, sink.Published.Count);
        Assert.All(sink.Published, p => Assert.Equal(StoreProblem.JsonCode, Assert.Single(p.Problems).Code));
        Assert.Contains("larger than", sink.Published.Single(p => p.Sequence == 4).Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("depth", sink.Published.Single(p => p.Sequence == 3).Problems[0].Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(IngestDecision.Terminated, outcomes[3].Decision);
        Assert.NotNull(await Store.GetAsync(valid[1].Id));
    }

    [Fact]
    public async Task ProcessAsync_StoreDown_EveryMessageHandedBack_NothingTerminated()
    {
        var messages = Documents.Valid(3, seed: 7).Select((d, i) => new FakeMessage(Documents.Json(d), (ulong)i + 1)).ToArray();
        var loop = new IngestLoop(new FailingStore(Store), new FakeSink());

        var outcomes = await loop.ProcessAsync(messages);

        Assert.All(messages, m => Assert.Equal(["nak"], m.Settlements));
        Assert.All(outcomes, o => Assert.IsType<EventStoreException>(o.Failure));
        Assert.Equal(3, loop.Statistics.Redelivered);
    }

    [Fact]
    public async Task ProcessAsync_OneDocumentTheStoreCannotTake_OnlyItHandedBack()
    {
        var documents = Documents.Valid(3, seed: 8);
        var messages = documents.Select((d, i) => new FakeMessage(Documents.Json(d), (ulong)i + 1)).ToArray();
        var loop = new IngestLoop(new FailingStore(Store, failWhenContains: $"\"{documents[1].Id}\""), new FakeSink());

        await loop.ProcessAsync(messages);

        Assert.Equal(["ack"], messages[0].Settlements);
        Assert.Equal(["nak"], messages[1].Settlements);
        Assert.Equal(["ack"], messages[2].Settlements);
    }

    [Fact]
    public async Task ProcessAsync_InvalidSinkDown_HandedBackNotTerminated()
    {
        var message = new FakeMessage(Documents.NotJson, 1);
        var loop = new IngestLoop(Store, new FakeSink { Fail = true });

        var outcome = Assert.Single(await loop.ProcessAsync([message]));

        Assert.Equal(["nak"], message.Settlements);
        Assert.Equal(IngestDecision.Redelivered, outcome.Decision);
        Assert.Contains("unreachable", outcome.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_ConnectionLostWhileSettling_KeptOnTheOutcome_LoopGoesOn()
    {
        var documents = Documents.Valid(2, seed: 9);
        var lost = new FakeMessage(Documents.Json(documents[0]), 1) { ConnectionLost = true };
        var invalid = new FakeMessage(Documents.NotJson, 2) { ConnectionLost = true };
        var fine = new FakeMessage(Documents.Json(documents[1]), 3);

        var outcomes = await new IngestLoop(Store, new FakeSink()).ProcessAsync([lost, invalid, fine]);

        Assert.Equal([IngestDecision.Acknowledged, IngestDecision.Terminated, IngestDecision.Acknowledged], outcomes.Select(o => o.Decision));
        Assert.IsType<IOException>(outcomes[0].Failure);
        Assert.Contains("will be delivered again: connection lost", outcomes[0].Description, StringComparison.Ordinal);
        Assert.IsType<IOException>(outcomes[1].Failure);
        Assert.Null(outcomes[2].Failure);
        Assert.NotNull(await Store.GetAsync(documents[0].Id));
    }

    [Fact]
    public void ProblemsJson_ManyProblems_KeepsTheFirstFiftyAndCountsTheRest_AsciiOnly()
    {
        var problems = Enumerable.Range(0, 70).Select(i => new StoreProblem { Path = $"statements[{i}].text", Code = "PM0001", Message = "Привет — 'x'" }).ToValueList();
        var invalid = new InvalidDocument { Data = "{}"u8.ToArray(), Origin = "test", Problems = problems };

        var bytes = invalid.ProblemsJson();

        Assert.All(bytes, b => Assert.True(b is >= 0x20 and < 0x7F, $"byte {b} is not printable ASCII"));
        using var json = JsonDocument.Parse(bytes);
        Assert.Equal(IngestProblemsJson.MaxProblems, json.RootElement.GetProperty("problems").GetArrayLength());
        Assert.Equal(20, json.RootElement.GetProperty("moreProblems").GetInt32());
        Assert.Equal("Привет — 'x'", json.RootElement.GetProperty("problems")[0].GetProperty("message").GetString());
    }
}
