using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>A record between two actors in an <see cref="EpisodeGraph"/>: a proposal from its proposer to an addressee, a reaction to whoever made what it answers, a meeting between two participants.</summary>
public sealed record GraphEdge
{
    /// <summary>Gets the id of the actor the edge starts from (an author of the record; for a record without authors, one of its participants).</summary>
    public required string FromId { get; init; }

    /// <summary>Gets the id of the actor the edge points to.</summary>
    public required string ToId { get; init; }

    /// <summary>Gets the kind of the record the edge stands for.</summary>
    public required RecordKind Kind { get; init; }

    /// <summary>Gets the id of the record the edge stands for.</summary>
    public required string RecordId { get; init; }

    /// <summary>Gets whether the edge joins two participants of a record that has no author (the parties to an agreement, the participants of a meeting), so that it has no direction.</summary>
    public bool IsMutual { get; init; }
}
