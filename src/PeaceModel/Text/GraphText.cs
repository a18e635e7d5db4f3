using System.Globalization;
using System.Text;
using PeaceModel.Analysis;
using PeaceModel.Kinds;
using static PeaceModel.Text.EventText;

namespace PeaceModel.Text;

/// <summary>Writes an <see cref="EpisodeGraph"/> as a Mermaid flowchart or in Graphviz DOT, with labels and colours.</summary>
public static class GraphText
{
    /// <summary>Writes the graph as a Mermaid flowchart, left to right, edges coloured with <c>linkStyle</c>.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The Mermaid text, lines ending in <c>\n</c>.</returns>
    public static string ToMermaid(EpisodeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var index = EventIndex.Create(graph.Event);
        var text = new StringBuilder("flowchart LR\n");
        var keys = graph.Nodes.Select((n, i) => (n.Id, Key: "n" + i.ToString(CultureInfo.InvariantCulture))).ToDictionary(x => x.Id, x => x.Key);
        foreach (var node in graph.Nodes)
        {
            text.Append($"  {keys[node.Id]}[\"{Mermaid(Name(index, node.Id))}\"]\n");
        }

        foreach (var edge in graph.Edges)
        {
            var arrow = (IsDashed(edge, index), edge.IsMutual) switch
            {
                (true, true) => "-.-",
                (true, false) => "-.->",
                (false, true) => "---",
                _ => "-->",
            };
            text.Append($"  {keys[edge.FromId]} {arrow}|\"{Mermaid(Label(edge, index))}\"| {keys[edge.ToId]}\n");
        }

        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var color = Color(graph.Edges[i], index);
            text.Append(CultureInfo.InvariantCulture, $"  linkStyle {i} stroke:{color},color:{color},stroke-width:2px\n");
        }

        return text.ToString();
    }

    /// <summary>Writes the graph in Graphviz DOT, left to right, edges coloured and conditions dashed.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The DOT text, lines ending in <c>\n</c>.</returns>
    public static string ToDot(EpisodeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var index = EventIndex.Create(graph.Event);
        var text = new StringBuilder("digraph episode {\n");
        text.Append("  rankdir=LR;\n");
        text.Append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f5f5f5\", fontname=\"Helvetica\"];\n");
        text.Append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        foreach (var node in graph.Nodes)
        {
            text.Append($"  \"{Dot(node.Id)}\" [label=\"{Dot(Name(index, node.Id))}\"];\n");
        }

        foreach (var edge in graph.Edges)
        {
            var style = (IsDashed(edge, index) ? ", style=dashed" : string.Empty) + (edge.IsMutual ? ", dir=none" : string.Empty);
            var color = Color(edge, index);
            text.Append($"  \"{Dot(edge.FromId)}\" -> \"{Dot(edge.ToId)}\" [label=\"{Dot(Label(edge, index))}\", color=\"{color}\", fontcolor=\"{color}\"{style}];\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>Labels an edge: <c>proposes direct negotiations</c>, <c>ultimatum: or else ...</c>, <c>dismisses the ultimatum</c>; a kind without words of its own is named by its noun and summary (<c>meeting: Istanbul talks</c>).</summary>
    /// <param name="edge">The edge.</param>
    /// <param name="index">The index of the event the graph was built from.</param>
    /// <returns>The label.</returns>
    public static string Label(GraphEdge edge, EventIndex index)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(index);
        if (!index.TryFind(edge.RecordId, out var found))
        {
            return edge.Kind.Noun;
        }

        return found.Record switch
        {
            Proposal proposal => "proposes " + Phrase(proposal.Kind),
            Condition { Kind: ConditionKind.Ultimatum } ultimatum => "ultimatum: or else " + Shorten(ultimatum.Consequence?.Summary ?? "?"),
            Condition condition => Words(condition.Kind) + ": " + Shorten(condition.Requirement),
            Reaction reaction => Verb(reaction.Stance) + (index.Find<Condition>(reaction.TargetId) is { } condition
                ? condition.Kind == ConditionKind.Ultimatum ? " the ultimatum" : " the precondition"
                : string.Empty),
            var record => found.Kind.GetSummary(record) is { Length: > 0 } summary ? $"{found.Kind.Noun}: {Shorten(summary)}" : found.Kind.Noun,
        };
    }

    /// <summary>The edge's colour as <c>#rrggbb</c>: blue for proposals, orange for preconditions, red for ultimatums, by stance for reactions (green welcome, orange conditional, red rejection, grey noncommittal), teal for records between participants, grey otherwise.</summary>
    /// <param name="edge">The edge.</param>
    /// <param name="index">The index of the event the graph was built from.</param>
    /// <returns>The colour.</returns>
    public static string Color(GraphEdge edge, EventIndex index)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(index);
        return (index.TryFind(edge.RecordId, out var found) ? found.Record : null) switch
        {
            Proposal => "#1565c0",
            Condition { Kind: ConditionKind.Ultimatum } => "#c62828",
            Condition => "#ef6c00",
            Reaction { Stance: Stance.Welcome } => "#2e7d32",
            Reaction { Stance: Stance.Accept } => "#1b5e20",
            Reaction { Stance: Stance.ConditionalAcceptance } => "#ef6c00",
            Reaction { Stance: Stance.Reject } => "#c62828",
            Reaction { Stance: Stance.Dismiss } => "#b71c1c",
            Reaction { Stance: Stance.Counter } => "#6a1b9a",
            _ when edge.IsMutual => "#00897b",
            _ => "#757575",
        };
    }

    /// <summary>Conditions are drawn dashed.</summary>
    private static bool IsDashed(GraphEdge edge, EventIndex index) => index.Find<Condition>(edge.RecordId) is not null;

    private static string Shorten(string text)
    {
        text = text.TrimEnd('.');
        return text.Length <= 48 ? text : text[..45].TrimEnd() + "...";
    }

    private static string Mermaid(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal);

    private static string Dot(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
