using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>
/// An episode as a graph: actors as nodes; every record that has an author and is addressed to
/// someone or answers something (proposals, conditions, reactions) as edges, read from the links
/// declared in <see cref="RecordKinds"/>. Write it with <see cref="Text.GraphText"/> (Mermaid, DOT).
/// </summary>
public sealed record EpisodeGraph
{
    /// <summary>Gets the event the graph was built from.</summary>
    public required DiplomaticEvent Event { get; init; }

    /// <summary>Gets the actors, in the order of the event.</summary>
    public required ValueList<GraphNode> Nodes { get; init; }

    /// <summary>Gets the edges, by kind of record in the order of <see cref="RecordKinds.All"/>, each kind in the order of the event.</summary>
    public required ValueList<GraphEdge> Edges { get; init; }

    /// <summary>
    /// Builds the graph of an event. A record draws an edge from its author to each of its
    /// addressees; with none, to the author of its subject (a reaction points at whoever made what it
    /// answers). Records whose actors are unknown are left out.
    /// </summary>
    /// <param name="diplomaticEvent">The event.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diplomaticEvent"/> is <see langword="null"/>.</exception>
    public static EpisodeGraph Build(DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        var index = EventIndex.Create(diplomaticEvent);
        var edges = new List<GraphEdge>();
        foreach (var kind in RecordKinds.All)
        {
            if (kind.Reference(ReferenceRole.Author) is not { } author)
            {
                continue;
            }

            foreach (var record in kind.GetRecords(diplomaticEvent))
            {
                var from = author.GetIds(record);
                if (from.Count == 0 || EdgeKind(record) is not { } edgeKind)
                {
                    continue;
                }

                foreach (var to in Targets(kind, record, index))
                {
                    edges.Add(new GraphEdge
                    {
                        FromId = from[0],
                        ToId = to,
                        Kind = edgeKind,
                        Stance = (record as Reaction)?.Stance,
                        RecordId = record.Id,
                    });
                }
            }
        }

        return new EpisodeGraph
        {
            Event = diplomaticEvent,
            Nodes = [.. diplomaticEvent.Actors.DistinctBy(a => a.Id).Select(a => new GraphNode { Id = a.Id })],
            Edges = [.. edges.Where(e => index.Find<Actor>(e.FromId) is not null && index.Find<Actor>(e.ToId) is not null)],
        };
    }

    /// <summary>The addressees; with none, the author of the subject.</summary>
    private static IEnumerable<string> Targets(RecordKind kind, IDiplomaticRecord record, EventIndex index)
    {
        if (kind.Reference(ReferenceRole.Addressee)?.GetIds(record) is { Count: > 0 } addressees)
        {
            return addressees;
        }

        var subjectId = kind.Reference(ReferenceRole.Subject)?.GetIds(record) is { Count: > 0 } subject ? subject[0] : null;
        return index.TryFind(subjectId, out var found) && found.Kind.Reference(ReferenceRole.Author)?.GetIds(found.Record) is { Count: > 0 } authors
            ? authors
            : [];
    }

    /// <summary>The kind of edge a record draws; <see langword="null"/> for records that draw none (statements).</summary>
    private static GraphEdgeKind? EdgeKind(IDiplomaticRecord record) => record switch
    {
        Proposal => GraphEdgeKind.Proposal,
        Condition { Kind: ConditionKind.Ultimatum } => GraphEdgeKind.Ultimatum,
        Condition => GraphEdgeKind.Precondition,
        Reaction => GraphEdgeKind.Reaction,
        _ => null,
    };
}
