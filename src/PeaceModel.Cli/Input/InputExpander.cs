using PeaceModel.Text;

namespace PeaceModel.Cli.Input;

/// <summary>Turns the paths given on the command line into inputs: files, the event files of directories, or standard input.</summary>
internal static class InputExpander
{
    /// <summary>Expands the paths; a path that cannot be used is reported through <paramref name="unusable"/> and skipped.</summary>
    public static List<EventInput> Expand(IEnumerable<string> paths, InputKind standardInputKind, Func<Stream> standardInput, Action<string, string> unusable, bool recursive, Action<string> notice)
    {
        var inputs = new List<EventInput>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                inputs.Add(new EventInput("-", standardInputKind, standardInput));
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                    .Where(file => KindOf(file) is not null)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                var skipped = recursive ? 0 : Directory.EnumerateDirectories(path).Count();
                if (skipped > 0)
                {
                    notice($"{path}: {EventText.Count(skipped, "subfolder")} not searched; add --recursive to read the events in them too.");
                }

                if (files.Count == 0)
                {
                    unusable(path, "the directory holds no .json or .jsonl files");
                }

                inputs.AddRange(files.Select(file => FileInput(file, KindOf(file)!.Value)));
            }
            else if (File.Exists(path))
            {
                inputs.Add(FileInput(path, KindOf(path) ?? InputKind.Json));
            }
            else
            {
                unusable(path, "no such file or directory");
            }
        }

        return inputs;
    }

    private static EventInput FileInput(string path, InputKind kind) =>
        new(path, kind, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));

    /// <summary>The kind of an event file by its extension, or <see langword="null"/> for a file that is not an event file.</summary>
    public static InputKind? KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => InputKind.Json,
        ".jsonl" => InputKind.JsonLines,
        _ => null,
    };
}
