using System.Text;
using System.Text.Json;
using PeaceModel.Serialization;
using PeaceModel.Storage.Tests.Support;
using PeaceModel.Tests.Support;

namespace PeaceModel.Storage.Tests;

/// <summary><c>peacemodel store</c>, run as a child process on a SQLite store.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("peacemodel-store-cli-").FullName;

    private string Store => Path.Combine(folder, "events.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Put_InvalidDocument_ReportsWhatValidateReports_AndStoresNothing()
    {
        var seed = Documents.Seed();
        var broken = Path.Combine(folder, "broken.json");
        await File.WriteAllTextAsync(broken, PeaceModelJson.Serialize(seed with { Statements = [seed.Statements[0] with { SpeakerId = "nobody" }, .. seed.Statements.Skip(1)] }));
        var malformed = Path.Combine(folder, "malformed.jsonl");
        await File.WriteAllTextAsync(malformed, PeaceModelJson.SerializeLine(seed) + "\n{\"schemaVersion\": \"2.0\", \"id\": \n");

        var validate = await Tool.RunAsync("validate", broken, malformed);
        var put = await Tool.RunAsync("store", "put", broken, malformed, "--store", Store);
        var changes = await Tool.RunAsync("store", "changes", "--store", Store);

        Assert.Equal(1, validate.ExitCode);
        Assert.True(put.ExitCode == 1, put.ToString());
        Assert.NotEmpty(validate.Lines);

        // validate also says which quotations it could not check against a source text (SOURCE notices);
        // a put takes no source texts and says nothing of quotations: the problems are the same.
        Assert.Equal(validate.Lines.Where(l => !l.Contains(": SOURCE", StringComparison.Ordinal)), put.Lines);
        Assert.Contains("3 documents: 1 stored, 0 unchanged, 2 invalid", put.Error, StringComparison.Ordinal);
        Assert.Single(changes.Lines);
    }

    [Fact]
    public async Task PutGetHistoryQueryDeleteChanges_OnTheEpisodes()
    {
        var episodes = Path.Combine(RepositoryFiles.Root, "episodes");
        var environment = new Dictionary<string, string?> { ["PEACEMODEL_STORE"] = Store };

        var put = await Tool.RunWithAsync(null, environment, "store", "put", episodes);
        var get = await Tool.RunWithAsync(null, environment, "store", "get", Documents.Ceasefire);
        var query = await Tool.RunWithAsync(null, environment, "store", "query", "--refers-to", $"{Documents.Ceasefire}/port-amrel-ceasefire", "--kind", "reaction");
        var byRole = await Tool.RunWithAsync(null, environment, "store", "query", "--actor", "rask", "--role", "author", "--thread", Documents.Thread);
        var delete = await Tool.RunWithAsync(null, environment, "store", "delete", Documents.Ceasefire);
        var deleted = await Tool.RunWithAsync(null, environment, "store", "get", Documents.Ceasefire);
        var first = await Tool.RunWithAsync(null, environment, "store", "get", Documents.Ceasefire, "--version", "1");
        var history = await Tool.RunWithAsync(null, environment, "store", "history", Documents.Ceasefire);
        // One change per episode put, then the delete: the last put and the delete come after the one before.
        long stored = Directory.GetFiles(episodes, "*.json").Length;
        var changes = await Tool.RunWithAsync(null, environment, "store", "changes", "--after", (stored - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(put.ExitCode == 0, put.ToString());
        Assert.Equal(Encoding.UTF8.GetString(Documents.Canonical(Documents.Episode(Documents.Ceasefire))) + "\n", get.Output);
        Assert.NotEmpty(query.Lines);
        foreach (var line in query.Lines.Concat(byRole.Lines))
        {
            var record = JsonDocument.Parse(line).RootElement;
            Assert.Equal(1, record.GetProperty("version").GetInt32());
            Assert.False(string.IsNullOrEmpty(record.GetProperty("documentId").GetString()));
            Assert.False(string.IsNullOrEmpty(record.GetProperty("recordId").GetString()));
        }

        Assert.All(query.Lines, l => Assert.Equal("reactions", JsonDocument.Parse(l).RootElement.GetProperty("kind").GetString()));
        Assert.Contains(query.Lines, l => JsonDocument.Parse(l).RootElement.GetProperty("documentId").GetString() == Documents.BreachClaims);
        Assert.NotEmpty(byRole.Lines);
        Assert.Equal(0, delete.ExitCode);
        Assert.Equal(1, deleted.ExitCode);
        Assert.Contains("tombstone", deleted.Error, StringComparison.Ordinal);
        Assert.Equal(get.Output, first.Output);
        Assert.Equal(2, history.Lines.Length);
        Assert.True(JsonDocument.Parse(history.Lines[1]).RootElement.GetProperty("deleted").GetBoolean());
        Assert.Equal([stored, stored + 1], changes.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("position").GetInt64()));
    }

    [Fact]
    public async Task Put_StandardInputJsonLines_TwiceIsUnchanged_AndAStaleVersionIsAConflict()
    {
        var lines = string.Concat(Documents.Threads(3, 0, 2).Select(d => PeaceModelJson.SerializeLine(d) + "\n"));
        var one = Path.Combine(folder, "one.json");
        await File.WriteAllTextAsync(one, Documents.EpisodeJson(Documents.Ceasefire));

        var first = await Tool.RunWithAsync(lines, null, "store", "put", "-", "--stdin-format", "jsonl", "--store", Store);
        var second = await Tool.RunWithAsync(lines, null, "store", "put", "-", "--stdin-format", "jsonl", "--store", Store);
        var created = await Tool.RunAsync("store", "put", one, "--expected-version", "0", "--store", Store);
        var stale = await Tool.RunAsync("store", "put", one, "--expected-version", "0", "--store", Store);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("3 documents: 3 stored", first.Error, StringComparison.Ordinal);
        Assert.Contains("0 stored, 3 unchanged", second.Error, StringComparison.Ordinal);
        Assert.Equal(0, created.ExitCode);
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("expected version 0, but the store holds version 1", stale.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_NotGivenOrUnreadable_ExitCodeTwo()
    {
        var text = Path.Combine(folder, "text.db");
        await File.WriteAllTextAsync(text, "not a database, only words, long enough to be read as a file header by SQLite");

        var none = await Tool.RunAsync("store", "changes");
        var noFolder = await Tool.RunAsync("store", "changes", "--store", Path.Combine(folder, "no", "such", "folder.db"));
        var notAStore = await Tool.RunAsync("store", "changes", "--store", text);
        var noServer = await Tool.RunAsync("store", "changes", "--store", "Host=127.0.0.1;Port=1;Username=u;Timeout=2");
        var missingFile = await Tool.RunAsync("store", "put", Path.Combine(folder, "missing.json"), "--store", Store);

        Assert.All([none, noFolder, notAStore, noServer, missingFile], r => Assert.True(r.ExitCode == 2, r.ToString()));
        Assert.Contains("PEACEMODEL_STORE", none.Error, StringComparison.Ordinal);
        Assert.Contains("cannot be opened", notAStore.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", noServer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_BadOptions_AreUsageErrors()
    {
        var role = await Tool.RunAsync("store", "query", "--actor", "rask", "--role", "speaker", "--store", Store);
        var day = await Tool.RunAsync("store", "query", "--from", "14/04/2026", "--store", Store);
        var kind = await Tool.RunAsync("store", "query", "--kind", "treaty", "--store", Store);

        Assert.Equal((2, 2, 2), (role.ExitCode, day.ExitCode, kind.ExitCode));
        Assert.Contains("author", role.Error, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", day.Error, StringComparison.Ordinal);
        Assert.Contains("proposals", kind.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_ThreadFromTheStore_EqualsSummarizeOnTheFiles()
    {
        var files = new[] { Documents.Ceasefire, Documents.BreachClaims }.Select(n => RepositoryFiles.EpisodePath(n, ".json")).ToArray();
        await Tool.RunAsync(["store", "put", .. files, "--store", Store]);

        foreach (var asOf in (string[])["2026-04-14", "2026-04-20"])
        {
            var fromFiles = await Tool.RunAsync(["summarize", .. files, "--as-of", asOf]);
            var fromStore = await Tool.RunAsync("store", "summarize", "--thread", Documents.Thread, "--as-of", asOf, "--store", Store);

            Assert.True(fromStore.ExitCode == 0, fromStore.ToString());
            Assert.Equal(fromFiles.Output, fromStore.Output);
        }
    }
}
