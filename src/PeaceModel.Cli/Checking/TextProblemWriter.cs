using static PeaceModel.Text.EventText;

namespace PeaceModel.Cli.Checking;

/// <summary>Writes each problem as <c>file:line: path: CODE: message</c> (<c>file:line: CODE: message</c> for a line without a path, <c>file: CODE: message</c> for a whole file), and a closing count.</summary>
internal sealed class TextProblemWriter(TextWriter output, TextWriter summary) : IProblemWriter
{
    public void Write(Problem problem) =>
        output.WriteLine((problem.Line, problem.Path) switch
        {
            ({ } line, { } path) => $"{problem.File}:{line}: {path}: {Code(problem)}: {problem.Message}",
            ({ } line, null) => $"{problem.File}:{line}: {Code(problem)}: {problem.Message}",
            (null, { } path) => $"{problem.File}: {path}: {Code(problem)}: {problem.Message}",
            _ => $"{problem.File}: {Code(problem)}: {problem.Message}",
        });

    private static string Code(Problem problem) => problem.IsNotice ? $"{problem.Code} (notice)" : problem.Code;

    public void Complete(CheckSummary result) =>
        summary.WriteLine($"{Count(result.Events, "event")} in {Count(result.Inputs, "input")}: {result.ValidEvents} valid, {result.InvalidEvents} invalid, {Count(result.UnreadableInputs, "input")} unreadable.");
}
