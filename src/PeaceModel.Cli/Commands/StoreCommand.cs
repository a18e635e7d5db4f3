using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using PeaceModel.Cli.Checking;
using PeaceModel.Cli.Input;
using PeaceModel.Cli.Summary;
using PeaceModel.Kinds;
using PeaceModel.Serialization;
using PeaceModel.Storage;
using PeaceModel.Storage.PostgreSql;

namespace PeaceModel.Cli.Commands;

/// <summary>
/// <c>peacemodel store put|get|history|delete|query|changes|summarize [--store STORE]</c>: an event store, SQLite in a
/// file (a path) or PostgreSQL (a connection string or <c>postgres://</c> URL), named by <c>--store</c> or <c>PEACEMODEL_STORE</c>.
/// Exit codes as <c>validate</c>: 0 ok, 1 invalid data or a conflict (that document not stored), 2 unreadable input or store.
/// </summary>
internal static class StoreCommand
{
    /// <summary>The environment variable that names the store when <c>--store</c> is not given.</summary>
    public const string StoreVariable = "PEACEMODEL_STORE";

    private const int BatchDocuments = 500;
    private const long BatchBytes = 32 << 20;
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static Command Create(CliEnvironment environment)
    {
        var store = new Option<string?>("--store")
        {
            Description = $"The store: a file path (SQLite, created when absent), or an Npgsql connection string or postgres:// URL (PostgreSQL). Defaults to ${StoreVariable}.",
            Recursive = true,
        };
        var command = new Command("store", "Keep documents in a versioned event store and query every record: put, get, history, delete, query, changes, summarize. The store is SQLite in a file (no server) or PostgreSQL.")
        {
            store,
            Put(environment, store),
            Get(environment, store),
            History(environment, store),
            Delete(environment, store),
            Query(environment, store),
            Changes(environment, store),
            Summarize(environment, store),
        };
        return command;
    }

    private static Command Put(CliEnvironment environment, Option<string?> store)
    {
        var paths = new Argument<string[]>("paths") { Description = "Event files: .json (one event), .jsonl (one event per line), folders (their .json and .jsonl files), or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var expected = new Option<long?>("--expected-version") { Description = "With one document: store it only if the store holds this version of it (0: none yet); otherwise a conflict (exit code 1)." };
        var stdinFormat = new Option<string>("--stdin-format") { Description = "How standard input (-) holds events: json (one event) or jsonl (one per line).", DefaultValueFactory = _ => "json" };
        stdinFormat.AcceptOnlyFromAmong("json", "jsonl");
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Also read the .json and .jsonl files in the subfolders of folders given." };
        var command = new Command("put", "Validate and store documents, in batches of 500 (each batch one transaction). The same content again changes nothing; changed content is a new version. Invalid documents are reported as validate reports them and not stored.")
        {
            paths, expected, stdinFormat, recursive,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var opened = await OpenAsync(parse.GetValue(store), environment, cancellationToken);
            if (opened.Store is not { } eventStore)
            {
                return ExitCodes.Unusable;
            }

            var writer = new TextProblemWriter(environment.Out, environment.Error);
            var put = new PutRun(eventStore, writer, parse.GetValue(expected));
            var inputs = InputExpander.Expand(
                parse.GetValue(paths)!, parse.GetValue(stdinFormat) == "jsonl" ? InputKind.JsonLines : InputKind.Json, environment.OpenStandardInput, put.Unusable, parse.GetValue(recursive), environment.Error.WriteLine);
            foreach (var input in inputs)
            {
                await using var stream = input.Open();
                await put.ReadAsync(input, stream, cancellationToken);
            }

            await put.CompleteAsync(cancellationToken);
            await environment.Error.WriteLineAsync(put.Summary());
            return put.ExitCode;
        });
        return command;
    }

    private static Command Get(CliEnvironment environment, Option<string?> store)
    {
        var id = new Argument<string>("id") { Description = "The document's id." };
        var version = new Option<long?>("--version") { Description = "The version; the latest when left out." };
        var command = new Command("get", "Print a document's canonical JSON, exactly as stored (and a newline).") { id, version };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var opened = await OpenAsync(parse.GetValue(store), environment, cancellationToken);
            if (opened.Store is not { } eventStore)
            {
                return ExitCodes.Unusable;
            }

            var documentId = parse.GetValue(id)!;
            var asked = parse.GetValue(version);
            var found = await eventStore.GetAsync(documentId, asked, cancellationToken);
            if (found is null || found.IsDeleted)
            {
                await environment.Error.WriteLineAsync(found is null
                    ? $"peacemodel: the store holds no document '{documentId}'{(asked is { } v ? string.Create(CultureInfo.InvariantCulture, $" at version {v}") : string.Empty)}."
                    : string.Create(CultureInfo.InvariantCulture, $"peacemodel: version {found.Version} of document '{documentId}' is a tombstone: the document was deleted (see 'peacemodel store history {documentId}')."));
                return ExitCodes.Invalid;
            }

            await environment.Out.WriteAsync(Encoding.UTF8.GetString(found.Utf8Json.Span).AsMemory(), cancellationToken);
            await environment.Out.WriteAsync('\n');
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command History(CliEnvironment environment, Option<string?> store)
    {
        var id = new Argument<string>("id") { Description = "The document's id." };
        var command = new Command("history", "Print every version of a document, oldest first, tombstones included, as JSON Lines.") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var opened = await OpenAsync(parse.GetValue(store), environment, cancellationToken);
            if (opened.Store is not { } eventStore)
            {
                return ExitCodes.Unusable;
            }

            var versions = await eventStore.GetHistoryAsync(parse.GetValue(id)!, cancellationToken);
            foreach (var version in versions)
            {
                await environment.Out.WriteLineAsync(Line(version));
            }

            if (versions.Count == 0)
            {
                await environment.Error.WriteLineAsync($"peacemodel: the store never held a document '{parse.GetValue(id)}'.");
                return ExitCodes.Invalid;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Delete(CliEnvironment environment, Option<string?> store)
    {
        var id = new Argument<string>("id") { Description = "The document's id." };
        var expected = new Option<long?>("--expected-version") { Description = "Delete only if the store holds this version; otherwise a conflict (exit code 1)." };
        var command = new Command("delete", "Delete a document: a tombstone becomes its latest version; its history stays.") { id, expected };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var opened = await OpenAsync(parse.GetValue(store), environment, cancellationToken);
            if (opened.Store is not { } eventStore)
            {
                return ExitCodes.Unusable;
            }

            var result = await eventStore.DeleteAsync(parse.GetValue(id)!, parse.GetValue(expected), cancellationToken);
            await environment.Error.WriteLineAsync(result.Message);
            return result.Succeeded ? ExitCodes.Success : ExitCodes.Invalid;
        });
        return command;
    }

    private static Command Query(CliEnvironment environment, Option<string?> store)
    {
        var kind = new Option<string?>("--kind") { Description = $"The kind of record: {string.Join(", ", RecordKinds.All.Select(k => k.ListName))} (or the noun: proposal)." };
        var actor = new Option<string?>("--actor") { Description = "An actor the record names (in any role unless --role)." };
        var role = new Option<string?>("--role") { Description = $"The actor's role: {string.Join(", ", Enum.GetValues<ReferenceRole>().Select(RoleName))}." };
        var from = new Option<string?>("--from") { Description = "The first day (YYYY-MM-DD) the record's dates must reach." };
        var to = new Option<string?>("--to") { Description = "The last day (YYYY-MM-DD) the record's dates may start on." };
        var thread = new Option<string?>("--thread") { Description = "The thread the record's document declares." };
        var refersTo = new Option<string?>("--refers-to") { Description = "A record the found records refer to: document-id/record-id, or a record id in any document." };
        var limit = new Option<int?>("--limit") { Description = "The most records to print." };
        var command = new Command("query", "Print the records of the stored documents (latest versions) that match every option, as JSON Lines: documentId, version, recordId, kind, threadId, firstDay, lastDay, instant.")
        {
            kind, actor, role, from, to, thread, refersTo, limit,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DayOption.TryRead(parse.GetValue(from), "--from", environment, out var fromDay) || !DayOption.TryRead(parse.GetValue(to), "--to", environment, out var toDay))
            {
                return ExitCodes.Unusable;
            }

            ReferenceRole? parsedRole = null;
            if (parse.GetValue(role) is { } roleName)
            {
                var match = Enum.GetValues<ReferenceRole>().Where(r => string.Equals(RoleName(r), roleName, StringComparison.OrdinalIgnoreCase)).ToList();
                if (match.Count == 0)
                {
                    await environment.Error.WriteLineAsync($"peacemodel: --role: '{roleName}' is not a role; roles: {string.Join(", ", Enum.GetValues<ReferenceRole>().Select(RoleName))}.");
                    return ExitCodes.Unusable;
                }

                parsedRole = match[0];
            }

            await using var opened = await OpenAsync(parse.GetValue(store), environment, cancellationToken);
            if (opened.Store is not { } eventStore)
            {
                return ExitCodes.Unusable;
            }

            var query = new RecordQuery
            {
                Kind = parse.GetValue(kind),
                ActorId = parse.GetValue(actor),
                Role = parsedRole,
                From = fromDay,
                To = toDay,
                ThreadId = parse.GetValue(thread),
                RefersTo = parse.GetValue(refersTo),
                Limit = parse.GetValue(limit),
            };
            try
            {
                await foreach (var record in eventStore.QueryAsync(query, cancellationToken))
                {
                    await environment.Out.WriteLineAsync(Line(record));
                }
            }
            catch (ArgumentException ex)
            {
                await environment.Error.WriteLineAsync($"peacemodel: --kind: {ex.Message.Split(" (Parameter", 2)[0]}");
                return ExitCodes.Unusable;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Changes(CliEnvironment environment, Option<string?> store)
    {
        var after = new Option<long>("--after") { Description = "The last position already seen; 0 (the default) for the whole feed.", DefaultValueFactory = _ => 0 };
        var command = new Command("changes", "Print the change feed as JSON Lines: every put that stored a version and every delete, in commit order, with its position.") { after };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var opened = await OpenAsync(parse.GetValue(store), environment, cancellationToken);
            if (opened.Store is not { } eventStore)
            {
                return ExitCodes.Unusable;
            }

            await foreach (var change in eventStore.GetChangesAsync(parse.GetValue(after), cancellationToken))
            {
                await environment.Out.WriteLineAsync(Line(change));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Summarize(CliEnvironment environment, Option<string?> store)
    {
        var thread = new Option<string>("--thread") { Description = "The thread's id.", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Summarize the thread as it stood on this day (YYYY-MM-DD): only the documents dated on or before it." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var rules = SummaryOutput.Rules();
        var command = new Command("summarize", "Summarize a thread read from the store, as 'peacemodel summarize' does with files.") { thread, asOf, format, rules };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DayOption.TryRead(parse.GetValue(asOf), "--as-of", environment, out var day))
            {
                return ExitCodes.Unusable;
            }

            await using var opened = await OpenAsync(parse.GetValue(store), environment, cancellationToken);
            if (opened.Store is not { } eventStore)
            {
                return ExitCodes.Unusable;
            }

            var loaded = await eventStore.LoadThreadAsync(parse.GetValue(thread)!, day, cancellationToken);
            if (loaded.Documents.Count == 0)
            {
                await environment.Error.WriteLineAsync($"peacemodel: the store holds no document of thread '{parse.GetValue(thread)}'{(day is { } d ? $" dated on or before {Text.EventText.Day(d)}" : string.Empty)}.");
                return ExitCodes.Invalid;
            }

            var episode = loaded.Merge(day ?? loaded.Documents[^1].Date.LastDay);
            var output = SummaryOutput.Render(parse.GetValue(format), episode, day, parse.GetValue(rules));
            await environment.Out.WriteAsync(output.AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string RoleName(ReferenceRole role) => JsonNamingPolicy.CamelCase.ConvertName(role.ToString());

    /// <summary>Opens the store named by <c>--store</c> or <c>PEACEMODEL_STORE</c>; on failure the reason is written and the store is <see langword="null"/>.</summary>
    internal static async Task<OpenedStore> OpenAsync(string? given, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var name = given ?? Environment.GetEnvironmentVariable(StoreVariable);
        if (string.IsNullOrEmpty(name))
        {
            await environment.Error.WriteLineAsync($"peacemodel: no store: give --store PATH (SQLite) or --store CONNECTION (PostgreSQL: Host=...;Database=... or postgres://...), or set {StoreVariable}.");
            return default;
        }

        try
        {
            return new OpenedStore(PostgreSqlEventStore.IsPostgreSqlName(name)
                ? await PostgreSqlEventStore.OpenAsync(name, cancellationToken: cancellationToken)
                : await SqliteEventStore.OpenAsync(name, cancellationToken: cancellationToken));
        }
        catch (Exception ex) when (ex is EventStoreException or ArgumentException)
        {
            await environment.Error.WriteLineAsync($"peacemodel: {ex.Message}");
            return default;
        }
    }

    private static string Line(DocumentVersion version) => Json(writer =>
    {
        writer.WriteNumber("position", version.Position);
        writer.WriteString("documentId", version.DocumentId);
        writer.WriteNumber("version", version.Version);
        writer.WriteBoolean("deleted", version.IsDeleted);
        writer.WriteString("storedAt", version.StoredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        if (version.Sha256 is { } sha)
        {
            writer.WriteString("sha256", sha);
        }
    });

    private static string Line(StoredRecord record) => Json(writer =>
    {
        writer.WriteString("documentId", record.DocumentId);
        writer.WriteNumber("version", record.Version);
        writer.WriteString("recordId", record.RecordId);
        writer.WriteString("kind", record.Kind);
        if (record.ThreadId is { } thread)
        {
            writer.WriteString("threadId", thread);
        }

        if (record.FirstDay is { } first)
        {
            writer.WriteString("firstDay", Text.EventText.Day(first));
        }

        if (record.LastDay is { } last)
        {
            writer.WriteString("lastDay", Text.EventText.Day(last));
        }

        if (record.Instant is { } instant)
        {
            writer.WriteString("instant", instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        }
    });

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A store to dispose when the command ends, or none when it could not be opened.</summary>
    internal readonly record struct OpenedStore(IEventStore? Store) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Store?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    /// <summary>One <c>store put</c>: documents read from the inputs, put in batches, their problems reported as <c>validate</c> reports them.</summary>
    private sealed class PutRun(IEventStore store, TextProblemWriter writer, long? expectedVersion)
    {
        private List<(string Name, long? Line, byte[] Json)> batch = [];
        private readonly List<Problem> afterInFlight = [];
        private (List<(string Name, long? Line, byte[] Json)> Batch, Task<IReadOnlyList<WriteResult>> Put)? inFlight;
        private long batchBytes;
        private int unreadable;
        private int documents;
        private readonly Dictionary<WriteOutcome, int> counts = [];

        public int ExitCode => unreadable > 0 ? ExitCodes.Unusable : Count(WriteOutcome.Invalid) + Count(WriteOutcome.Conflict) > 0 ? ExitCodes.Invalid : ExitCodes.Success;

        public void Unusable(string name, string message)
        {
            unreadable++;
            Write(new Problem(name, null, null, Problem.IoCode, message));
        }

        /// <summary>Writes a problem, after those of the batch being stored (if any), so that problems come in input order.</summary>
        private void Write(Problem problem)
        {
            if (inFlight is null)
            {
                writer.Write(problem);
            }
            else
            {
                afterInFlight.Add(problem);
            }
        }

        public async Task ReadAsync(EventInput input, Stream stream, CancellationToken cancellationToken)
        {
            var before = documents;
            if (input.Kind == InputKind.Json)
            {
                using var content = new MemoryStream();
                await stream.CopyToAsync(content, cancellationToken);
                if (content.Length > EventChecker.MaxEventBytes)
                {
                    Unusable(input.Name, $"the file is larger than {EventChecker.MaxEventBytes >> 20} MiB; put one event per line in a .jsonl file instead");
                    return;
                }

                await AddAsync(input.Name, null, content.ToArray(), cancellationToken);
            }
            else
            {
                using var lines = new JsonLinesReader(stream, EventChecker.MaxEventBytes);
                while (await lines.ReadLineAsync(cancellationToken) is { } line)
                {
                    if (lines.TooLong)
                    {
                        Write(new Problem(input.Name, lines.LineNumber, "$", Problem.JsonCode, $"the line is longer than {EventChecker.MaxEventBytes >> 20} MiB and was not read."));
                        Tally(WriteOutcome.Invalid);
                        documents++;
                    }
                    else if (!line.Span.Trim(" \t\r"u8).IsEmpty)
                    {
                        await AddAsync(input.Name, lines.LineNumber, line.ToArray(), cancellationToken);
                    }
                }
            }

            if (documents == before && unreadable == 0)
            {
                Unusable(input.Name, "the input is empty: it holds no event");
            }
        }

        /// <summary>
        /// Starts storing the batch read so far, then waits for the batch before it and reports it: the next batch is read and
        /// prepared (validated, projected) while the one before is written. The store writes batches in the order they are
        /// given (one write transaction at a time, in turn), so each batch is still one transaction, in input order.
        /// </summary>
        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            var started = batch.Count == 0 ? ((List<(string, long?, byte[])>, Task<IReadOnlyList<WriteResult>>)?)null : (batch, Put(batch, cancellationToken));
            batch = [];
            batchBytes = 0;
            try
            {
                await ReportInFlightAsync();
            }
            catch when (started is { } next)
            {
                // The store failed: let the batch just started end before the store is closed.
                await ((Task)next.Item2).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                throw;
            }

            inFlight = started;
        }

        /// <summary>Stores what is left and reports every batch.</summary>
        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await FlushAsync(cancellationToken);
            await ReportInFlightAsync();
        }

        private Task<IReadOnlyList<WriteResult>> Put(List<(string Name, long? Line, byte[] Json)> documents, CancellationToken cancellationToken) =>
            expectedVersion is { } expected && documents.Count == 1 && this.documents == 1
                ? PutOneAsync(documents[0].Json, expected, cancellationToken)
                : store.PutManyAsync([.. documents.Select(b => (ReadOnlyMemory<byte>)b.Json)], cancellationToken);

        private async Task<IReadOnlyList<WriteResult>> PutOneAsync(byte[] json, long expected, CancellationToken cancellationToken) =>
            [await store.PutJsonAsync(json, expected, cancellationToken)];

        private async Task ReportInFlightAsync()
        {
            if (inFlight is not { } previous)
            {
                return;
            }

            inFlight = null;
            var results = await previous.Put;
            for (var i = 0; i < results.Count; i++)
            {
                Report(previous.Batch[i], results[i]);
            }

            foreach (var problem in afterInFlight)
            {
                writer.Write(problem);
            }

            afterInFlight.Clear();
        }

        public string Summary() =>
            string.Create(CultureInfo.InvariantCulture, $"{Text.EventText.Count(documents, "document")}: {Count(WriteOutcome.Stored)} stored, {Count(WriteOutcome.Unchanged)} unchanged, {Count(WriteOutcome.Invalid)} invalid, {Count(WriteOutcome.Conflict)} in conflict; {Text.EventText.Count(unreadable, "input")} unreadable.");

        private async Task AddAsync(string name, long? line, byte[] json, CancellationToken cancellationToken)
        {
            documents++;
            var span = json.AsSpan();
            if (span.StartsWith(ByteOrderMark))
            {
                json = span[ByteOrderMark.Length..].ToArray();
            }

            if (!Utf8.IsValid(json))
            {
                Unusable(name, line is null ? "the file is not UTF-8 text" : string.Create(CultureInfo.InvariantCulture, $"line {line} is not UTF-8 text"));
                return;
            }

            if (expectedVersion is not null && documents > 1)
            {
                Unusable(name, "--expected-version is for one document; more than one was given");
                return;
            }

            batch.Add((name, line, json));
            batchBytes += json.Length;
            if (batch.Count >= BatchDocuments || batchBytes >= BatchBytes)
            {
                await FlushAsync(cancellationToken);
            }
        }

        private void Report((string Name, long? Line, byte[] Json) input, WriteResult result)
        {
            Tally(result.Outcome);
            if (result.Outcome == WriteOutcome.Conflict)
            {
                writer.Write(new Problem(input.Name, input.Line, "$", "CONFLICT", result.Message));
            }

            foreach (var problem in result.Problems)
            {
                var line = input.Line ?? (problem.DocumentId is null ? new JsonLineLocator(input.Json).LineOf(problem.Path) : null);
                var message = problem.DocumentId is null ? problem.Message : $"(in stored document '{problem.DocumentId}') {problem.Message}";
                writer.Write(new Problem(input.Name, line ?? 1, problem.Path, problem.Code, message));
            }
        }

        private void Tally(WriteOutcome outcome) => counts[outcome] = Count(outcome) + 1;

        private int Count(WriteOutcome outcome) => counts.GetValueOrDefault(outcome);
    }
}
