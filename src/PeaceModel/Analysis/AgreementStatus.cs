namespace PeaceModel.Analysis;

/// <summary>Where an agreement's life stands as of the analysis date (rules A1–A3 in <c>docs/analysis.md</c>).</summary>
public enum AgreementStatus
{
    /// <summary>The parties agreed, and no signature is reported (A3).</summary>
    Agreed,

    /// <summary>At least one party signed; no term has taken effect yet, or none states when it does (A2).</summary>
    Signed,

    /// <summary>Signed or agreed, and a term's effective date has come (A1).</summary>
    InForce,

    /// <summary>A party withdrew from it (A0).</summary>
    Terminated,

    /// <summary>A party suspended it, and no party withdrew (A0).</summary>
    Suspended,
}
