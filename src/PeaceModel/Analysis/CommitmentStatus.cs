namespace PeaceModel.Analysis;

/// <summary>Where a commitment stands (rules U1–U6 in <c>docs/analysis.md</c>).</summary>
public enum CommitmentStatus
{
    /// <summary>Made, and nothing yet reported on it (U6); see <see cref="CommitmentAnalysis.Conditional"/> and <see cref="CommitmentAnalysis.WaitsForIds"/>.</summary>
    Made,

    /// <summary>Progress on it is reported, not yet complete (U4).</summary>
    InProgress,

    /// <summary>Carried out: a completed implementation report (U2).</summary>
    Fulfilled,

    /// <summary>An accusation that it was broken is confirmed (U3).</summary>
    Broken,

    /// <summary>The committer's side withdrew it (U1).</summary>
    Withdrawn,

    /// <summary>Its deadline passed before it was fulfilled (U5).</summary>
    Lapsed,
}
