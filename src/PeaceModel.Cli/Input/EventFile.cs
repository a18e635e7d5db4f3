using System.Text.Json;
using System.Text.Unicode;
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

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        ReadOnlyMemory<byte> json = bytes;
        if (json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        if (!Utf8.IsValid(json.Span))
        {
            await error.WriteLineAsync($"{path}: IO: the file is not UTF-8 text");
            return (null, ExitCodes.Unusable);
        }

        try
        {
            return (PeaceModelJson.Deserialize(json.Span), ExitCodes.Success);
        }
        catch (JsonException ex)
        {
            await error.WriteLineAsync($"{path}:{(ex.LineNumber ?? 0) + 1}: JSON: {ex.Message}");
            return (null, ExitCodes.Invalid);
        }
    }
}
