using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parquet.Serialization;
using PeaceModel.Storage;

namespace PeaceModel.Export;

/// <summary>
/// Writes PeaceModel documents as PLOVER-compatible event rows, one per coded record: the PLOVER fields (<c>id</c>,
/// <c>date</c>, <c>time</c>, <c>enddate</c>, <c>actor</c>, <c>recipient</c>, <c>event</c>, <c>mode</c>, <c>context</c>,
/// <c>quad_code</c>, <c>event_loc</c>, <c>event_text</c>, <c>link</c>, <c>cite_info</c>, <c>source</c>, <c>coder</c>,
/// <c>coded_date</c>, <c>version</c>) and PeaceModel's own (<c>document_id</c>, <c>document_version</c>, <c>record_id</c>,
/// <c>record_kind</c>, <c>status</c>, <c>cameo_code</c>, <c>codes</c>). docs/export.md says how each is filled.
/// </summary>
/// <example>
/// <code>
/// await using var store = await SqliteEventStore.OpenAsync("events.db");
/// var exporter = await PloverExporter.FromStoreAsync(store, afterPosition: 0);
/// var result = await exporter.WriteAsync("out", ExportFormat.Parquet);   // out/plover/year=2026/month=04/part-00000.parquet, out/deletions.csv
/// </code>
/// </example>
public sealed class PloverExporter
{
    private static readonly JsonSerializerOptions RowJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly List<PloverRow> rows = [];
    private readonly List<(string DocumentId, long Version)> deletions = [];
    private readonly DateOnly asOf;
    private int documents;

    /// <summary>Initializes an exporter.</summary>
    /// <param name="asOf">The day the <c>status</c> column is found as of (proposals, agreements); <see langword="null"/> for today (UTC).</param>
    public PloverExporter(DateOnly? asOf = null) => this.asOf = asOf ?? DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Gets the number of rows added so far.</summary>
    public long RowCount => rows.Count;

    /// <summary>Gets or sets the last change-feed position the documents were read up to, written to the manifest.</summary>
    public long? Position { get; set; }

    /// <summary>Adds the rows of a document: one per coded record.</summary>
    /// <param name="document">The document (valid: the export reads it through the declarations and the analysis).</param>
    /// <param name="version">Its version in a store, or <see langword="null"/>.</param>
    /// <param name="storedAt">When the store stored it (<c>coded_date</c>), or <see langword="null"/>.</param>
    /// <returns>The number of rows added.</returns>
    public int Add(DiplomaticEvent document, long? version = null, DateTimeOffset? storedAt = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var before = rows.Count;
        rows.AddRange(PloverRows.Rows(document, version, storedAt, asOf));
        if (rows.Count > before)
        {
            documents++;
        }

        return rows.Count - before;
    }

    /// <summary>Lists a deleted document in the deletions file: its earlier rows are to be removed.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <param name="version">The version of its tombstone.</param>
    public void AddDeletion(string documentId, long version)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        deletions.Add((documentId, version));
    }

    /// <summary>
    /// Reads a store's change feed after a position: for each document changed, the rows of its latest version, or its
    /// listing in the deletions file when that version is a tombstone.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="afterPosition">The last position of the previous export; 0 for everything.</param>
    /// <param name="asOf">As in the constructor.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The exporter, with <see cref="Position"/> set to the last position read.</returns>
    public static async Task<PloverExporter> FromStoreAsync(IEventStore store, long afterPosition = 0, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var latest = new Dictionary<string, DocumentVersion>(StringComparer.Ordinal);
        var exporter = new PloverExporter(asOf) { Position = afterPosition };
        await foreach (var change in store.GetChangesAsync(afterPosition, cancellationToken).ConfigureAwait(false))
        {
            latest[change.DocumentId] = change;
            exporter.Position = change.Position;
        }

        foreach (var change in latest.Values.OrderBy(c => c.Position))
        {
            if (change.IsDeleted)
            {
                exporter.AddDeletion(change.DocumentId, change.Version);
                continue;
            }

            var stored = await store.GetAsync(change.DocumentId, change.Version, cancellationToken).ConfigureAwait(false);
            if (stored is { IsDeleted: false })
            {
                exporter.Add(stored.ReadEvent(), stored.Version, stored.StoredAt);
            }
        }

        return exporter;
    }

    /// <summary>Writes the rows, the deletions file (<c>deletions.csv</c>: document_id, version) and a manifest (<c>export.json</c>) into a folder.</summary>
    /// <param name="outputDirectory">The folder; created when absent. Files of an earlier export with the same names are replaced.</param>
    /// <param name="format">The format of the rows.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>What was written.</returns>
    public async Task<ExportResult> WriteAsync(string outputDirectory, ExportFormat format = ExportFormat.Parquet, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        Directory.CreateDirectory(outputDirectory);
        var files = new List<string>();
        switch (format)
        {
            case ExportFormat.Parquet:
                foreach (var partition in rows.GroupBy(r => r.Date is { } d ? (Year: d.Year, Month: d.Month) : (Year: 0, Month: 0)).OrderBy(g => g.Key))
                {
                    var relative = partition.Key == (0, 0)
                        ? "plover-undated/part-00000.parquet"
                        : string.Create(CultureInfo.InvariantCulture, $"plover/year={partition.Key.Year:D4}/month={partition.Key.Month:D2}/part-00000.parquet");
                    var path = Path.Combine(outputDirectory, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    await ParquetSerializer.SerializeAsync(partition, path, cancellationToken: cancellationToken).ConfigureAwait(false);
                    files.Add(relative);
                }

                break;
            case ExportFormat.Csv:
                await WriteTextAsync(Path.Combine(outputDirectory, "plover.csv"), Csv, cancellationToken).ConfigureAwait(false);
                files.Add("plover.csv");
                break;
            case ExportFormat.JsonLines:
                await WriteTextAsync(Path.Combine(outputDirectory, "plover.jsonl"), JsonLines, cancellationToken).ConfigureAwait(false);
                files.Add("plover.jsonl");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "the format is Parquet, Csv or JsonLines");
        }

        var bytes = files.Sum(f => new FileInfo(Path.Combine(outputDirectory, f)).Length);
        var deletionLines = new StringBuilder("document_id,version\n");
        foreach (var (id, version) in deletions)
        {
            deletionLines.Append(CultureInfo.InvariantCulture, $"{CsvField(id)},{version}\n");
        }

        await File.WriteAllTextAsync(Path.Combine(outputDirectory, "deletions.csv"), deletionLines.ToString(), cancellationToken).ConfigureAwait(false);
        var result = new ExportResult { Rows = rows.Count, Documents = documents, Deletions = deletions.Count, Files = [.. files, "deletions.csv", "export.json"], Bytes = bytes, Position = Position };
        await File.WriteAllTextAsync(Path.Combine(outputDirectory, "export.json"), Manifest(result, format), cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task WriteTextAsync(string path, Action<TextWriter> write, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        write(writer);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private void JsonLines(TextWriter writer)
    {
        foreach (var row in rows)
        {
            writer.WriteLine(JsonSerializer.Serialize(row, RowJson));
        }
    }

    /// <summary>Every column, in the row's order, named as the row declares; lists and structs as JSON text, dates ISO 8601.</summary>
    private void Csv(TextWriter writer)
    {
        using (var header = JsonSerializer.SerializeToDocument(new PloverRow(), RowJson))
        {
            writer.WriteLine(string.Join(',', header.RootElement.EnumerateObject().Select(p => p.Name)));
        }

        foreach (var row in rows)
        {
            using var json = JsonSerializer.SerializeToDocument(row, RowJson);
            writer.WriteLine(string.Join(',', json.RootElement.EnumerateObject().Select(p => CsvField(p.Value.ValueKind switch
            {
                JsonValueKind.Null => string.Empty,
                JsonValueKind.String => p.Value.GetString()!,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => p.Value.GetRawText(),
                _ => p.Value.GetRawText(),
            }))));
        }
    }

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Manifest(ExportResult result, ExportFormat format)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", JsonNamingPolicy.CamelCase.ConvertName(format.ToString()));
            json.WriteNumber("rows", result.Rows);
            json.WriteNumber("documents", result.Documents);
            json.WriteNumber("deletions", result.Deletions);
            if (result.Position is { } position)
            {
                json.WriteNumber("position", position);
            }

            json.WriteStartArray("files");
            foreach (var file in result.Files)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
