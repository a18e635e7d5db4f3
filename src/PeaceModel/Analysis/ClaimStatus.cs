namespace PeaceModel.Analysis;

/// <summary>Where a claim stands (rules C1–C5 in <c>docs/analysis.md</c>).</summary>
public enum ClaimStatus
{
    /// <summary>Asserted, neither confirmed nor denied by anyone else (C5).</summary>
    Asserted,

    /// <summary>Confirmed by a party other than the claimant's, and denied by none (C3).</summary>
    Confirmed,

    /// <summary>Denied, and asserted only by an anonymous source or the reporter (C2).</summary>
    Denied,

    /// <summary>Asserted by a named party and denied by another (C1).</summary>
    Disputed,

    /// <summary>Rests on an anonymous source or the reporter, and no one confirmed it (C4).</summary>
    Unconfirmed,

    /// <summary>The report's own narration of a fact (attribution <c>reporter</c>), neither confirmed nor denied by anyone (C6): the report's account, not an unconfirmed rumour.</summary>
    Reported,
}
