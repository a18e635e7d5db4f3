using static PeaceModel.Text.EventText;

namespace PeaceModel.Cli.Checking;

/// <summary>Writes each problem as <c>file:line: path: CODE: message</c> (<c>file: CODE: message</c> for a whole file), and a closing count.</summary>
internal sealed class TextProblemWriter(TextWriter output, TextWriter summary) : IProblemWriter
{
    public void Write(Problem problem) =>
        output.WriteLine(problem.Line is { } line
            ? $"{problem.File}:{line}: {problem.Path}: {problem.Code}: {problem.Message}"
            : $"{problem.File}: {problem.Code}: {problem.Message}");

    public void Complete(CheckSummary result) =>
        summary.WriteLine($"{Count(result.Events, "event")} in {Count(result.Inputs, "input")}: {result.ValidEvents} valid, {result.InvalidEvents} invalid, {Count(result.UnreadableInputs, "input")} unreadable.");
}
