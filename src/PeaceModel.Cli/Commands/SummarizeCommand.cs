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
        var command = new Command("summarize", "Print a dated account of an episode: who said, proposed, conditioned and reacted, with the quotations. An event that fails validation is not summarized: its problems are listed on standard error (exit code 1).")
        {
            file,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (diplomaticEvent, exitCode) = await EventFile.ReadAsync(parse.GetValue(file)!, environment.Error, validate: true, cancellationToken);
            if (diplomaticEvent is null)
            {
                return exitCode;
            }

            await environment.Out.WriteAsync(EpisodeSummary.Render(diplomaticEvent).AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
