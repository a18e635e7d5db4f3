using System.Text.Json.Nodes;
using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Serialization;

namespace PeaceModel.Threads;

/// <summary>
/// The documents of one negotiation thread (process), in date order: reports of the same talks or
/// agreement written days apart. Records of one document may name records of another as
/// <c>document-id/record-id</c> (<see cref="ExternalId"/>); actors are the same across documents when
/// their ids are the same (checked by <see cref="Validation.ThreadValidator"/> against names and Wikidata ids).
/// </summary>
/// <example>
/// <code>
/// var thread = await EventThread.LoadAsync(["reports/"]);
/// var asOfSigning = thread.Analyze(new DateOnly(2026, 4, 14));   // only what had been reported by then
/// var sixDaysLater = thread.Analyze(new DateOnly(2026, 4, 20));
/// </code>
/// </example>
public sealed class EventThread
{
    private readonly Dictionary<string, DiplomaticEvent> byId;

    private EventThread(ValueList<DiplomaticEvent> documents)
    {
        Documents = documents;
        byId = new Dictionary<string, DiplomaticEvent>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            byId.TryAdd(document.Id, document);
        }
    }

    /// <summary>Gets the documents, ordered by their date (the last day it stands for), then by id.</summary>
    public ValueList<DiplomaticEvent> Documents { get; }

    /// <summary>Gets the thread's id: the <see cref="DiplomaticEvent.ThreadId"/> the documents share, or <see langword="null"/> when none gives one.</summary>
    public string? Id => Documents.Select(d => d.ThreadId).FirstOrDefault(t => t is not null);

    /// <summary>Orders documents into a thread.</summary>
    /// <param name="documents">The documents; their order does not matter.</param>
    /// <returns>The thread.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of them is <see langword="null"/>.</exception>
    public static EventThread Create(IEnumerable<DiplomaticEvent> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        if (list.Any(d => d is null))
        {
            throw new ArgumentNullException(nameof(documents), "A thread holds no null document.");
        }

        return new EventThread([.. list.OrderBy(d => d.Date?.LastDay ?? DateOnly.MinValue).ThenBy(d => d.Id, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Reads the documents of a thread from files and folders: <c>.json</c> files (one event each),
    /// <c>.jsonl</c> files (one event per line) and folders (their <c>.json</c> and <c>.jsonl</c> files, not their subfolders).
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="limits">The limits for each document, or <see langword="null"/> for <see cref="ReadLimits.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The thread.</returns>
    /// <exception cref="InvalidDataException">A document cannot be read: the message names the file (and line, for JSON Lines), and the inner <see cref="JsonReadException"/> says why and where.</exception>
    /// <exception cref="FileNotFoundException">A path names nothing.</exception>
    public static async Task<EventThread> LoadAsync(IEnumerable<string> paths, ReadLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var documents = new List<DiplomaticEvent>();
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path).Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)
                : File.Exists(path) ? [path] : throw new FileNotFoundException($"{path}: no such file or folder.", path);
            foreach (var file in files)
            {
                documents.AddRange(await ReadFileAsync(file, limits, cancellationToken).ConfigureAwait(false));
            }
        }

        return Create(documents);
    }

    /// <summary>Finds a document by its id.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <returns>The document, or <see langword="null"/>.</returns>
    public DiplomaticEvent? Find(string? documentId) => documentId is not null && byId.TryGetValue(documentId, out var found) ? found : null;

    /// <summary>
    /// Merges the documents dated on or before a day into one event, so that one index and one
    /// analysis see them all: every record except actors gets the id <c>document-id/record-id</c> and the
    /// references are rewritten to match (references to actors stay as they are: the thread shares its
    /// actors by id; the first document that lists an actor gives its details).
    /// </summary>
    /// <param name="asOf">The last day whose documents are included.</param>
    /// <returns>The merged event (not meant for storage: its ids are qualified).</returns>
    public DiplomaticEvent Merge(DateOnly asOf)
    {
        var included = Documents.Where(d => (d.Date?.FirstDay ?? DateOnly.MinValue) <= asOf).ToList();
        var merged = new JsonObject
        {
            ["schemaVersion"] = DiplomaticEvent.CurrentSchemaVersion,
            ["id"] = Id ?? (included.Count > 0 ? included[^1].Id : "empty-thread"),
        };
        if (Id is { } threadId)
        {
            merged["threadId"] = threadId;
        }

        merged["title"] = included.Count > 0 ? string.Join(" / ", included.Select(d => d.Title)) : "An empty thread";
        merged["date"] = included.Count > 0
            ? JsonNode.Parse(PeaceModelJson.Serialize(included[^1]))!["date"]!.DeepClone()
            : new JsonObject { ["value"] = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        var seenActors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in RecordKinds.All)
        {
            var list = new JsonArray();
            foreach (var document in included)
            {
                var node = JsonNode.Parse(PeaceModelJson.Serialize(document))!;
                if (node[kind.ListName] is not JsonArray records)
                {
                    continue;
                }

                foreach (var record in records.ToList())
                {
                    records.Remove(record);
                    if (kind == RecordKinds.Actor)
                    {
                        if (seenActors.Add((string)record!["id"]!))
                        {
                            list.Add(record);
                        }

                        continue;
                    }

                    Qualify(record!.AsObject(), "id", document.Id);
                    foreach (var reference in kind.References.Where(r => !r.CanTarget(RecordKinds.Actor)))
                    {
                        QualifyReference(record.AsObject(), reference, document.Id);
                    }

                    list.Add(record);
                }
            }

            if (list.Count > 0)
            {
                merged[kind.ListName] = list;
            }
        }

        return PeaceModelJson.Deserialize(merged.ToJsonString());
    }

    /// <summary>Analyses the thread as of a day: the documents dated on or before it, merged (<see cref="Merge"/>).</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>The analysis; its record ids are qualified with their documents' ids.</returns>
    public EpisodeAnalysis Analyze(DateOnly asOf) => EpisodeAnalysis.Analyze(EventIndex.Create(Merge(asOf)), asOf);

    private static void QualifyReference(JsonObject record, RecordReference reference, string documentId)
    {
        switch (record[reference.JsonName])
        {
            case JsonArray items when reference.ItemJsonName is { } itemName:
                foreach (var item in items.OfType<JsonObject>())
                {
                    Qualify(item, itemName, documentId);
                }

                break;
            case JsonObject value when reference.ItemJsonName is { } itemName:
                Qualify(value, itemName, documentId);
                break;
            case not null:
                Qualify(record, reference.JsonName, documentId);
                break;
        }
    }

    /// <summary>Qualifies the id, or each id of a list, held by a property.</summary>
    private static void Qualify(JsonObject owner, string name, string documentId)
    {
        switch (owner[name])
        {
            case JsonArray ids:
                for (var i = 0; i < ids.Count; i++)
                {
                    ids[i] = Qualified((string)ids[i]!, documentId);
                }

                break;
            case JsonValue id:
                owner[name] = Qualified((string)id!, documentId);
                break;
        }
    }

    private static string Qualified(string id, string documentId) =>
        ExternalId.TryParse(id, out _, out _) ? id : ExternalId.Create(documentId, id);

    private static async Task<List<DiplomaticEvent>> ReadFileAsync(string file, ReadLimits? limits, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        if (!file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return [await PeaceModelJson.DeserializeAsync(stream, limits, cancellationToken).ConfigureAwait(false)];
            }
            catch (JsonReadException ex)
            {
                throw new InvalidDataException($"{file}: {ex.Message}", ex);
            }
        }

        var documents = new List<DiplomaticEvent>();
        using var lines = new JsonLinesReader(stream, (limits ?? ReadLimits.Default).MaxDocumentBytes);
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (lines.TooLong)
            {
                throw new InvalidDataException($"{file}:{lines.LineNumber}: the line is longer than the document limit and was not read.");
            }

            if (line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            try
            {
                documents.Add(PeaceModelJson.Deserialize(line.Span, limits));
            }
            catch (JsonReadException ex)
            {
                throw new InvalidDataException($"{file}:{lines.LineNumber}: {ex.Message}", ex);
            }
        }

        return documents;
    }
}
