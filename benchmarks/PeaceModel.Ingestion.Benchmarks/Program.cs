using System.Diagnostics;
using System.Globalization;
using System.Text;
using NATS.Client.Core;
using NATS.Client.JetStream;
using PeaceModel;
using PeaceModel.Cli.Synthetic;
using PeaceModel.Export;
using PeaceModel.Ingestion.Nats;
using PeaceModel.Serialization;
using PeaceModel.Storage;

// The ingestion benchmark, a measured console run (docs/benchmarks.md, "Ingestion"):
//   dotnet run -c Release --project benchmarks/PeaceModel.Ingestion.Benchmarks -- --nats nats://127.0.0.1:4222 [--count 100000] [--processes 1,2,3] [--work DIR]
// For each number of processes: COUNT documents (1% invalid: half break a rule, half are not JSON; 1% published twice) are
// published with 'peacemodel publish' semantics (NatsDocumentPublisher), then that many 'peacemodel ingest' processes share one
// durable consumer into a new SQLite store; the rate is the valid documents stored over the time from their start to the last
// commit. With three processes one is killed (SIGKILL) halfway and started again, and the run checks that every valid document
// was stored once and every invalid one reached the invalid subject. Then latency: one process running, documents published at
// a steady rate, each one's commit time (the store's change feed) less its publication time: p50 and p99.
//   ... -- --export STORE: the export's rows per second and bytes per row, from a store such a run filled.
if (Arg("--export") is { } exportStore)
{
    // The export benchmark: every document of a store (one the ingestion run filled) as rows, in each format.
    await using var source = await SqliteEventStore.OpenAsync(exportStore);
    var read = Stopwatch.StartNew();
    var exporter = await PloverExporter.FromStoreAsync(source, 0, new DateOnly(2026, 12, 31));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"export: {exporter.RowCount} rows from the store's change feed, read and projected in {read.Elapsed.TotalSeconds:F1} s ({exporter.RowCount / read.Elapsed.TotalSeconds:F0} rows/s)"));
    foreach (var format in Enum.GetValues<ExportFormat>())
    {
        var output = Path.Combine(Path.GetTempPath(), $"peacemodel-export-bench-{format}");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var write = Stopwatch.StartNew();
        var result = await exporter.WriteAsync(output, format);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {format}: {result.Rows} rows written in {write.Elapsed.TotalSeconds:F1} s ({result.Rows / write.Elapsed.TotalSeconds:F0} rows/s), {result.Bytes} bytes in {result.Files.Count - 2} files: {result.Bytes / (double)result.Rows:F0} bytes per row"));
    }

    return;
}

var nats = Arg("--nats") ?? Environment.GetEnvironmentVariable("PEACEMODEL_NATS") ?? "nats://127.0.0.1:4222";
var count = Arg("--count") is { } c ? int.Parse(c, CultureInfo.InvariantCulture) : 100_000;
var processCounts = (Arg("--processes") ?? "1,2,3").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
var work = Arg("--work") ?? Path.Combine(Path.GetTempPath(), "peacemodel-ingest-bench");
var cli = Path.Combine(AppContext.BaseDirectory, "PeaceModel.Cli.dll");
Directory.CreateDirectory(work);

var generator = new SyntheticEvents(42);
var documents = new List<byte[]>(count);
var invalid = 0;
for (var i = 0; i < count; i++)
{
    if (i % 100 == 50)
    {
        invalid++;
        documents.Add(i % 200 == 50
            ? Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"not a document {i} {{"))
            : PeaceModelJson.SerializeToUtf8Bytes(Broken(generator.Next(i)) with { Id = string.Create(CultureInfo.InvariantCulture, $"broken-{i}") }));
    }
    else
    {
        documents.Add(PeaceModelJson.SerializeToUtf8Bytes(generator.Next(i)));
    }
}

var valid = count - invalid;
Console.WriteLine($"# {count} documents ({valid} valid, {invalid} invalid, {count / 100} published twice), {documents.Sum(d => (long)d.Length) / count} bytes each on average; {Environment.ProcessorCount} cores");
await using var connection = new NatsConnection(new NatsOpts { Url = nats, Name = "peacemodel-bench" });
await connection.ConnectAsync();
var js = new NatsJSContext(connection);

foreach (var processes in processCounts)
{
    var run = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HHmmss}{processes}");
    var (stream, subject, store) = ($"BENCH{run}", $"bench.{run}", Path.Combine(work, $"bench-{run}.db"));
    var publisher = new NatsDocumentPublisher(js, subject);
    await publisher.EnsureStreamAsync(stream, [subject + ".invalid"]);
    var clock = Stopwatch.StartNew();
    await PublishAllAsync(publisher, documents.Concat(documents.Where((_, i) => i % 100 == 7)));
    Console.WriteLine($"published {count + (count / 100)} messages in {clock.Elapsed.TotalSeconds:F1} s ({(count + (count / 100)) / clock.Elapsed.TotalSeconds:F0}/s, 256 in flight)");

    var started = DateTimeOffset.UtcNow;
    clock.Restart();
    var running = Enumerable.Range(0, processes).Select(_ => Ingest(stream, subject, store)).ToList();
    var killed = false;
    await Task.Delay(1000);
    await using (var reader = await SqliteEventStore.OpenAsync(store))
    {
        while (true)
        {
            var stored = await CountAsync(reader);
            if (processes == 3 && !killed && stored >= valid / 2)
            {
                running[0].Kill(entireProcessTree: true);
                await running[0].WaitForExitAsync();
                running.Add(Ingest(stream, subject, store));
                killed = true;
                Console.WriteLine($"  killed one process (SIGKILL) at {stored} stored, {clock.Elapsed.TotalSeconds:F1} s; started another");
            }

            if (stored >= valid || running.All(p => p.HasExited))
            {
                break;
            }

            await Task.Delay(200);
        }

        var last = DateTimeOffset.MinValue;
        var versions = new HashSet<string>(StringComparer.Ordinal);
        var changes = 0;
        await foreach (var change in reader.GetChangesAsync())
        {
            changes++;
            versions.Add(change.DocumentId);
            last = change.StoredAt > last ? change.StoredAt : last;
        }

        var seconds = (last - started).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{processes} ingest process{(processes > 1 ? "es" : string.Empty)}: {changes} stored ({versions.Count} distinct documents) in {seconds:F1} s: {changes / seconds:F0} documents/s"));
    }

    foreach (var process in running)
    {
        await process.WaitForExitAsync();
    }

    var invalidKept = await CountMessagesAsync(js, stream, subject + ".invalid");
    var info = (await js.GetConsumerAsync(stream, "bench")).Info;
    Console.WriteLine($"  invalid subject: {invalidKept} messages (expected {invalid}); consumer: {info.NumPending} pending, {info.NumAckPending} unacknowledged; stream: {(await js.GetStreamAsync(stream)).Info.State.Messages} messages");
}

// Latency: one process, a steady trickle.
{
    var run = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HHmmss}l");
    var (stream, subject, store) = ($"LAT{run}", $"lat.{run}", Path.Combine(work, $"lat-{run}.db"));
    var publisher = new NatsDocumentPublisher(js, subject);
    await publisher.EnsureStreamAsync(stream, [subject + ".invalid"]);
    var ingest = Ingest(stream, subject, store);
    await Task.Delay(3000);
    var sent = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
    var latencyGenerator = new SyntheticEvents(7);
    const int Rate = 100;
    const int Seconds = 20;
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < Rate * Seconds; i++)
    {
        var due = TimeSpan.FromSeconds(i / (double)Rate);
        if (clock.Elapsed < due)
        {
            await Task.Delay(due - clock.Elapsed);
        }

        var document = latencyGenerator.Next(i);
        sent[document.Id] = DateTimeOffset.UtcNow;
        await publisher.PublishAsync(PeaceModelJson.SerializeToUtf8Bytes(document));
    }

    await ingest.WaitForExitAsync();
    await using var reader = await SqliteEventStore.OpenAsync(store);
    var latencies = new List<double>();
    await foreach (var change in reader.GetChangesAsync())
    {
        latencies.Add((change.StoredAt - sent[change.DocumentId]).TotalMilliseconds);
    }

    latencies.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency, publish to commit, one process, {Rate} documents/s for {Seconds} s ({latencies.Count} stored): p50 {latencies[latencies.Count / 2]:F0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:F0} ms, max {latencies[^1]:F0} ms"));
}

Process Ingest(string stream, string subject, string store)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, UseShellExecute = false };
    foreach (var arg in (string[])[cli, "ingest", "--nats", nats, "--stream", stream, "--subject", subject, "--store", store, "--consumer", "bench", "--idle-exit", "15", "--ack-wait", "5"])
    {
        start.ArgumentList.Add(arg);
    }

    var process = Process.Start(start)!;
    process.ErrorDataReceived += (_, e) =>
    {
        if (e.Data is { } line && !line.Contains("invalid", StringComparison.Ordinal))
        {
            Console.WriteLine($"  [{process.Id}] {line}");
        }
    };
    process.BeginErrorReadLine();
    return process;
}

static async Task PublishAllAsync(NatsDocumentPublisher publisher, IEnumerable<byte[]> messages)
{
    var inFlight = new Queue<Task>();
    foreach (var message in messages)
    {
        if (inFlight.Count >= 256)
        {
            await inFlight.Dequeue();
        }

        inFlight.Enqueue(publisher.PublishAsync(message));
    }

    while (inFlight.Count > 0)
    {
        await inFlight.Dequeue();
    }
}

static async Task<int> CountAsync(IEventStore store)
{
    var n = 0;
    await foreach (var change in store.GetChangesAsync())
    {
        n++;
    }

    return n;
}

static async Task<int> CountMessagesAsync(INatsJSContext js, string stream, string subject)
{
    var consumer = await js.CreateOrUpdateConsumerAsync(stream, new NATS.Client.JetStream.Models.ConsumerConfig($"count-{Guid.NewGuid():N}") { FilterSubject = subject, AckPolicy = NATS.Client.JetStream.Models.ConsumerConfigAckPolicy.None });
    var n = 0;
    while (true)
    {
        var before = n;
        await foreach (var message in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1000 }))
        {
            n++;
        }

        if (n == before)
        {
            return n;
        }
    }
}

static DiplomaticEvent Broken(DiplomaticEvent document) =>
    document with { Statements = [document.Statements[0] with { SpeakerId = "nobody-at-all" }, .. document.Statements.Skip(1)] };

string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
