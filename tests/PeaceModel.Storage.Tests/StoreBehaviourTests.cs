using System.Text;
using PeaceModel.Kinds;
using PeaceModel.Serialization;
using PeaceModel.Storage.Tests.Support;
using PeaceModel.Threads;
using PeaceModel.Validation;

namespace PeaceModel.Storage.Tests;

/// <summary>The behaviour every store has, run against each database (<see cref="SqliteStoreTests"/>, <see cref="PostgreSqlStoreTests"/>).</summary>
public abstract class StoreBehaviourTests
{
    /// <summary>A new, empty location for a store.</summary>
    protected abstract Task<StoreLocation> NewLocationAsync();

    protected async Task<(StoreLocation Location, IEventStore Store)> NewStoreAsync()
    {
        var location = await NewLocationAsync();
        return (location, await location.OpenAsync());
    }

    [Fact]
    public async Task Put_ValidDocument_GetReturnsTheCanonicalBytes()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var ceasefire = Documents.Episode(Documents.Ceasefire);

        var result = await store.PutAsync(ceasefire);
        var stored = await store.GetAsync(Documents.Ceasefire);

        Assert.Equal(WriteOutcome.Stored, result.Outcome);
        Assert.Equal(1, result.Version);
        Assert.Equal(1, result.Position);
        Assert.NotNull(stored);
        Assert.Equal(Documents.Canonical(ceasefire), stored.Utf8Json.ToArray());
        Assert.Equal(ceasefire, stored.ReadEvent());
        Assert.Null(await store.GetAsync("no-such-document"));
    }

    [Fact]
    public async Task PutJson_SameDocumentReformatted_IsUnchangedAndTakesNoPosition()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var json = Documents.EpisodeJson(Documents.Ceasefire);
        var compact = System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString();

        var first = await store.PutJsonAsync(Encoding.UTF8.GetBytes(json));
        var again = await store.PutJsonAsync(Encoding.UTF8.GetBytes(compact));
        var changes = await Changes(store);

        Assert.Equal(WriteOutcome.Stored, first.Outcome);
        Assert.Equal(WriteOutcome.Unchanged, again.Outcome);
        Assert.Equal(1, again.Version);
        Assert.Null(again.Position);
        Assert.Single(changes);
    }

    [Fact]
    public async Task Put_ChangedDocument_IsANewVersionAndBothStayReadable()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var first = Documents.Episode(Documents.Ceasefire);
        var second = first with { Title = "A corrected title" };

        await store.PutAsync(first);
        var result = await store.PutAsync(second);
        var history = await store.GetHistoryAsync(Documents.Ceasefire);

        Assert.Equal(WriteOutcome.Stored, result.Outcome);
        Assert.Equal(2, result.Version);
        Assert.Equal(Documents.Canonical(first), (await store.GetAsync(Documents.Ceasefire, 1))!.Utf8Json.ToArray());
        Assert.Equal(Documents.Canonical(second), (await store.GetAsync(Documents.Ceasefire))!.Utf8Json.ToArray());
        Assert.Equal([1L, 2L], history.Select(h => h.Version));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Documents.Canonical(second))), history[1].Sha256);
        Assert.Null(await store.GetAsync(Documents.Ceasefire, 3));
    }

    [Fact]
    public async Task Put_StaleExpectedVersion_IsAConflictNamingBothVersions()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var document = Documents.Episode(Documents.Ceasefire);
        await store.PutAsync(document);
        await store.PutAsync(document with { Title = "Second" });

        var result = await store.PutAsync(document with { Title = "Third" }, expectedVersion: 1);

        Assert.Equal(WriteOutcome.Conflict, result.Outcome);
        Assert.Equal(1, result.ExpectedVersion);
        Assert.Equal(2, result.Version);
        Assert.Contains("expected version 1, but the store holds version 2", result.Message, StringComparison.Ordinal);
        Assert.Equal("Second", (await store.GetAsync(Documents.Ceasefire))!.ReadEvent().Title);
    }

    [Fact]
    public async Task Put_ExpectedVersionZero_StoresANewDocumentOnlyOnce()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var document = Documents.Episode(Documents.Ceasefire);

        var first = await store.PutAsync(document, expectedVersion: 0);
        var second = await store.PutAsync(document with { Title = "Other" }, expectedVersion: 0);

        Assert.Equal(WriteOutcome.Stored, first.Outcome);
        Assert.Equal(WriteOutcome.Conflict, second.Outcome);
    }

    [Fact]
    public async Task Delete_LeavesATombstone_AndTheRecordsLeaveTheQueries()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var document = Documents.Episode(Documents.Ceasefire);
        await store.PutAsync(document);

        var deleted = await store.DeleteAsync(Documents.Ceasefire);
        var latest = await store.GetAsync(Documents.Ceasefire);
        var records = await Query(store, new RecordQuery { DocumentId = Documents.Ceasefire });
        var again = await store.DeleteAsync(Documents.Ceasefire);
        var restored = await store.PutAsync(document);

        Assert.Equal(WriteOutcome.Deleted, deleted.Outcome);
        Assert.Equal(2, deleted.Version);
        Assert.True(latest!.IsDeleted);
        Assert.True(latest.Utf8Json.IsEmpty);
        Assert.Throws<InvalidOperationException>(() => latest.ReadEvent());
        Assert.Empty(records);
        Assert.Equal(WriteOutcome.NotFound, again.Outcome);
        Assert.Equal(WriteOutcome.Stored, restored.Outcome);
        Assert.Equal(3, restored.Version);
        Assert.Equal([false, true, false], (await store.GetHistoryAsync(Documents.Ceasefire)).Select(v => v.IsDeleted));
        Assert.Equal(Documents.Records(document).Count(), (await Query(store, new RecordQuery { DocumentId = Documents.Ceasefire })).Count);
    }

    [Fact]
    public async Task Delete_StaleExpectedVersion_IsAConflict()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        await store.PutAsync(Documents.Episode(Documents.Ceasefire));

        var result = await store.DeleteAsync(Documents.Ceasefire, expectedVersion: 7);

        Assert.Equal(WriteOutcome.Conflict, result.Outcome);
        Assert.False((await store.GetAsync(Documents.Ceasefire))!.IsDeleted);
    }

    [Fact]
    public async Task Changes_AfterAPosition_AreTheLaterPutsAndDeletesInCommitOrder()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        await store.PutAsync(Documents.Episode(Documents.Ceasefire));
        await store.PutAsync(Documents.Seed());
        await store.DeleteAsync(Documents.Ceasefire);
        await store.PutAsync(Documents.Seed());

        var all = await Changes(store);
        var after = await Changes(store, 1);

        Assert.Equal([1L, 2L, 3L], all.Select(c => c.Position));
        Assert.Equal([(Documents.Ceasefire, 1L, false), (Documents.Seed().Id, 1L, false), (Documents.Ceasefire, 2L, true)], all.Select(c => (c.DocumentId, c.Version, c.IsDeleted)));
        Assert.Equal([2L, 3L], after.Select(c => c.Position));
    }

    [Fact]
    public async Task Put_InvalidDocument_IsRefusedWithTheValidatorsProblems_AndTheStoreIsUnchanged()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var seed = Documents.Seed();
        var invalid = seed with { Statements = [seed.Statements[0] with { SpeakerId = "nobody" }, .. seed.Statements.Skip(1)] };
        var expected = new DiplomaticEventValidator().Validate(invalid).Errors.Select(f => (f.PropertyName, f.ErrorCode, f.ErrorMessage)).ToList();

        var result = await store.PutAsync(invalid);

        Assert.NotEmpty(expected);
        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Equal(expected, result.Problems.Select(p => (p.Path, p.Code, p.Message)));
        Assert.Empty(await Changes(store));
        Assert.Null(await store.GetAsync(seed.Id));
        Assert.Empty(await Query(store, new RecordQuery()));
    }

    [Theory]
    [InlineData("{\"schemaVersion\": \"2.0\", \"id\": ")]
    [InlineData("{\"schemaVersion\": \"2.0\", \"id\": \"x\", \"title\": \"t\", \"date\": {\"value\": \"2026-13-40\"}}")]
    [InlineData("{\"schemaVersion\": \"9.0\", \"id\": \"from-the-future\", \"title\": \"t\", \"date\": {\"value\": \"2026-01-01\"}}")]
    [InlineData("[1, 2, 3]")]
    public async Task PutJson_UnreadableOrNewerFormat_IsRefusedWithTheReadError_AndTheStoreIsUnchanged(string json)
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var error = Assert.IsType<JsonReadException>(Record.Exception(() => PeaceModelJson.Deserialize(json)), exactMatch: false);

        var result = await store.PutJsonAsync(Encoding.UTF8.GetBytes(json));

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(StoreProblem.JsonCode, problem.Code);
        Assert.Equal(error.Error.Description, problem.Message);
        Assert.Empty(await Changes(store));
    }

    [Fact]
    public async Task Put_ThreadDocumentReferringToAMissingRecordOfAStoredDocument_IsRefused()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        await store.PutAsync(Documents.Episode(Documents.Ceasefire));
        var json = Documents.EpisodeJson(Documents.BreachClaims).Replace($"{Documents.Ceasefire}/port-amrel-ceasefire", $"{Documents.Ceasefire}/no-such-agreement", StringComparison.Ordinal);

        var result = await store.PutJsonAsync(Encoding.UTF8.GetBytes(json));
        var expected = ThreadValidator.Validate(EventThread.Create([Documents.Episode(Documents.Ceasefire), PeaceModelJson.Deserialize(json)])).Errors;

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => (e.Failure.PropertyName, e.Failure.ErrorCode)), result.Problems.Select(p => (p.Path, p.Code)));
        Assert.Null(await store.GetAsync(Documents.BreachClaims));
    }

    [Fact]
    public async Task Put_ThreadDocumentsThatAgree_AreStored_InEitherOrder()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;

        var later = await store.PutAsync(Documents.Episode(Documents.BreachClaims));
        var earlier = await store.PutAsync(Documents.Episode(Documents.Ceasefire));

        Assert.Equal(WriteOutcome.Stored, later.Outcome);
        Assert.Equal(WriteOutcome.Stored, earlier.Outcome);
    }

    [Fact]
    public async Task Put_ThreadDocumentNamingAStoredActorDifferently_IsRefused()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var ceasefire = Documents.Episode(Documents.Ceasefire);
        await store.PutAsync(ceasefire);
        var breach = Documents.Episode(Documents.BreachClaims);
        var shared = breach.Actors.First(a => ceasefire.Actors.Any(c => c.Id == a.Id));
        var renamed = breach with { Actors = [.. breach.Actors.Select(a => a.Id == shared.Id ? a with { Name = "Somebody Else Entirely", Aliases = [] } : a)] };

        var result = await store.PutAsync(renamed);

        Assert.Equal(WriteOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Problems, p => p.Message.Contains(shared.Id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Put_EarlierDocumentThatChangesAnActorsFirstListing_IsCheckedAgainstEveryListing_AsTheWholeThreadCheckIs(bool oneBatch)
    {
        // In thread order: earliest, middle, latest. The middle one names the actor first, with an alias the latest one uses;
        // the earliest, put last, becomes the first listing without that alias, so the whole-thread check finds the latest at fault.
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var ordered = EventThread.Create(Documents.Threads(3, 1, 7)).Documents;
        var actorId = ordered[0].Actors.Select(a => a.Id).First(id => ordered.All(d => d.Actors.Any(a => a.Id == id)));
        DiplomaticEvent Named(DiplomaticEvent document, string name, params string[] aliases) =>
            document with { Actors = [.. document.Actors.Select(a => a.Id == actorId ? a with { Name = name, Aliases = [.. aliases] } : a)] };
        var (earliest, middle, latest) = (Named(ordered[0], "Vladimir Putin"), Named(ordered[1], "Vladimir Putin", "Putin"), Named(ordered[2], "Putin"));
        var expected = ThreadValidator.Validate(EventThread.Create([earliest, middle, latest])).Errors;

        var results = oneBatch
            ? await store.PutManyAsync([Documents.Canonical(middle), Documents.Canonical(latest), Documents.Canonical(earliest)])
            : [await store.PutAsync(middle), await store.PutAsync(latest), await store.PutAsync(earliest)];

        Assert.NotEmpty(expected);
        Assert.All(expected, e => Assert.Equal(latest.Id, e.DocumentId));
        Assert.Equal([WriteOutcome.Stored, WriteOutcome.Stored, WriteOutcome.Invalid], results.Select(r => r.Outcome));
        Assert.Equal(
            expected.Select(e => (e.DocumentId, e.Failure.PropertyName, e.Failure.ErrorCode, e.Failure.ErrorMessage)),
            results[2].Problems.Select(p => (p.DocumentId ?? earliest.Id, p.Path, p.Code, p.Message)));
        Assert.Null(await store.GetAsync(earliest.Id));
    }

    [Fact]
    public async Task PutMany_BatchWhoseFirstDocumentFailsItsThreadCheck_StoresTheOthersOnce_AndARerunChangesNothing()
    {
        // A batch is first written with its thread checks decided beside the writer; its first document fails, so that
        // transaction is abandoned (while later chunks of the batch may still be being prepared) and the batch written again:
        // the store holds each other document once, at consecutive positions.
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var documents = EventThread.Create(Documents.Threads(300, 1, 5)).Documents.ToList();
        var actorId = documents[0].Actors.Select(a => a.Id).First(id => documents[^1].Actors.Any(a => a.Id == id));
        var renamed = documents[^1] with { Actors = [.. documents[^1].Actors.Select(a => a.Id == actorId ? a with { Name = "Somebody Else Entirely", Aliases = [] } : a)] };
        var batch = documents[1..^1].Prepend(renamed).Select(d => (ReadOnlyMemory<byte>)Documents.Canonical(d)).ToList();

        var first = await store.PutAsync(documents[0]);
        var results = await store.PutManyAsync(batch);
        var rerun = await store.PutManyAsync(batch);
        var changes = await Changes(store);

        Assert.Equal(WriteOutcome.Stored, first.Outcome);
        Assert.Equal(WriteOutcome.Invalid, results[0].Outcome);
        Assert.Contains(results[0].Problems, p => p.Message.Contains(actorId, StringComparison.Ordinal));
        Assert.All(results.Skip(1), r => Assert.Equal(WriteOutcome.Stored, r.Outcome));
        Assert.Equal(Enumerable.Range(2, documents.Count - 2).Select(p => (long)p), results.Skip(1).Select(r => r.Position!.Value));
        Assert.Equal(Enumerable.Range(1, documents.Count - 1).Select(p => (long)p), changes.Select(c => c.Position));
        Assert.Equal(WriteOutcome.Invalid, rerun[0].Outcome);
        Assert.All(rerun.Skip(1), r => Assert.Equal(WriteOutcome.Unchanged, r.Outcome));
        Assert.Null(await store.GetAsync(renamed.Id));
        Assert.Equal(documents.Count - 1, (await store.LoadThreadAsync(documents[0].ThreadId!)).Documents.Count);
    }

    [Fact]
    public async Task Put_DocumentLackingARecordThatAStoredDocumentRefersTo_IsRefused_NamingTheStoredDocument()
    {
        // The stored document shares no actor with the new one: only its reference ties them.
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var documents = Documents.Threads(24, 1, 9);
        var (referrer, target) = Reference(documents);
        var renamed = Encoding.UTF8.GetString(Documents.Canonical(referrer)).Replace("\"actor-", "\"referrer-actor-", StringComparison.Ordinal);
        var without = Encoding.UTF8.GetString(Documents.Canonical(target.Document)).Replace($"\"{target.Record}\"", $"\"{target.Record}-renamed\"", StringComparison.Ordinal);
        var expected = ThreadValidator.Validate(EventThread.Create([PeaceModelJson.Deserialize(renamed), PeaceModelJson.Deserialize(without)])).Errors;

        var stored = await store.PutJsonAsync(Encoding.UTF8.GetBytes(renamed));
        var refused = await store.PutJsonAsync(Encoding.UTF8.GetBytes(without));
        var agreeing = await store.PutAsync(target.Document);

        Assert.Equal(WriteOutcome.Stored, stored.Outcome);
        Assert.NotEmpty(expected);
        Assert.Equal(WriteOutcome.Invalid, refused.Outcome);
        Assert.Equal(
            expected.Select(e => (e.DocumentId, e.Failure.PropertyName, e.Failure.ErrorCode)),
            refused.Problems.Select(p => (p.DocumentId ?? target.Document.Id, p.Path, p.Code)));
        Assert.Equal(WriteOutcome.Stored, agreeing.Outcome);
    }

    /// <summary>The first document that refers to a record of another one, that document, and the record's id.</summary>
    private static (DiplomaticEvent Referrer, (DiplomaticEvent Document, string Record) Target) Reference(List<DiplomaticEvent> documents)
    {
        foreach (var document in documents)
        {
            foreach (var reaction in document.Reactions)
            {
                if (reaction.TargetId is { } id && ExternalId.TryParse(id, out var documentId, out var recordId))
                {
                    return (document, (documents.Single(d => d.Id == documentId), recordId));
                }
            }
        }

        throw new InvalidOperationException("the generated documents hold no reference across documents");
    }

    [Fact]
    public async Task Put_ThreadsInBatches_RefusesWhatTheWholeThreadCheckRefuses()
    {
        // Generated threads, put in batches in an order that is not thread order, some actors renamed: every document the
        // store takes, checked together with all it took of its thread, passes the whole-thread check; every one it refuses fails it.
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var random = new Random(17);
        var documents = Documents.Threads(60, 3, 13)
            .Select(d => random.Next(6) != 0 ? d : d with { Actors = [.. d.Actors.Select((a, i) => i == 0 ? a with { Name = "Renamed " + random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture), Aliases = [] } : a)] })
            .OrderBy(_ => random.Next())
            .ToList();
        var accepted = new List<DiplomaticEvent>();

        foreach (var batch in documents.Chunk(7))
        {
            var results = await store.PutManyAsync([.. batch.Select(Documents.Canonical)]);
            for (var i = 0; i < batch.Length; i++)
            {
                var alone = ThreadValidator.Validate(EventThread.Create([.. accepted.Where(d => d.ThreadId == batch[i].ThreadId), batch[i]])).Errors;
                Assert.True(
                    (results[i].Outcome == WriteOutcome.Stored) == (alone.Count == 0),
                    $"{batch[i].Id}: {results[i].Outcome}; the whole-thread check: {string.Join("; ", alone.Select(e => e.Failure.ErrorMessage))}");
                if (results[i].Outcome == WriteOutcome.Stored)
                {
                    accepted.Add(batch[i]);
                }
            }
        }

        Assert.True(accepted.Count < documents.Count, "some documents were refused");
        Assert.True(accepted.Count > documents.Count / 2, "most documents were stored");
    }

    [Fact]
    public async Task PutMany_ThreadDocumentsInOneBatch_AreCheckedAgainstTheEarlierOnes()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var ceasefire = Documents.Episode(Documents.Ceasefire);
        var breach = Documents.Episode(Documents.BreachClaims);
        var shared = breach.Actors.First(a => ceasefire.Actors.Any(c => c.Id == a.Id));
        var renamed = breach with { Actors = [.. breach.Actors.Select(a => a.Id == shared.Id ? a with { Name = "Somebody Else Entirely", Aliases = [] } : a)] };
        var dangling = Documents.EpisodeJson(Documents.BreachClaims).Replace($"{Documents.Ceasefire}/port-amrel-ceasefire", $"{Documents.Ceasefire}/no-such-agreement", StringComparison.Ordinal);

        var results = await store.PutManyAsync([Documents.Canonical(ceasefire), Documents.Canonical(renamed), Encoding.UTF8.GetBytes(dangling), Documents.Canonical(breach)]);

        Assert.Equal([WriteOutcome.Stored, WriteOutcome.Invalid, WriteOutcome.Invalid, WriteOutcome.Stored], results.Select(r => r.Outcome));
        Assert.Contains(results[1].Problems, p => p.Message.Contains(shared.Id, StringComparison.Ordinal));
        Assert.Contains(results[2].Problems, p => p.Message.Contains("no-such-agreement", StringComparison.Ordinal));
        Assert.Equal(Documents.Canonical(breach), (await store.GetAsync(Documents.BreachClaims))!.Utf8Json.ToArray());
    }

    [Fact]
    public async Task Queries_OnGeneratedThreads_EqualTheInMemoryIndex()
    {
        foreach (var seed in (int[])[3, 11])
        {
            var (_, store) = await NewStoreAsync();
            await using var _ = store;
            var documents = Documents.Threads(48, 4, seed);
            var results = await store.PutManyAsync([.. documents.Select(d => (ReadOnlyMemory<byte>)Documents.Canonical(d))]);
            Assert.All(results, r => Assert.True(r.Outcome == WriteOutcome.Stored, r.Message + string.Concat(r.Problems.Select(p => "\n" + p))));
            var indexes = documents.ToDictionary(d => d.Id, EventIndex.Create);

            // Every record, by kind.
            foreach (var kind in RecordKinds.All.ToList())
            {
                Assert.Equal(Sorted(documents.SelectMany(d => Documents.Records(d, kind))), await Pairs(store, new RecordQuery { Kind = kind.ListName }));
            }

            // By actor, in any role and as author.
            foreach (var actor in documents.SelectMany(d => d.Actors).Select(a => a.Id).Distinct().Take(4))
            {
                Assert.Equal(Sorted(documents.SelectMany(d => indexes[d.Id].ReferencesTo(actor).Select(r => (d.Id, r.From.Record.Id)))), await Pairs(store, new RecordQuery { ActorId = actor }));
                Assert.Equal(
                    Sorted(documents.SelectMany(d => indexes[d.Id].ReferencesTo(actor).Where(r => r.Reference.Role == ReferenceRole.Author).Select(r => (d.Id, r.From.Record.Id)))),
                    await Pairs(store, new RecordQuery { ActorId = actor, Role = ReferenceRole.Author }));
            }

            // What refers to each proposal, in its own document and in the others.
            var across = 0;
            foreach (var target in documents.SelectMany(d => d.Proposals.Select(p => (Document: d.Id, Proposal: p.Id))))
            {
                var expected = Sorted(documents.SelectMany(d => indexes[d.Id]
                    .ReferencesTo(d.Id == target.Document ? target.Proposal : ExternalId.Create(target.Document, target.Proposal))
                    .Select(r => (d.Id, r.From.Record.Id))));
                across += expected.Count(e => e.Document != target.Document);
                Assert.Equal(expected, await Pairs(store, new RecordQuery { RefersTo = ExternalId.Create(target.Document, target.Proposal) }));
            }

            Assert.True(across > 0, "the generated threads hold references across documents");

            // By thread, and by thread and date range.
            foreach (var thread in documents.Select(d => d.ThreadId!).Distinct())
            {
                Assert.Equal(Sorted(documents.Where(d => d.ThreadId == thread).SelectMany(d => Documents.Records(d))), await Pairs(store, new RecordQuery { ThreadId = thread }));
            }

            var all = await Query(store, new RecordQuery());
            var (from, to) = (new DateOnly(2018, 1, 1), new DateOnly(2020, 12, 31));
            Assert.Equal(
                Sorted(all.Where(r => r.FirstDay <= to && r.LastDay >= from).Select(r => (r.DocumentId, r.RecordId))),
                await Pairs(store, new RecordQuery { From = from, To = to }));

            // Dates from the record's own date, or from the statements that express it.
            var sample = documents[0];
            var records = (await Query(store, new RecordQuery { DocumentId = sample.Id })).ToDictionary(r => r.RecordId);
            Assert.Equal(sample.Statements[0].SaidOn.FirstDay, records[sample.Statements[0].Id].FirstDay);
            var madeBy = sample.Proposals[0].StatementIds.Select(id => sample.Statements.First(s => s.Id == id).SaidOn).ToList();
            Assert.Equal(madeBy.Min(s => s.FirstDay), records[sample.Proposals[0].Id].FirstDay);
            Assert.Equal(madeBy.Max(s => s.LastDay), records[sample.Proposals[0].Id].LastDay);
            Assert.Equal(sample.Agreements[0].Date.FirstDay, records[sample.Agreements[0].Id].FirstDay);
        }
    }

    [Fact]
    public async Task LoadThread_AsOfEachDay_EqualsTheThreadMergedInMemory()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var documents = Documents.Threads(24, 2, 5);
        await store.PutManyAsync([.. documents.Select(d => (ReadOnlyMemory<byte>)Documents.Canonical(d))]);

        foreach (var thread in documents.GroupBy(d => d.ThreadId!))
        {
            var inMemory = EventThread.Create(thread);
            foreach (var day in thread.Select(d => d.Date.FirstDay).Order().Take(4).Append(thread.Max(d => d.Date.LastDay)))
            {
                var loaded = await store.LoadThreadAsync(thread.Key, day);
                Assert.Equal(inMemory.Documents.Where(d => d.Date.FirstDay <= day).Select(d => d.Id), loaded.Documents.Select(d => d.Id));
                Assert.Equal(PeaceModelJson.Serialize(inMemory.Merge(day)), PeaceModelJson.Serialize(loaded.Merge(day)));
            }

            Assert.Equal(inMemory.Documents, (await store.LoadThreadAsync(thread.Key)).Documents);
        }

        var episodes = await store.PutAsync(Documents.Episode(Documents.Ceasefire));
        Assert.Equal(WriteOutcome.Stored, episodes.Outcome);
        Assert.Empty((await store.LoadThreadAsync(Documents.Thread, new DateOnly(2026, 4, 13))).Documents);
        Assert.Single((await store.LoadThreadAsync(Documents.Thread, new DateOnly(2026, 4, 14))).Documents);
    }

    [Fact]
    public async Task LoadThreadAt_AnInstant_TakesADocumentFromTheInstantOfItsDate()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        var ceasefire = Documents.Episode(Documents.Ceasefire);
        var timed = ceasefire with { Date = ceasefire.Date with { Time = new TimeOnly(16, 30), TimeZone = "+03:00" } };
        Assert.Equal(WriteOutcome.Stored, (await store.PutAsync(timed)).Outcome);

        var before = await store.LoadThreadAtAsync(Documents.Thread, new DateTimeOffset(2026, 4, 14, 13, 29, 0, TimeSpan.Zero));
        var at = await store.LoadThreadAtAsync(Documents.Thread, new DateTimeOffset(2026, 4, 14, 13, 30, 0, TimeSpan.Zero));
        var agreement = (await Query(store, new RecordQuery { Kind = "agreement", DocumentId = Documents.Ceasefire })).First();

        Assert.Empty(before.Documents);
        Assert.Single(at.Documents);
        Assert.Equal(new DateOnly(2026, 4, 14), agreement.FirstDay);
    }

    [Fact]
    public async Task TwoWriters_SameDocumentSameExpectedVersion_OneWinsTheOtherConflicts()
    {
        var location = await NewLocationAsync();
        await using var first = await location.OpenAsync();
        await using var second = await location.OpenAsync();
        var document = Documents.Episode(Documents.Ceasefire);
        await first.PutAsync(document);

        for (var round = 0; round < 5; round++)
        {
            var current = (await first.GetAsync(Documents.Ceasefire))!.Version;
            var a = document with { Title = $"Writer A, round {round}" };
            var b = document with { Title = $"Writer B, round {round}" };
            var results = await Task.WhenAll(Task.Run(() => first.PutAsync(a, current)), Task.Run(() => second.PutAsync(b, current)));

            Assert.Single(results, r => r.Outcome == WriteOutcome.Stored);
            var conflict = Assert.Single(results, r => r.Outcome == WriteOutcome.Conflict);
            Assert.Equal(current, conflict.ExpectedVersion);
            Assert.Equal(current + 1, conflict.Version);
            var winner = results[0].Outcome == WriteOutcome.Stored ? a : b;
            Assert.Equal(Documents.Canonical(winner), (await second.GetAsync(Documents.Ceasefire))!.Utf8Json.ToArray());
        }

        Assert.Equal(6, (await first.GetHistoryAsync(Documents.Ceasefire)).Count);
    }

    [Fact]
    public async Task ManyConcurrentPuts_OfDifferentDocuments_AreAllPresent()
    {
        var location = await NewLocationAsync();
        await using var first = await location.OpenAsync();
        await using var second = await location.OpenAsync();
        var documents = Documents.Threads(96, 0, 21);

        var results = await Task.WhenAll(documents.Select((d, i) => Task.Run(() => (i % 2 == 0 ? first : second).PutAsync(d))));
        var changes = await Changes(first);

        Assert.All(results, r => Assert.Equal(WriteOutcome.Stored, r.Outcome));
        Assert.Equal(Enumerable.Range(1, documents.Count).Select(i => (long)i), changes.Select(c => c.Position));
        Assert.Equal(documents.Select(d => d.Id).Order(StringComparer.Ordinal), changes.Select(c => c.DocumentId).Order(StringComparer.Ordinal));
        foreach (var document in documents)
        {
            Assert.Equal(Documents.Canonical(document), (await second.GetAsync(document.Id))!.Utf8Json.ToArray());
        }
    }

    [Fact]
    public async Task Query_ValuesThatLookLikeSql_AreParameters()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;
        await store.PutAsync(Documents.Episode(Documents.Ceasefire));

        var found = await Query(store, new RecordQuery { ActorId = "x' OR '1'='1", ThreadId = "'; DROP TABLE records; --" });

        Assert.Empty(found);
        Assert.NotEmpty(await Query(store, new RecordQuery { DocumentId = Documents.Ceasefire }));
    }

    [Fact]
    public async Task Query_UnknownKind_IsAnArgumentExceptionListingTheKinds()
    {
        var (_, store) = await NewStoreAsync();
        await using var _ = store;

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Query(store, new RecordQuery { Kind = "treaties" }));

        Assert.Contains("proposals", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_OlderStore_IsUpgraded_AndKeepsItsDocuments()
    {
        var location = await NewLocationAsync();
        await using (var older = await location.OpenAsync(new EventStoreOptions { MigrateUpTo = 1 }))
        {
            await older.PutAsync(Documents.Episode(Documents.Ceasefire));
        }

        Assert.Equal(1, await location.ScalarAsync("SELECT max(version) FROM schema_migrations"));
        await using var upgraded = await location.OpenAsync();

        Assert.Equal(4, await location.ScalarAsync("SELECT max(version) FROM schema_migrations"));
        Assert.NotNull(await upgraded.GetAsync(Documents.Ceasefire));
        Assert.NotEmpty(await Query(upgraded, new RecordQuery { Kind = "agreements" }));
    }

    [Fact]
    public async Task Open_NewerStore_IsRefusedNamingTheMigration()
    {
        var location = await NewLocationAsync();
        await (await location.OpenAsync()).DisposeAsync();
        await location.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (5, 'records-by-colour', 0)");

        var ex = await Assert.ThrowsAsync<EventStoreException>(() => location.OpenAsync());

        Assert.Contains("schema version 5 ('records-by-colour')", ex.Message, StringComparison.Ordinal);
        Assert.Contains("version 4, 'versions-lz4'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_OlderStoreWithoutMigrations_IsRefusedNamingWhatIsMissing()
    {
        var location = await NewLocationAsync();
        await (await location.OpenAsync(new EventStoreOptions { MigrateUpTo = 1 })).DisposeAsync();

        var ex = await Assert.ThrowsAsync<EventStoreException>(() => location.OpenAsync(new EventStoreOptions { ApplyMigrations = false }));

        Assert.Contains("'query-indexes', 'links-by-target-document', 'versions-lz4'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, await location.ScalarAsync("SELECT max(version) FROM schema_migrations"));
    }

    [Fact]
    public async Task Writer_KilledMidBatch_LeavesEveryDocumentWholeOrAbsent_AndTheRerunCompletesIt()
    {
        const int Batch = 500;
        var location = await NewLocationAsync();
        await (await location.OpenAsync()).DisposeAsync();
        var documents = Documents.Threads(2000, 0, 31);
        var file = Path.Combine(Directory.CreateTempSubdirectory("peacemodel-crash-").FullName, "batch.jsonl");
        await File.WriteAllLinesAsync(file, documents.Select(PeaceModelJson.SerializeLine));

        long committed;
        using (var writer = Tool.Start(null, "store", "put", file, "--store", location.Name))
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while ((committed = await location.ScalarAsync("SELECT position FROM store_state WHERE id = 1")) < Batch && !writer.HasExited && waited.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(10);
            }

            writer.Kill(entireProcessTree: true); // SIGKILL: no cleanup, no rollback by the writer
            await writer.WaitForExitAsync();
            committed = await location.ScalarAsync("SELECT position FROM store_state WHERE id = 1");
        }

        Assert.InRange(committed, Batch, documents.Count - 1); // the writer died with documents left to put
        Assert.Equal(0, committed % Batch); // batches are atomic: whole or absent
        await using (var store = await location.OpenAsync())
        {
            var present = 0;
            foreach (var document in documents)
            {
                var stored = await store.GetAsync(document.Id);
                var records = await Query(store, new RecordQuery { DocumentId = document.Id });
                if (stored is null)
                {
                    Assert.Empty(records);
                    continue;
                }

                present++;
                Assert.Equal(Documents.Canonical(document), stored.Utf8Json.ToArray());
                Assert.Equal(Documents.Records(document).Count(), records.Count);
            }

            Assert.Equal(committed, present);
        }

        var rerun = await Tool.RunAsync("store", "put", file, "--store", location.Name);
        var again = await Tool.RunAsync("store", "put", file, "--store", location.Name);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains($"{documents.Count - committed} stored, {committed} unchanged, 0 invalid", rerun.Error, StringComparison.Ordinal);
        Assert.Contains($"0 stored, {documents.Count} unchanged, 0 invalid", again.Error, StringComparison.Ordinal);
        Assert.Equal(documents.Count, await location.ScalarAsync("SELECT count(*) FROM documents"));
        Assert.Equal(documents.Sum(d => Documents.Records(d).Count()), await location.ScalarAsync("SELECT count(*) FROM records"));
    }

    protected static async Task<List<DocumentVersion>> Changes(IEventStore store, long after = 0)
    {
        var changes = new List<DocumentVersion>();
        await foreach (var change in store.GetChangesAsync(after))
        {
            changes.Add(change);
        }

        return changes;
    }

    protected static async Task<List<StoredRecord>> Query(IEventStore store, RecordQuery query)
    {
        var records = new List<StoredRecord>();
        await foreach (var record in store.QueryAsync(query))
        {
            records.Add(record);
        }

        return records;
    }

    private static async Task<List<(string Document, string Record)>> Pairs(IEventStore store, RecordQuery query) =>
        Sorted((await Query(store, query)).Select(r => (r.DocumentId, r.RecordId)));

    private static List<(string Document, string Record)> Sorted(IEnumerable<(string Document, string Record)> pairs) =>
        [.. pairs.Distinct().OrderBy(p => p.Document, StringComparer.Ordinal).ThenBy(p => p.Record, StringComparer.Ordinal)];
}
