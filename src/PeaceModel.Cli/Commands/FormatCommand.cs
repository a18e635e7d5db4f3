using System.CommandLine;
using System.Text;
using PeaceModel.Cli.Input;
using PeaceModel.Serialization;

namespace PeaceModel.Cli.Commands;

/// <summary><c>peacemodel format &lt;file&gt; [--in-place]</c>: writes the canonical form.</summary>
internal static class FormatCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = EventInputs.Path("file", "A .json file (one event), a .jsonl file (one event per line, written one per line), or - for standard input (printed; not with --in-place). Not a directory.");
        var stdinFormat = EventInputs.StdinFormat();
        var inPlace = new Option<bool>("--in-place") { Description = "Replace the file atomically (write a temporary file, then rename) instead of printing." };
        var validate = new Option<bool>("--validate") { Description = "Also validate the event, and refuse (exit code 1, file untouched) one that fails." };
        var command = new Command("format", "Print an event file in the canonical form (stable property order, two-space indentation, \\n line endings). Formatting needs only a file that reads as an event: one that does not is refused and left untouched (exit code 1). Business rules are checked only with --validate.")
        {
            file, inPlace, validate, stdinFormat,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (Directory.Exists(path))
            {
                await environment.Error.WriteLineAsync($"{path}: IO: is a directory; format takes one file (.json or .jsonl), or - for standard input.");
                return ExitCodes.Unusable;
            }

            if (path == "-" && parse.GetValue(inPlace))
            {
                await environment.Error.WriteLineAsync("peacemodel: --in-place: standard input cannot be replaced; give a file, or leave out --in-place to print.");
                return ExitCodes.Unusable;
            }

            var kind = path == "-" ? EventInputs.StdinKind(parse.GetValue(stdinFormat)) : InputExpander.KindOf(path) ?? InputKind.Json;
            var (read, exitCode) = await EventInputs.ReadAsync([path], kind, recursive: false, parse.GetValue(validate), environment, cancellationToken);
            if (read is null)
            {
                return exitCode;
            }

            // JSON Lines stay JSON Lines: one canonical line per event.
            var canonical = kind == InputKind.JsonLines
                ? string.Concat(read.Select(r => PeaceModelJson.SerializeLine(r.Event)))
                : PeaceModelJson.Serialize(read[0].Event);
            if (parse.GetValue(inPlace))
            {
                await ReplaceAtomicallyAsync(path, canonical, cancellationToken);
            }
            else
            {
                await environment.Out.WriteAsync(canonical.AsMemory(), cancellationToken);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes beside the file, flushes to disk, then renames over it: readers see the old or the new file, never half of one.</summary>
    private static async Task ReplaceAtomicallyAsync(string path, string content, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await stream.WriteAsync(new UTF8Encoding(false).GetBytes(content), cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
