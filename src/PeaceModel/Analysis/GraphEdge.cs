namespace PeaceModel.Analysis;

/// <summary>A proposal, condition or reaction between two actors in an <see cref="EpisodeGraph"/>.</summary>
public sealed record GraphEdge
{
    /// <summary>Gets the id of the actor the edge starts from.</summary>
    public required string FromId { get; init; }

    /// <summary>Gets the id of the actor the edge points to.</summary>
    public required string ToId { get; init; }

    /// <summary>Gets what the edge stands for.</summary>
    public required GraphEdgeKind Kind { get; init; }

    /// <summary>Gets the stance of a reaction edge; <see langword="null"/> for the other kinds.</summary>
    public Stance? Stance { get; init; }

    /// <summary>Gets the label, such as <c>proposes direct negotiations</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Gets the id of the proposal, condition or reaction the edge comes from.</summary>
    public required string RecordId { get; init; }

    /// <summary>Gets the edge's colour as <c>#rrggbb</c>: blue for proposals, by stance for reactions (green welcome, orange conditional, red rejection, grey noncommittal).</summary>
    public string Color => (Kind, Stance) switch
    {
        (GraphEdgeKind.Proposal, _) => "#1565c0",
        (GraphEdgeKind.Precondition, _) => "#ef6c00",
        (GraphEdgeKind.Ultimatum, _) => "#c62828",
        (_, PeaceModel.Stance.Welcome) => "#2e7d32",
        (_, PeaceModel.Stance.Accept) => "#1b5e20",
        (_, PeaceModel.Stance.ConditionalAcceptance) => "#ef6c00",
        (_, PeaceModel.Stance.Reject) => "#c62828",
        (_, PeaceModel.Stance.Dismiss) => "#b71c1c",
        (_, PeaceModel.Stance.Counter) => "#6a1b9a",
        _ => "#757575",
    };

    /// <summary>Gets whether the edge is drawn dashed: conditions are.</summary>
    public bool IsDashed => Kind is GraphEdgeKind.Precondition or GraphEdgeKind.Ultimatum;
}
