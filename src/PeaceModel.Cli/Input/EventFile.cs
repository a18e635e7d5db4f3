using System.Text.Json;
using System.Text.Unicode;
using PeaceModel.Cli.Checking;
using PeaceModel.Serialization;

namespace PeaceModel.Cli.Input;

/// <summary>Reads one event from a <c>.json</c> file for the commands that take a single file.</summary>
internal static class EventFile
{
    /// <summary>Reads the file; on failure writes <c>file:line: path: CODE: message</c> to <paramref name="error"/>.</summary>
    /// <returns>The event, or <see langword="null"/> with the exit code to end with.</returns>
    public static async Task<(DiplomaticEvent? Event, int ExitCode)> ReadAsync(string path, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"{path}: IO: no such file");
            return (null, ExitCodes.Unusable);
        }

        if (new FileInfo(path).Length > EventChecker.MaxEventBytes)
        {
            await error.WriteLineAsync($"{path}: IO: the file is larger than {EventChecker.MaxEventBytes >> 20} MiB; put one event per line in a .jsonl file instead");
            return (null, ExitCodes.Unusable);
        }

        // A byte-order mark is valid UTF-8, and PeaceModelJson skips it.
        var json = await File.ReadAllBytesAsync(path, cancellationToken);
        if (!Utf8.IsValid(json))
        {
            await error.WriteLineAsync($"{path}: IO: the file is not UTF-8 text");
            return (null, ExitCodes.Unusable);
        }

        try
        {
            return (PeaceModelJson.Deserialize(json), ExitCodes.Success);
        }
        catch (JsonException ex)
        {
            new TextProblemWriter(error, error).Write(Problem.FromJsonException(path, (ex.LineNumber ?? 0) + 1, ex));
            return (null, ExitCodes.Invalid);
        }
    }
}
