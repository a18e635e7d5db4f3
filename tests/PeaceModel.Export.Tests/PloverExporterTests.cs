using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using PeaceModel.Cli.Synthetic;
using PeaceModel.Kinds;
using PeaceModel.Serialization;
using PeaceModel.Storage;
using PeaceModel.Tests.Support;

namespace PeaceModel.Export.Tests;

/// <summary>The export read back with DuckDB (embedded): partitions, list and struct columns, types, a join with a POLECAT-shaped table.</summary>
public sealed class PloverExporterTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 12, 31);
    private readonly string folder = Directory.CreateTempSubdirectory("peacemodel-export-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The example documents and 300 generated ones: many months, every kind that carries codes.</summary>
    private static List<DiplomaticEvent> Corpus()
    {
        var generator = new SyntheticEvents(31);
        return
        [
            .. RepositoryFiles.ExampleDocumentPaths.Select(p => PeaceModelJson.Deserialize(File.ReadAllText(p))),
            .. Enumerable.Range(0, 300).Select(i => generator.Next(i)),
        ];
    }

    /// <summary>Coded records counted from the JSON itself (objects of each declared list with a non-empty "codes"), not through the exporter.</summary>
    private static int CodedRecords(DiplomaticEvent document)
    {
        using var json = JsonDocument.Parse(PeaceModelJson.SerializeToUtf8Bytes(document));
        return RecordKinds.All.Sum(kind => json.RootElement.TryGetProperty(kind.ListName, out var list)
            ? list.EnumerateArray().Count(r => r.TryGetProperty("codes", out var codes) && codes.GetArrayLength() > 0)
            : 0);
    }

    private static HashSet<string> CodedIds(DiplomaticEvent document)
    {
        using var json = JsonDocument.Parse(PeaceModelJson.SerializeToUtf8Bytes(document));
        return [.. RecordKinds.All.SelectMany(kind => json.RootElement.TryGetProperty(kind.ListName, out var list)
            ? list.EnumerateArray().Where(r => r.TryGetProperty("codes", out var codes) && codes.GetArrayLength() > 0).Select(r => r.GetProperty("id").GetString()!).ToList()
            : [])];
    }

    private static DuckDBConnection Duck()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static List<object?[]> Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private async Task<(string Output, ExportResult Result, List<DiplomaticEvent> Corpus)> ExportAsync(ExportFormat format)
    {
        var corpus = Corpus();
        var exporter = new PloverExporter(AsOf);
        foreach (var document in corpus)
        {
            exporter.Add(document);
        }

        var output = Path.Combine(folder, format.ToString());
        return (output, await exporter.WriteAsync(output, format), corpus);
    }

    [Fact]
    public async Task Parquet_RowCountEqualsCodedRecords_CountedPerPartitionByDuckDb()
    {
        var (output, result, corpus) = await ExportAsync(ExportFormat.Parquet);

        // Expected per month: every coded record's first day, as the store keeps it (its own date, else its statements').
        await using var store = await SqliteEventStore.OpenAsync(Path.Combine(folder, "events.db"));
        await store.PutManyAsync([.. corpus.Select(d => (ReadOnlyMemory<byte>)PeaceModelJson.SerializeToUtf8Bytes(d))]);
        var coded = corpus.ToDictionary(d => d.Id, CodedIds);
        var expected = new Dictionary<(long, long), long>();
        await foreach (var record in store.QueryAsync(new RecordQuery()))
        {
            if (coded[record.DocumentId].Contains(record.RecordId) && record.FirstDay is { } day)
            {
                expected[(day.Year, day.Month)] = expected.GetValueOrDefault((day.Year, day.Month)) + 1;
            }
        }

        using var duck = Duck();
        var partitions = Query(duck, $"SELECT year, month, count(*) FROM read_parquet('{output}/plover/**/*.parquet', hive_partitioning = true) GROUP BY year, month ORDER BY year, month")
            .ToDictionary(r => (Convert.ToInt64(r[0], CultureInfo.InvariantCulture), Convert.ToInt64(r[1], CultureInfo.InvariantCulture)), r => Convert.ToInt64(r[2], CultureInfo.InvariantCulture));

        Assert.Equal(corpus.Sum(CodedRecords), result.Rows);
        Assert.True(partitions.Count > 5, $"{partitions.Count} partitions");
        Assert.Equal(expected.OrderBy(p => p.Key), partitions.OrderBy(p => p.Key));
        var undated = Directory.Exists(Path.Combine(output, "plover-undated")) ? Convert.ToInt64(Query(duck, $"SELECT count(*) FROM read_parquet('{output}/plover-undated/*.parquet')")[0][0], CultureInfo.InvariantCulture) : 0;
        Assert.Equal(result.Rows, partitions.Values.Sum() + undated);
    }

    [Fact]
    public async Task Parquet_ListStructDateAndTimestampColumns_AreRealTypes_NotInt96()
    {
        var (output, _, _) = await ExportAsync(ExportFormat.Parquet);
        using var duck = Duck();
        var files = $"'{output}/plover/**/*.parquet'";

        var types = Query(duck, $"SELECT typeof(date), typeof(time), typeof(actor), typeof(context), typeof(event_loc), typeof(quad_code) FROM read_parquet({files}) LIMIT 1")[0];
        var physical = Query(duck, $"SELECT name, type, coalesce(logical_type, converted_type) FROM parquet_schema({files}) WHERE name IN ('date', 'time', 'coded_date') GROUP BY ALL")
            .ToDictionary(r => (string)r[0]!, r => $"{r[1]} {r[2]}");
        var call = Query(duck, $"SELECT list_transform(actor, a -> a.text), event, mode, quad_code FROM read_parquet({files}) WHERE id = 'aramor-quell-call-2026-10-05/presidents-call'");

        Assert.Equal("DATE", types[0]);
        Assert.StartsWith("TIMESTAMP", (string)types[1]!, StringComparison.Ordinal);
        Assert.StartsWith("STRUCT(", (string)types[2]!, StringComparison.Ordinal);
        Assert.EndsWith("[]", (string)types[2]!, StringComparison.Ordinal);
        Assert.Equal("VARCHAR[]", types[3]);
        Assert.StartsWith("STRUCT(", (string)types[4]!, StringComparison.Ordinal);
        Assert.StartsWith("INT32", physical["date"], StringComparison.Ordinal);
        Assert.StartsWith("INT64", physical["time"], StringComparison.Ordinal);
        Assert.DoesNotContain("INT96", string.Join(" ", physical.Values), StringComparison.Ordinal);
        var row = Assert.Single(call);
        Assert.Contains("Aramor", ((System.Collections.IEnumerable)row[0]!).Cast<object>().Select(o => o.ToString()));
        Assert.Equal("CONSULT", row[1]);
        Assert.Equal("phone", row[2]);
        Assert.Equal(1, Convert.ToInt32(row[3], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Parquet_JoinsWithAPolecatShapedTable()
    {
        var (output, _, corpus) = await ExportAsync(ExportFormat.Parquet);
        using var duck = Duck();
        var ours = Query(duck, $"SELECT date, event FROM read_parquet('{output}/plover/**/*.parquet', hive_partitioning = true) WHERE event IS NOT NULL AND date IS NOT NULL ORDER BY id LIMIT 5")
            .Select(r => (Date: r[0] is DateOnly d ? d : DateOnly.FromDateTime((DateTime)r[0]!), Event: (string)r[1]!)).ToList();
        Assert.NotEmpty(ours);

        // A few POLECAT-style rows (event_id, event_date, event_type, actor_country): the first two match our days and types, one does not.
        Query(duck, "CREATE TABLE polecat (event_id VARCHAR, event_date DATE, event_type VARCHAR, actor_country VARCHAR)");
        var values = string.Join(", ", ours.Take(2).Select((o, i) => $"('pc-{i}', DATE '{o.Date:yyyy-MM-dd}', '{o.Event}', 'UKR')").Append("('pc-x', DATE '1999-01-01', 'ASSAULT', 'RUS')"));
        Query(duck, $"INSERT INTO polecat VALUES {values}");
        var expected = Query(duck, $"SELECT count(*) FROM read_parquet('{output}/plover/**/*.parquet', hive_partitioning = true) WHERE (date, event) IN (SELECT (event_date, event_type) FROM polecat)")[0][0];

        var joined = Query(duck, $"SELECT p.event_id, e.id, e.quad_code FROM read_parquet('{output}/plover/**/*.parquet', hive_partitioning = true) e JOIN polecat p ON p.event_date = e.date AND p.event_type = e.event ORDER BY p.event_id, e.id");

        Assert.Equal(Convert.ToInt64(expected, CultureInfo.InvariantCulture), joined.Count);
        Assert.Contains(joined, r => (string)r[0]! == "pc-0");
        Assert.DoesNotContain(joined, r => (string)r[0]! == "pc-x");
        Assert.All(joined, r => Assert.InRange(Convert.ToInt32(r[2], CultureInfo.InvariantCulture), 1, 4));
        Assert.True(corpus.Count > 300);
    }

    [Theory]
    [InlineData(ExportFormat.Csv, "read_csv('{0}/plover.csv', header = true)")]
    [InlineData(ExportFormat.JsonLines, "read_json('{0}/plover.jsonl', format = 'newline_delimited')")]
    public async Task TextFormats_SameRowsAsParquet(ExportFormat format, string reader)
    {
        var (parquet, parquetResult, _) = await ExportAsync(ExportFormat.Parquet);
        var (output, result, _) = await ExportAsync(format);
        using var duck = Duck();
        var from = string.Format(CultureInfo.InvariantCulture, reader, output);

        var count = Query(duck, $"SELECT count(*), count(DISTINCT id) FROM {from}")[0];
        var differing = Query(duck, $"SELECT count(*) FROM (SELECT id, CAST(date AS VARCHAR) FROM {from} EXCEPT SELECT id, CAST(date AS VARCHAR) FROM read_parquet('{parquet}/plover/**/*.parquet'))")[0][0];

        Assert.Equal(parquetResult.Rows, result.Rows);
        Assert.Equal(result.Rows, Convert.ToInt64(count[0], CultureInfo.InvariantCulture));
        Assert.Equal(result.Rows, Convert.ToInt64(count[1], CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(differing, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task FromStore_AfterAPosition_ExportsOnlyWhatChanged_AndListsDeletions()
    {
        var corpus = Corpus().Take(12).ToList();
        await using var store = await SqliteEventStore.OpenAsync(Path.Combine(folder, "events.db"));
        await store.PutManyAsync([.. corpus.Select(d => (ReadOnlyMemory<byte>)PeaceModelJson.SerializeToUtf8Bytes(d))]);
        var first = await (await PloverExporter.FromStoreAsync(store, 0, AsOf)).WriteAsync(Path.Combine(folder, "first"));

        var changed = corpus[3] with { Title = corpus[3].Title + " (corrected)" };
        await store.PutAsync(changed);
        await store.DeleteAsync(corpus[5].Id);
        var second = await (await PloverExporter.FromStoreAsync(store, first.Position!.Value, AsOf)).WriteAsync(Path.Combine(folder, "second"));

        Assert.Equal(corpus.Sum(CodedRecords), first.Rows);
        Assert.Equal(CodedRecords(changed), second.Rows);
        Assert.Equal(1, second.Documents);
        Assert.Equal(1, second.Deletions);
        Assert.Equal(first.Position + 2, second.Position);
        Assert.Equal($"document_id,version\n{corpus[5].Id},2\n", await File.ReadAllTextAsync(Path.Combine(folder, "second", "deletions.csv")));
        using var duck = Duck();
        var versions = Query(duck, $"SELECT DISTINCT document_id, document_version FROM read_parquet('{folder}/second/plover/**/*.parquet')");
        Assert.Equal([changed.Id, 2L], Assert.Single(versions).Select(v => v is long l ? (object)l : Convert.ToString(v, CultureInfo.InvariantCulture)!));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "second", "export.json")));
        Assert.Equal(second.Position, manifest.RootElement.GetProperty("position").GetInt64());
    }
}
