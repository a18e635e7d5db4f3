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
        var file = new Argument<string>("file") { Description = "A .json file holding one event." };
        var inPlace = new Option<bool>("--in-place") { Description = "Replace the file atomically (write a temporary file, then rename) instead of printing." };
        var validate = new Option<bool>("--validate") { Description = "Also validate the event, and refuse (exit code 1, file untouched) one that fails." };
        var command = new Command("format", "Print an event file in the canonical form (stable property order, two-space indentation, \\n line endings). Formatting needs only a file that reads as an event: one that does not is refused and left untouched (exit code 1). Business rules are checked only with --validate.")
        {
            file, inPlace, validate,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var (diplomaticEvent, exitCode) = await EventFile.ReadAsync(path, environment.Error, parse.GetValue(validate), cancellationToken);
            if (diplomaticEvent is null)
            {
                return exitCode;
            }

            var canonical = PeaceModelJson.Serialize(diplomaticEvent);
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
