using System.CommandLine;
using PeaceModel.Cli.Input;
using PeaceModel.Cli.Summary;

namespace PeaceModel.Cli.Commands;

/// <summary><c>peacemodel summarize &lt;file&gt;</c>: a dated, human-readable account of an episode.</summary>
internal static class SummarizeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("file") { Description = "A .json file holding one event." };
        var format = new Option<string>("--format")
        {
            Description = "text (default): a dated account for people; json: the analysis as a document for scripts, described by `peacemodel schema --summary`.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("summarize", "Print where each agreement, meeting and proposal stands and why, a timeline, and a dated account of who said, proposed, conditioned and reacted, with the quotations. An event that fails validation is not summarized: its problems are listed on standard error (exit code 1).")
        {
            file,
            format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (diplomaticEvent, exitCode) = await EventFile.ReadAsync(parse.GetValue(file)!, environment.Error, validate: true, cancellationToken);
            if (diplomaticEvent is null)
            {
                return exitCode;
            }

            var output = parse.GetValue(format) == "json" ? SummaryJson.Render(diplomaticEvent) : EpisodeSummary.Render(diplomaticEvent);
            await environment.Out.WriteAsync(output.AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
