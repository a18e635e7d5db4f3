using System.Text.Json;
using PeaceModel.Serialization;

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

    /// <summary>The code of the notice for a source whose text was not given (its quotations are not checked).</summary>
    public const string UncheckedSourceCode = "SOURCE";

    /// <summary>Gets whether the problem is a notice (a reference into a document not given), which does not make the data invalid.</summary>
    public bool IsNotice { get; init; }

    /// <summary>A text that could not be read as an event, reported on <paramref name="line"/>: path and message come from the read error's data, never from its message text.</summary>
    public static Problem FromJsonException(string file, long line, JsonException ex) => ex is JsonReadException { Error: { } error }
        ? FromReadError(file, line, error)
        : new(file, line, ToValidationPath(ex.Path), JsonCode, ex.Message);

    /// <summary>A problem from a failed read, with the line counted from 1 in the file.</summary>
    public static Problem FromReadError(string file, long line, ReadError error) =>
        new(file, line, ToValidationPath(error.Path), JsonCode, error.Description);

    /// <summary>Turns a JSON path (<c>$.actors[0].kind</c>) into the form validation paths have (<c>actors[0].kind</c>).</summary>
    private static string ToValidationPath(string? jsonPath) =>
        jsonPath is null or "$" ? "$" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;
}
