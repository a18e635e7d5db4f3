using System.Text;

namespace PeaceModel.Analysis;

/// <summary>
/// An episode as a graph: actors as nodes; proposals, conditions and reactions as labelled edges,
/// coloured by stance. Export it with <see cref="ToMermaid"/> or <see cref="ToDot"/>.
/// </summary>
public sealed record EpisodeGraph
{
    /// <summary>Gets the actors, in the order of the event.</summary>
    public required ValueList<GraphNode> Nodes { get; init; }

    /// <summary>Gets the edges: proposals, then conditions, then reactions, each in the order of the event.</summary>
    public required ValueList<GraphEdge> Edges { get; init; }

    /// <summary>Builds the graph of an event; records whose actors are unknown are left out.</summary>
    /// <param name="diplomaticEvent">The event.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diplomaticEvent"/> is <see langword="null"/>.</exception>
    public static EpisodeGraph Build(DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        var index = new EpisodeIndex(diplomaticEvent);
        var edges = new List<GraphEdge>();
        foreach (var proposal in diplomaticEvent.Proposals)
        {
            foreach (var addressee in proposal.AddresseeIds)
            {
                edges.Add(new GraphEdge
                {
                    FromId = proposal.ProposerId,
                    ToId = addressee,
                    Kind = GraphEdgeKind.Proposal,
                    Label = "proposes " + AnalysisText.Phrase(proposal.Kind),
                    RecordId = proposal.Id,
                });
            }
        }

        var proposers = diplomaticEvent.Proposals.DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.ProposerId);
        foreach (var condition in diplomaticEvent.Conditions)
        {
            var targets = condition.AddresseeIds.Count > 0
                ? condition.AddresseeIds.AsEnumerable()
                : proposers.TryGetValue(condition.ProposalId, out var proposer) ? [proposer] : [];
            var ultimatum = condition.Kind == ConditionKind.Ultimatum;
            foreach (var target in targets)
            {
                edges.Add(new GraphEdge
                {
                    FromId = condition.SetterId,
                    ToId = target,
                    Kind = ultimatum ? GraphEdgeKind.Ultimatum : GraphEdgeKind.Precondition,
                    Label = ultimatum ? "ultimatum: or else " + Shorten(condition.Consequence?.Summary ?? "?") : "precondition: " + Shorten(condition.Requirement),
                    RecordId = condition.Id,
                });
            }
        }

        foreach (var reaction in diplomaticEvent.Reactions)
        {
            var author = proposers.GetValueOrDefault(reaction.TargetId)
                ?? index.Conditions.GetValueOrDefault(reaction.TargetId)?.SetterId
                ?? index.Statements.GetValueOrDefault(reaction.TargetId)?.SpeakerId;
            if (author is null)
            {
                continue;
            }

            var what = index.Conditions.TryGetValue(reaction.TargetId, out var condition)
                ? condition.Kind == ConditionKind.Ultimatum ? " the ultimatum" : " the precondition"
                : string.Empty;
            edges.Add(new GraphEdge
            {
                FromId = reaction.ReactorId,
                ToId = author,
                Kind = GraphEdgeKind.Reaction,
                Stance = reaction.Stance,
                Label = AnalysisText.Verb(reaction.Stance) + what,
                RecordId = reaction.Id,
            });
        }

        return new EpisodeGraph
        {
            Nodes = [.. diplomaticEvent.Actors.DistinctBy(a => a.Id).Select(a => new GraphNode { Id = a.Id, Label = a.Name })],
            Edges = [.. edges.Where(e => index.Actors.ContainsKey(e.FromId) && index.Actors.ContainsKey(e.ToId))],
        };
    }

    /// <summary>Writes the graph as a Mermaid flowchart, left to right, edges coloured with <c>linkStyle</c>.</summary>
    /// <returns>The Mermaid text, lines ending in <c>\n</c>.</returns>
    public string ToMermaid()
    {
        var text = new StringBuilder("flowchart LR\n");
        var ids = Nodes.Select((n, i) => (n.Id, Key: $"n{i}")).ToDictionary(x => x.Id, x => x.Key);
        foreach (var node in Nodes)
        {
            text.Append($"  {ids[node.Id]}[\"{Mermaid(node.Label)}\"]\n");
        }

        foreach (var edge in Edges)
        {
            var arrow = edge.IsDashed ? "-.->" : "-->";
            text.Append($"  {ids[edge.FromId]} {arrow}|\"{Mermaid(edge.Label)}\"| {ids[edge.ToId]}\n");
        }

        for (var i = 0; i < Edges.Count; i++)
        {
            text.Append($"  linkStyle {i} stroke:{Edges[i].Color},color:{Edges[i].Color},stroke-width:2px\n");
        }

        return text.ToString();
    }

    /// <summary>Writes the graph in Graphviz DOT, left to right, edges coloured and conditions dashed.</summary>
    /// <returns>The DOT text, lines ending in <c>\n</c>.</returns>
    public string ToDot()
    {
        var text = new StringBuilder("digraph episode {\n");
        text.Append("  rankdir=LR;\n");
        text.Append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f5f5f5\", fontname=\"Helvetica\"];\n");
        text.Append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        foreach (var node in Nodes)
        {
            text.Append($"  \"{Dot(node.Id)}\" [label=\"{Dot(node.Label)}\"];\n");
        }

        foreach (var edge in Edges)
        {
            var style = edge.IsDashed ? ", style=dashed" : string.Empty;
            text.Append($"  \"{Dot(edge.FromId)}\" -> \"{Dot(edge.ToId)}\" [label=\"{Dot(edge.Label)}\", color=\"{edge.Color}\", fontcolor=\"{edge.Color}\"{style}];\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string Shorten(string text)
    {
        text = text.TrimEnd('.');
        return text.Length <= 48 ? text : text[..45].TrimEnd() + "...";
    }

    private static string Mermaid(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal);

    private static string Dot(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
