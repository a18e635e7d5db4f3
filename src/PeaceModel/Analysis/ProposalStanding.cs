namespace PeaceModel.Analysis;

/// <summary>The proposer's side of a proposal's life, apart from what the addressees said (rules W1–W4 in <c>docs/analysis.md</c>).</summary>
public enum ProposalStanding
{
    /// <summary>On the table; the proposer has said nothing more about it (W4).</summary>
    Active,

    /// <summary>The proposer's side said it still stands (W3).</summary>
    Maintained,

    /// <summary>The proposer's side withdrew it (W1).</summary>
    Withdrawn,

    /// <summary>A deadline the proposer's side set passed before the report's date with no addressee accepting (W2).</summary>
    Lapsed,
}
