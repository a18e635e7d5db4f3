namespace PeaceModel.Analysis;

/// <summary>Where an agreement's life stands as of the analysis date (rules A0–A4 in <c>docs/analysis.md</c>).</summary>
public enum AgreementStatus
{
    /// <summary>The parties agreed, and no signature is reported (A3).</summary>
    Agreed,

    /// <summary>At least one party signed; no term has taken effect yet, or none states when it does (A2).</summary>
    Signed,

    /// <summary>Signed or agreed, and a term has taken effect by the moment the analysis is as of (A1): compared as instants where times and zones are known, the end of a day as the start of the next, "soon" never.</summary>
    InForce,

    /// <summary>A party withdrew from it (A0).</summary>
    Terminated,

    /// <summary>A party suspended it, and no party withdrew (A0).</summary>
    Suspended,

    /// <summary>No party is reported to have signed or agreed: every party abstained, or its act is not reported (A4).</summary>
    NotAgreed,
}
