using System.Text.Json;

namespace PeaceModel.Cli.Checking;

/// <summary>
/// One problem found in the input: where (file, line, path in the event) and what (code, message).
/// </summary>
/// <param name="File">The input's name as given, or <c>-</c> for standard input.</param>
/// <param name="Line">The 1-based line, or <see langword="null"/> for a problem with the whole file.</param>
/// <param name="Path">The path in the event in validation form (<c>statements[2].speakerId</c>; <c>$</c> for the whole event), or <see langword="null"/>.</param>
/// <param name="Code">A validation code (<c>PM0009</c>), <c>JSON</c> when the text cannot be read as an event, or <c>IO</c> when the input cannot be read at all.</param>
/// <param name="Message">What is wrong and what would be right.</param>
internal sealed record Problem(string File, long? Line, string? Path, string Code, string Message)
{
    public const string JsonCode = "JSON";

    public const string IoCode = "IO";

    /// <summary>A text that could not be read as an event, reported on <paramref name="line"/>.</summary>
    public static Problem FromJsonException(string file, long line, JsonException ex) =>
        new(file, line, ToValidationPath(ex.Path), JsonCode, WhatWentWrong(ex));

    /// <summary>Turns a JSON path (<c>$.actors[0].kind</c>) into the form validation paths have (<c>actors[0].kind</c>).</summary>
    private static string ToValidationPath(string? jsonPath) =>
        jsonPath is null or "$" ? "$" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;

    /// <summary>The message without the path before it and the position after it, which the report shows on its own.</summary>
    private static string WhatWentWrong(JsonException ex)
    {
        var message = ex.Message;
        if (ex.Path is { } path && message.StartsWith(path + ": ", StringComparison.Ordinal))
        {
            message = message[(path.Length + 2)..];
        }

        var position = message.LastIndexOf(" (line ", StringComparison.Ordinal);
        return position > 0 ? message[..position] : message;
    }
}
