namespace PeaceModel.Analysis;

/// <summary>What an edge of an <see cref="EpisodeGraph"/> stands for.</summary>
public enum GraphEdgeKind
{
    /// <summary>A proposal, from the proposer to an addressee.</summary>
    Proposal,

    /// <summary>A precondition, from its setter to whom it is addressed (or to the proposer).</summary>
    Precondition,

    /// <summary>An ultimatum, from its setter to whom it is addressed (or to the proposer).</summary>
    Ultimatum,

    /// <summary>A reaction, from the reactor to the author of what it answers.</summary>
    Reaction,
}
