namespace PeaceModel.Analysis;

/// <summary>Where a vote stands, derived from its counts and its rule (rules V1–V6 in <c>docs/analysis.md</c>).</summary>
public enum VoteStatus
{
    /// <summary>Not yet taken as of the analysis's date (V6).</summary>
    Pending,

    /// <summary>Adopted: the rule is met (V3), or the report says so and gives no rule to check it by (V5).</summary>
    Adopted,

    /// <summary>Not adopted: too few votes in favour, or an objection under consensus or unanimity (V2), or the report says so (V5).</summary>
    Failed,

    /// <summary>Not adopted although enough members voted in favour: a member holding a veto voted against (V1).</summary>
    Vetoed,

    /// <summary>Taken, but neither the counts nor the outcome are reported (V4).</summary>
    NotReported,
}
