using System.Security.Cryptography;
using System.Text;

namespace PeaceModel.Cli.Checking;

/// <summary>
/// The source texts given to <c>validate</c>: by source id (<c>--source report-1=path</c>), and by
/// content (<c>--source path</c>, <c>--sources DIR</c>), matched to an event's sources by their SHA-256.
/// A source no text is found for is reported once as unchecked.
/// </summary>
internal sealed class SourceTexts
{
    private readonly Dictionary<string, string> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> bySha256 = new(StringComparer.Ordinal);
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);

    private SourceTexts()
    {
    }

    /// <summary>Gets an empty set of texts, for the commands that do not check quotations.</summary>
    public static SourceTexts None => new();

    /// <summary>Gets whether any text was given (without any, sources are not mentioned at all).</summary>
    public bool Any => byId.Count > 0 || bySha256.Count > 0;

    /// <summary>Reads the texts; a problem with the options is returned as a message (usage error).</summary>
    public static async Task<(SourceTexts? Texts, string? Error)> LoadAsync(IEnumerable<string> sources, IEnumerable<string> folders, CancellationToken cancellationToken)
    {
        var texts = new SourceTexts();
        foreach (var source in sources)
        {
            var separator = source.IndexOf('=', StringComparison.Ordinal);
            var (id, path) = separator > 0 ? (source[..separator], source[(separator + 1)..]) : (null, source);
            if (Directory.Exists(path))
            {
                return (null, $"--source: {path} is a directory; give a folder of texts with --sources.");
            }

            if (Input.EventInputs.WhyNotATextFile(path) is { } unusable)
            {
                return (null, $"--source: {path}: {unusable}");
            }

            var text = await File.ReadAllTextAsync(path, cancellationToken);
            if (id is null)
            {
                texts.bySha256[Sha256(text)] = text;
            }
            else if (!texts.byId.TryAdd(id, text))
            {
                return (null, $"--source: the source id '{id}' is given twice; give each source id once.");
            }
        }

        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                return (null, File.Exists(folder) ? $"--sources: {folder} is a file; give one text with --source." : $"--sources: no such folder: {folder}");
            }

            foreach (var file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                var text = await File.ReadAllTextAsync(file, cancellationToken);
                texts.bySha256.TryAdd(Sha256(text), text);
            }
        }

        return (texts, null);
    }

    /// <summary>The texts of an event's sources that were given, by source id, and the positions of the sources without one.</summary>
    public (Dictionary<string, string> Texts, List<int> Unchecked) For(DiplomaticEvent diplomaticEvent)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = new List<int>();
        for (var i = 0; i < diplomaticEvent.Sources.Count; i++)
        {
            if (diplomaticEvent.Sources[i] is not { Id: { } id } source || found.ContainsKey(id))
            {
                continue; // duplicate or blank ids are the validator's to report
            }

            if (byId.TryGetValue(id, out var text) || (source.Sha256 is { } sha && bySha256.TryGetValue(sha, out text)))
            {
                found[id] = text;
            }
            else
            {
                missing.Add(i);
            }
        }

        return (found, missing);
    }

    /// <summary>Whether an unchecked source is reported now: once per source id and SHA-256 across the run.</summary>
    public bool FirstReport(SourceDocument source)
    {
        lock (reported)
        {
            return reported.Add($"{source.Id}\n{source.Sha256}");
        }
    }

    private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
