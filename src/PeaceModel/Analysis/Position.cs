namespace PeaceModel.Analysis;

/// <summary>Where one party stands on a proposal, derived from its reactions and conditions (rules P1–P7 in <c>docs/analysis.md</c>).</summary>
public enum Position
{
    /// <summary>Neither yes nor no: only noncommittal reactions (P7).</summary>
    Noncommittal,

    /// <summary>Welcomed it without committing (P6).</summary>
    Welcomed,

    /// <summary>Accepted it as it stands (P5).</summary>
    Accepted,

    /// <summary>Accepted or welcomed it on conditions of its own, or accepted it conditionally (P4).</summary>
    ConditionallyAccepted,

    /// <summary>Answered it with a proposal of its own (P3).</summary>
    Countered,

    /// <summary>Rejected or dismissed it, or the ultimatum its proposer attached to it (P1, P2).</summary>
    Rejected,
}
