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
        var file = EventInputs.Path("path", "The event: a .json file, a .jsonl file or directory that holds one event, or - for standard input.");
        var stdinFormat = EventInputs.StdinFormat();
        var format = new Option<string>("--format") { Description = "mermaid (a Mermaid flowchart) or dot (Graphviz).", DefaultValueFactory = _ => "mermaid" };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var command = new Command("graph", "Print the episode as a graph: actors as nodes; every record that ties actors (proposals, conditions, reactions, agreements, meetings, votes, claims, commitments, ...) as labelled edges, reactions coloured by stance. An event that fails validation is not drawn: its problems are listed on standard error (exit code 1).")
        {
            file, format, stdinFormat,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (read, exitCode) = await EventInputs.ReadAsync([parse.GetValue(file)!], EventInputs.StdinKind(parse.GetValue(stdinFormat)), recursive: false, validate: true, environment, cancellationToken);
            if (read is null)
            {
                return exitCode;
            }

            if (read.Count != 1)
            {
                await environment.Error.WriteLineAsync($"{parse.GetValue(file)!}: IO: the input holds {Text.EventText.Count(read.Count, "event")}; graph draws one (summarize reads several as one thread).");
                return ExitCodes.Unusable;
            }

            var diplomaticEvent = read[0].Event;

            var graph = EpisodeGraph.Build(diplomaticEvent);
            await environment.Out.WriteAsync((parse.GetValue(format) == "dot" ? GraphText.ToDot(graph) : GraphText.ToMermaid(graph)).AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
