namespace PeaceModel.Analysis;

/// <summary>An actor in an <see cref="EpisodeGraph"/>.</summary>
public sealed record GraphNode
{
    /// <summary>Gets the actor's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the label: the actor's name.</summary>
    public required string Label { get; init; }
}
