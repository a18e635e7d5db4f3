using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace PeaceModel.Ingestion;

/// <summary>
/// The JSON that travels with a refused document: the same fields a problem has in <c>peacemodel validate --format json</c>
/// (path, code, severity, message), the document's id when known and where the message came from.
/// </summary>
/// <example>
/// <code>
/// {"reportVersion":"1.0","origin":"stream PEACE, sequence 42","sequence":42,"documentId":"talks-2026-04-14",
///  "problems":[{"path":"statements[2].speakerId","code":"PM0009","severity":"error","message":"..."}]}
/// </code>
/// </example>
public static class IngestProblemsJson
{
    /// <summary>The version of this form, as <c>reportVersion</c> of <c>validate --format json</c>.</summary>
    public const string ReportVersion = "1.0";

    /// <summary>The most problems written; the rest are counted in <c>moreProblems</c>, so that the JSON stays small enough for a message header.</summary>
    public const int MaxProblems = 50;

    /// <summary>Writes the JSON of a refused document.</summary>
    /// <param name="invalid">The refused document.</param>
    /// <returns>One line of UTF-8 JSON, ASCII only (other characters are escaped as <c>\uXXXX</c>), so that it fits a message header.</returns>
    public static byte[] Write(InvalidDocument invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("reportVersion", ReportVersion);
            writer.WriteString("origin", invalid.Origin);
            if (invalid.Sequence is { } sequence)
            {
                writer.WriteNumber("sequence", sequence);
            }

            if (invalid.DocumentId is { } id)
            {
                writer.WriteString("documentId", id);
            }

            writer.WriteStartArray("problems");
            var written = 0;
            foreach (var problem in invalid.Problems)
            {
                if (written++ == MaxProblems)
                {
                    break;
                }

                writer.WriteStartObject();
                writer.WriteString("path", problem.Path);
                writer.WriteString("code", problem.Code);
                writer.WriteString("severity", "error");
                writer.WriteString("message", problem.DocumentId is null ? problem.Message : string.Create(CultureInfo.InvariantCulture, $"(in stored document '{problem.DocumentId}') {problem.Message}"));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (invalid.Problems.Count > MaxProblems)
            {
                writer.WriteNumber("moreProblems", invalid.Problems.Count - MaxProblems);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
