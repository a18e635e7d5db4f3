namespace PeaceModel.Analysis;

/// <summary>What the claims about an agreement say of its keeping (rules K1–K4 in <c>docs/analysis.md</c>).</summary>
public enum ComplianceStatus
{
    /// <summary>No one alleges a violation (K4); assessments, if any, are cited.</summary>
    NotReported,

    /// <summary>A violation is alleged, neither confirmed nor denied (K3).</summary>
    Alleged,

    /// <summary>A violation is alleged and denied (K2).</summary>
    Disputed,

    /// <summary>A violation is alleged and confirmed by someone other than the accuser's party (K1).</summary>
    Violated,
}
