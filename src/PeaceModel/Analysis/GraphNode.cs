namespace PeaceModel.Analysis;

/// <summary>An actor in an <see cref="EpisodeGraph"/>.</summary>
public sealed record GraphNode
{
    /// <summary>Gets the actor's id.</summary>
    public required string Id { get; init; }
}
