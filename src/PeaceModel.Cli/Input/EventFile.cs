using System.Text.Json;
using System.Text.Unicode;
using PeaceModel.Cli.Checking;
using PeaceModel.Serialization;
using PeaceModel.Validation;

namespace PeaceModel.Cli.Input;

/// <summary>Reads one event from a <c>.json</c> file for the commands that take a single file.</summary>
internal static class EventFile
{
    private static readonly DiplomaticEventValidator Validator = new();

    /// <summary>
    /// Reads the file and, when <paramref name="validate"/> is set, validates the event; every problem is
    /// written as <c>file:line: path: CODE: message</c> to <paramref name="error"/>, as <c>validate</c> does.
    /// </summary>
    /// <returns>The event, or <see langword="null"/> with the exit code to end with (1 for invalid data, 2 for an unreadable file).</returns>
    public static async Task<(DiplomaticEvent? Event, int ExitCode)> ReadAsync(string path, TextWriter error, bool validate, CancellationToken cancellationToken)
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

        var problems = new TextProblemWriter(error, error);
        DiplomaticEvent diplomaticEvent;
        try
        {
            diplomaticEvent = PeaceModelJson.Deserialize(json);
        }
        catch (JsonException ex)
        {
            problems.Write(Problem.FromJsonException(path, (ex.LineNumber ?? 0) + 1, ex));
            return (null, ExitCodes.Invalid);
        }

        var result = validate ? Validator.Validate(diplomaticEvent) : null;
        if (result is { IsValid: false })
        {
            foreach (var problem in EventChecker.ValidationProblems(path, json, 1, isOneLine: false, result))
            {
                problems.Write(problem);
            }

            return (null, ExitCodes.Invalid);
        }

        return (diplomaticEvent, ExitCodes.Success);
    }
}
