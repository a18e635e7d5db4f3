using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using PeaceModel;
using PeaceModel.Cli.Synthetic;
using PeaceModel.Kinds;
using PeaceModel.Serialization;
using PeaceModel.Storage;
using PeaceModel.Storage.Engine;
using PeaceModel.Storage.PostgreSql;

// The store benchmark, a measured console run (docs/benchmarks.md, "Event store"):
//   dotnet run -c Release --project benchmarks/PeaceModel.Storage.Benchmarks -- --count 10000 [--postgres CONNECTION] [--work DIR] [--queries 300]
// It writes COUNT generated documents (100 per thread, actors named per thread, each document's first reaction answering the
// previous document of its thread) as JSON Lines, times 'peacemodel validate' and 'peacemodel store put' on that file, then
// times queries in process: by actor, refers-to, a thread as of a day (p50/p99), and prints bytes per document and query plans.
var count = Arg("--count") is { } c ? int.Parse(c, CultureInfo.InvariantCulture) : 10_000;
var queries = Arg("--queries") is { } q ? int.Parse(q, CultureInfo.InvariantCulture) : 300;
var work = Arg("--work") ?? Path.Combine(Path.GetTempPath(), "peacemodel-store-bench");
var postgres = Arg("--postgres") ?? Environment.GetEnvironmentVariable("PEACEMODEL_POSTGRES");
var skipSqlite = args.Contains("--no-sqlite");
Directory.CreateDirectory(work);
const int PerThread = 100;
var threads = Math.Max(1, count / PerThread);

var file = Path.Combine(work, $"documents-{count}.jsonl");
if (!File.Exists(file))
{
    var watch = Stopwatch.StartNew();
    Generate(file, count, threads);
    Console.WriteLine($"generated {count} documents in {watch.Elapsed.TotalSeconds:F1} s: {new FileInfo(file).Length / count} bytes per line");
}

if (Arg("--stages") is { } stageCount)
{
    Stages(file, int.Parse(stageCount, CultureInfo.InvariantCulture));
    return;
}

var records = 0L;
foreach (var line in File.ReadLines(file).Take(1000))
{
    records += RecordKinds.All.Sum(k => k.GetRecords(PeaceModelJson.Deserialize(line)).Count);
}

Console.WriteLine($"# {count} documents, {threads} threads, ~{records * count / Math.Min(count, 1000)} records ({records / (double)Math.Min(count, 1000):F1} per document)");
var validate = Time("validate", file);
Console.WriteLine($"peacemodel validate: {validate:F1} s, {count / validate:F0} documents/s");

if (!skipSqlite)
{
    var path = Path.Combine(work, $"store-{count}.db");
    foreach (var stale in Directory.GetFiles(work, $"store-{count}.db*"))
    {
        File.Delete(stale);
    }

    var put = Time("store", "put", file, "--store", path);
    await using (var checkpoint = new SqliteConnection($"Data Source={path};Pooling=false"))
    {
        await checkpoint.OpenAsync();
        await using var command = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE)", checkpoint);
        await command.ExecuteNonQueryAsync();
    }

    Console.WriteLine($"SQLite store put: {put:F1} s, {count / put:F0} documents/s ({validate / put:P0} of validate's speed); {new FileInfo(path).Length / count} bytes per document");
    await using var store = await SqliteEventStore.OpenAsync(path);
    await Queries("SQLite", store, count, threads, queries, async (thread, day) =>
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        return await FetchThread(connection, thread, day);
    });
    await Plans("SQLite", async (sql, parameters) =>
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("EXPLAIN QUERY PLAN " + sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    });
}

if (postgres is { Length: > 0 })
{
    var schema = $"bench_{count}";
    await using (var admin = new NpgsqlConnection(postgres))
    {
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}", admin);
        await create.ExecuteNonQueryAsync();
    }

    var connection = new NpgsqlConnectionStringBuilder(postgres) { SearchPath = schema, Pooling = true }.ConnectionString;
    var put = Time("store", "put", file, "--store", connection);
    long bytes;
    await using (var admin = new NpgsqlConnection(connection))
    {
        await admin.OpenAsync();
        // No ANALYZE here: the queries run on the statistics the store's own policy keeps (PostgreSqlDialect.AfterWriteAsync).
        await using var statistics = new NpgsqlCommand("SELECT string_agg(relname || ' ' || reltuples::bigint, ', ' ORDER BY relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'", admin);
        Console.WriteLine($"PostgreSQL statistics after the put (pg_class.reltuples): {await statistics.ExecuteScalarAsync()}");
        await using var size = new NpgsqlCommand("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = @schema AND c.relkind = 'r'", admin);
        size.Parameters.AddWithValue("schema", schema);
        bytes = Convert.ToInt64(await size.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    Console.WriteLine($"PostgreSQL store put: {put:F1} s, {count / put:F0} documents/s ({validate / put:P0} of validate's speed); {bytes / count} bytes per document (tables, indexes and TOAST)");
    await using var store = await PostgreSqlEventStore.OpenAsync(connection);
    await using var source = PostgreSqlEventStore.CreateDataSource(connection);
    await Queries("PostgreSQL", store, count, threads, queries, async (thread, day) =>
    {
        await using var db = await source.OpenConnectionAsync();
        return await FetchThread(db, thread, day);
    });
    await Plans("PostgreSQL", async (sql, parameters) =>
    {
        // Through the store's own pool, so that the plan is the one the store's sessions get (random_page_cost).
        await using var db = await source.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, db);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name.TrimStart('@'), value ?? DBNull.Value);
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(0));
        }

        return plan;
    });
}

// The preparation of a put, stage by stage, on one thread: what each costs next to reading and validating (which is
// what 'validate' does), so that the shares are the CPU's and not the shared machine's scheduling.
static void Stages(string file, int count)
{
    var lines = File.ReadLines(file).Take(count).Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
    var validator = new PeaceModel.Validation.DiplomaticEventValidator();
    var stages = new double[5];
    for (var round = 0; round < 3; round++)
    {
        Array.Clear(stages);
        foreach (var line in lines)
        {
            var t = Stopwatch.GetTimestamp();
            var document = PeaceModelJson.Deserialize(line);
            var t1 = Stopwatch.GetTimestamp();
            validator.Validate(document);
            var t2 = Stopwatch.GetTimestamp();
            var canonical = PeaceModelJson.SerializeToUtf8Bytes(document);
            var t3 = Stopwatch.GetTimestamp();
            System.Security.Cryptography.SHA256.HashData(canonical);
            var t4 = Stopwatch.GetTimestamp();
            RecordProjection.Project(document);
            var t5 = Stopwatch.GetTimestamp();
            stages[0] += t1 - t;
            stages[1] += t2 - t1;
            stages[2] += t3 - t2;
            stages[3] += t4 - t3;
            stages[4] += t5 - t4;
        }
    }

    string[] names = ["read", "validate", "canonical form", "SHA-256", "projection"];
    for (var i = 0; i < names.Length; i++)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stage {names[i],-15} {stages[i] * 1000.0 / Stopwatch.Frequency / lines.Length,8:F3} ms a document ({stages[i] / (stages[0] + stages[1]):P0} of read and validate)"));
    }
}

string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static string ThreadOf(int index, int threads) => $"thread-{index % threads}";

static void Generate(string path, int count, int threads)
{
    var generator = new SyntheticEvents(1);
    var documents = new DiplomaticEvent[count];
    for (var i = 0; i < count; i++)
    {
        var d = generator.Next(i);
        documents[i] = d with { ThreadId = ThreadOf(i, threads), Actors = [.. d.Actors.Select(a => a with { Name = $"Actor {a.Id}", Aliases = [] })] };
    }

    foreach (var thread in Enumerable.Range(0, count).GroupBy(i => i % threads))
    {
        var ordered = thread.OrderBy(i => documents[i].Date.FirstDay).ThenBy(i => documents[i].Id, StringComparer.Ordinal).ToList();
        for (var k = 1; k < ordered.Count; k++)
        {
            var (previous, current) = (documents[ordered[k - 1]], documents[ordered[k]]);
            if (current.Date.FirstDay > previous.Date.LastDay.AddDays(5))
            {
                documents[ordered[k]] = current with { Reactions = [current.Reactions[0] with { TargetId = ExternalId.Create(previous.Id, previous.Proposals[0].Id) }, .. current.Reactions.Skip(1)] };
            }
        }
    }

    using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 20);
    for (var i = 0; i < count; i++)
    {
        // Actors of each thread have ids of their own ("t17-actor-2"), so that a by-actor query finds one thread's records.
        // SerializeLine ends the line.
        writer.Write(PeaceModelJson.SerializeLine(documents[i]).Replace("\"actor-", $"\"t{i % threads}-actor-", StringComparison.Ordinal));
    }
}

static double Time(params string[] arguments)
{
    // Through GNU time where there is one, for the CPU time the process used (user and system, all its threads): on a shared
    // machine, the CPU a put costs next to validate's tells the work from the waiting.
    var cpuFile = File.Exists("/usr/bin/time") ? Path.GetTempFileName() : null;
    var start = new ProcessStartInfo(cpuFile is null ? "dotnet" : "/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
    if (cpuFile is not null)
    {
        foreach (var argument in (string[])["-f", "%U %S", "-o", cpuFile, "dotnet"])
        {
            start.ArgumentList.Add(argument);
        }
    }

    start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PeaceModel.Cli.dll"));
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEnd();
    process.WaitForExit();
    watch.Stop();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"peacemodel {string.Join(' ', arguments.Take(2))} failed ({process.ExitCode}): {error}\n{output.Result[..Math.Min(2000, output.Result.Length)]}");
    }

    Console.WriteLine($"  peacemodel {string.Join(' ', arguments.Take(2))}: {error.Trim()}");
    if (cpuFile is not null)
    {
        var cpu = File.ReadAllText(cpuFile).Trim().Split(' ').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        File.Delete(cpuFile);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  CPU: {cpu[0] + cpu[1]:F1} s (user {cpu[0]:F1}, system {cpu[1]:F1}) in {watch.Elapsed.TotalSeconds:F1} s"));
    }

    return watch.Elapsed.TotalSeconds;
}

// The SQL of a thread as of a day and the canonical bytes read back, without parsing them into documents: where the time of
// a thread load goes (the database and the transfer, against the reading of the documents).
static async Task<int> FetchThread(System.Data.Common.DbConnection connection, string thread, DateOnly day)
{
    await using var command = connection.CreateCommand();
    command.CommandText = SqlEventStore.ThreadSelect + " AND d.first_day <= @day";
    foreach (var (parameter, value) in (List<(string, object)>)[("@thread", thread), ("@day", day.DayNumber)])
    {
        var p = command.CreateParameter();
        p.ParameterName = parameter;
        p.Value = value;
        command.Parameters.Add(p);
    }

    var bytes = 0L;
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        await using var stream = reader.GetStream(0);
        var buffer = new byte[stream.Length];
        stream.ReadExactly(buffer);
        bytes += buffer.Length;
    }

    return (int)(bytes / 1000);
}

static async Task Queries(string name, IEventStore store, int count, int threads, int rounds, Func<string, DateOnly, Task<int>> fetchOnly)
{
    var random = new Random(24);
    var threadDays = new Dictionary<string, List<DateOnly>>();
    for (var t = 0; t < Math.Min(threads, 50); t++)
    {
        var thread = await store.LoadThreadAsync(ThreadOf(t, threads));
        threadDays[ThreadOf(t, threads)] = [.. thread.Documents.Select(d => d.Date.FirstDay)];
    }

    var byActor = await Measure(rounds, async () =>
    {
        var n = 0;
        await foreach (var _ in store.QueryAsync(new RecordQuery { ActorId = $"t{random.Next(threads)}-actor-{random.Next(4)}" }))
        {
            n++;
        }

        return n;
    });
    var refersTo = await Measure(rounds, async () =>
    {
        var n = 0;
        await foreach (var _ in store.QueryAsync(new RecordQuery { RefersTo = ExternalId.Create($"synthetic-1-{random.Next(count)}", "proposal-0") }))
        {
            n++;
        }

        return n;
    });
    var asOf = await Measure(rounds, async () =>
    {
        var thread = threadDays.Keys.ElementAt(random.Next(threadDays.Count));
        var days = threadDays[thread];
        return (await store.LoadThreadAsync(thread, days[random.Next(days.Count)])).Documents.Count;
    });
    var fetched = await Measure(rounds, async () =>
    {
        var thread = threadDays.Keys.ElementAt(random.Next(threadDays.Count));
        var days = threadDays[thread];
        return await fetchOnly(thread, days[random.Next(days.Count)]);
    });
    Console.WriteLine($"| {name} | {count:N0} | by actor | {byActor}");
    Console.WriteLine($"| {name} | {count:N0} | refers to | {refersTo}");
    Console.WriteLine($"| {name} | {count:N0} | thread as of a day | {asOf}");
    Console.WriteLine($"| {name} | {count:N0} | thread as of a day, SQL and bytes only (rows: KB) | {fetched}");
}

static async Task<string> Measure(int rounds, Func<Task<int>> query)
{
    for (var i = 0; i < 20; i++)
    {
        await query();
    }

    var times = new double[rounds];
    var rows = 0L;
    for (var i = 0; i < rounds; i++)
    {
        var watch = Stopwatch.StartNew();
        rows += await query();
        times[i] = watch.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    return string.Create(CultureInfo.InvariantCulture, $"{times[rounds / 2]:F2} ms | {times[(int)Math.Ceiling(rounds * 0.99) - 1]:F2} ms | {rows / (double)rounds:F1} |");
}

static async Task Plans(string name, Func<string, List<(string Name, object? Value)>, Task<List<string>>> explain)
{
    foreach (var (what, query) in (List<(string, RecordQuery)>)[
        ("by actor", new RecordQuery { ActorId = "t1-actor-1" }),
        ("refers to", new RecordQuery { RefersTo = "synthetic-1-1/proposal-0" })])
    {
        var (sql, parameters) = SqlEventStore.BuildQuery(query);
        Console.WriteLine($"\n{name} plan, {what}:\n    " + string.Join("\n    ", await explain(sql, parameters)));
    }

    var thread = SqlEventStore.ThreadSelect + " AND d.first_day <= @day";
    Console.WriteLine($"\n{name} plan, thread as of a day:\n    " + string.Join("\n    ", await explain(thread, [("@thread", "thread-1"), ("@day", new DateOnly(2020, 1, 1).DayNumber)])));
}
