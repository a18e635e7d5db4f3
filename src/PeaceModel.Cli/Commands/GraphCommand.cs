using System.CommandLine;
using PeaceModel.Analysis;
using PeaceModel.Cli.Input;
using PeaceModel.Text;

namespace PeaceModel.Cli.Commands;

/// <summary><c>peacemodel graph &lt;file&gt; [--format mermaid|dot]</c>: who answered whom, as a graph.</summary>
internal static class GraphCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("file") { Description = "A .json file holding one event." };
        var format = new Option<string>("--format") { Description = "mermaid (a Mermaid flowchart) or dot (Graphviz).", DefaultValueFactory = _ => "mermaid" };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var command = new Command("graph", "Print the episode as a graph: actors as nodes; proposals, conditions and reactions as labelled edges coloured by stance. An event that fails validation is not drawn: its problems are listed on standard error (exit code 1).")
        {
            file, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (diplomaticEvent, exitCode) = await EventFile.ReadAsync(parse.GetValue(file)!, environment.Error, validate: true, cancellationToken);
            if (diplomaticEvent is null)
            {
                return exitCode;
            }

            var graph = EpisodeGraph.Build(diplomaticEvent);
            await environment.Out.WriteAsync((parse.GetValue(format) == "dot" ? GraphText.ToDot(graph) : GraphText.ToMermaid(graph)).AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
