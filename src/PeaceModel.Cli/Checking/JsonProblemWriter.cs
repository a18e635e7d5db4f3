using System.Text.Encodings.Web;
using System.Text.Json;

namespace PeaceModel.Cli.Checking;

/// <summary>
/// Writes the report as one JSON document (schema in <c>docs/cli.md</c>): the problems as they are
/// found, then the counts. The document is streamed, so a long run keeps its memory flat.
/// </summary>
internal sealed class JsonProblemWriter : IProblemWriter
{
    private readonly TextWriter output;
    private readonly Utf8JsonWriter writer;
    private readonly MemoryStream buffer = new();

    public JsonProblemWriter(TextWriter output)
    {
        this.output = output;
        writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("reportVersion", "1.0");
        writer.WriteStartArray("problems");
    }

    public void Write(Problem problem)
    {
        writer.WriteStartObject();
        writer.WriteString("file", problem.File);
        if (problem.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }
        else
        {
            writer.WriteNull("line");
        }

        writer.WriteString("path", problem.Path);
        writer.WriteString("code", problem.Code);
        writer.WriteString("severity", problem.IsNotice ? "notice" : "error");
        writer.WriteString("message", problem.Message);
        writer.WriteEndObject();
        Flush();
    }

    public void Complete(CheckSummary summary)
    {
        writer.WriteEndArray();
        writer.WriteStartObject("summary");
        writer.WriteNumber("inputs", summary.Inputs);
        writer.WriteNumber("events", summary.Events);
        writer.WriteNumber("validEvents", summary.ValidEvents);
        writer.WriteNumber("invalidEvents", summary.InvalidEvents);
        writer.WriteNumber("unreadableInputs", summary.UnreadableInputs);
        writer.WriteNumber("exitCode", summary.ExitCode);
        writer.WriteEndObject();
        writer.WriteEndObject();
        Flush();
        output.WriteLine();
    }

    private void Flush()
    {
        writer.Flush();
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }
}
