using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>
/// An episode as a graph: actors as nodes, and every record between actors as edges, read from the
/// roles declared in <see cref="RecordKinds"/> (<see cref="ReferenceRole"/>), with no code per kind.
/// Write it with <see cref="Text.GraphText"/> (Mermaid, DOT).
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
    /// Builds the graph of an event. A record with authors draws an edge from each author to each of
    /// its addressees; with none, to the authors of what it is about (a reaction points at whoever
    /// made what it answers); with neither, to the actors taking part in it (an incident's targets).
    /// A record without authors joins each pair of the actors taking part in it with a mutual edge (the
    /// parties to an agreement, a meeting's participants). Actors unknown to the event and edges from
    /// an actor to itself are left out.
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
            if (!kind.IsHappening)
            {
                continue;
            }

            foreach (var record in kind.GetRecords(diplomaticEvent))
            {
                var authors = Actors(kind.GetIds(record, ReferenceRole.Author), index);
                var participants = Actors(kind.GetIds(record, ReferenceRole.Participant), index);
                if (authors.Count == 0)
                {
                    for (var i = 0; i < participants.Count; i++)
                    {
                        for (var j = i + 1; j < participants.Count; j++)
                        {
                            edges.Add(new GraphEdge { FromId = participants[i], ToId = participants[j], Kind = kind, RecordId = record.Id, IsMutual = true });
                        }
                    }

                    continue;
                }

                var targets = Actors(Targets(kind, record, index), index);
                if (targets.Count == 0)
                {
                    targets = participants;
                }

                foreach (var from in authors)
                {
                    foreach (var to in targets)
                    {
                        if (from != to)
                        {
                            edges.Add(new GraphEdge { FromId = from, ToId = to, Kind = kind, RecordId = record.Id });
                        }
                    }
                }
            }
        }

        return new EpisodeGraph
        {
            Event = diplomaticEvent,
            Nodes = [.. diplomaticEvent.Actors.DistinctBy(a => a.Id).Select(a => new GraphNode { Id = a.Id })],
            Edges = [.. edges],
        };
    }

    /// <summary>The addressees; with none, the authors of what the record is about.</summary>
    private static IEnumerable<string> Targets(RecordKind kind, IDiplomaticRecord record, EventIndex index)
    {
        if (kind.GetIds(record, ReferenceRole.Addressee) is { Count: > 0 } addressees)
        {
            return addressees;
        }

        return kind.GetIds(record, ReferenceRole.Subject)
            .SelectMany(id => index.TryFind(id, out var found) ? found.Kind.GetIds(found.Record, ReferenceRole.Author) : [])
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>The ids that name actors of the event, each once, in order.</summary>
    private static List<string> Actors(IEnumerable<string> ids, EventIndex index) =>
        [.. ids.Where(id => index.Find<Actor>(id) is not null).Distinct(StringComparer.Ordinal)];
}
