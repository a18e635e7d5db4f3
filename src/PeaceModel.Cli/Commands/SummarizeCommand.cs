using System.CommandLine;
using PeaceModel.Cli.Input;
using PeaceModel.Cli.Summary;
using PeaceModel.Threads;
using PeaceModel.Validation;

namespace PeaceModel.Cli.Commands;

/// <summary><c>peacemodel summarize &lt;file&gt;...</c>: where things stand, and a dated, human-readable account of an episode or a thread.</summary>
internal static class SummarizeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var files = EventInputs.Paths("paths", "The events: " + EventInputs.PathsDescription + " Several events are the documents of one thread, summarized together in date order.");
        var format = new Option<string>("--format")
        {
            Description = "text (default): a dated account for people; json: the analysis as a document for scripts, described by `peacemodel schema --summary`.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Analyse as of this day (YYYY-MM-DD): only the documents dated on or before it count, and deadlines before it have passed. Defaults to the date of the last document.",
        };
        var stdinFormat = EventInputs.StdinFormat();
        var recursive = EventInputs.Recursive();
        var rules = SummaryOutput.Rules();
        var command = new Command("summarize", "Print where each agreement, meeting, proposal and claim stands and why, a timeline, and a dated account of who said, proposed, conditioned and reacted, with the quotations. Several events are read as one thread. An event that fails validation is not summarized: its problems are listed on standard error (exit code 1).")
        {
            files,
            format,
            asOf,
            stdinFormat,
            recursive,
            rules,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DayOption.TryRead(parse.GetValue(asOf), "--as-of", environment, out var day))
            {
                return ExitCodes.Unusable;
            }

            var (read, exitCode) = await EventInputs.ReadAsync(parse.GetValue(files)!, EventInputs.StdinKind(parse.GetValue(stdinFormat)), parse.GetValue(recursive), validate: true, environment, cancellationToken);
            if (read is null)
            {
                return exitCode;
            }

            var documents = read.ConvertAll(r => r.Event);
            var threads = documents.Select(d => d.ThreadId ?? $"{d.Id} (no thread)").Distinct(StringComparer.Ordinal).ToList();
            if (documents.Count > 1 && threads.Count > 1)
            {
                await environment.Error.WriteLineAsync($"peacemodel: summarize: several documents are summarized together only when they are one thread (the same threadId); these belong to {threads.Count}: {string.Join(", ", threads)}. Summarize one thread, or one document, at a time.");
                return ExitCodes.Unusable;
            }

            var thread = EventThread.Create(documents);
            var problems = ThreadValidator.Validate(thread).Errors;
            foreach (var problem in problems.ToList())
            {
                await environment.Error.WriteLineAsync($"{problem.DocumentId}: {problem.Failure.PropertyName}: {problem.Failure.ErrorCode}: {problem.Failure.ErrorMessage}");
            }

            if (problems.Count > 0)
            {
                return ExitCodes.Invalid;
            }

            var episode = documents.Count == 1 ? documents[0] : thread.Merge(day ?? thread.Documents[^1].Date.LastDay);
            var output = SummaryOutput.Render(parse.GetValue(format), episode, day, parse.GetValue(rules));
            await environment.Out.WriteAsync(output.AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
