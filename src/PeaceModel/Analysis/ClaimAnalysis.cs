namespace PeaceModel.Analysis;

/// <summary>Where one claim stands: asserted, confirmed, denied, disputed or unconfirmed, and by whom.</summary>
public sealed record ClaimAnalysis
{
    /// <summary>Gets the claim.</summary>
    public required Claim Claim { get; init; }

    /// <summary>Gets the derived status.</summary>
    public required ClaimStatus Status { get; init; }

    /// <summary>Gets why: the rule and the records (the claim, the confirmations and denials).</summary>
    public required StatusReason Reason { get; init; }

    /// <summary>Gets the parties that confirmed it.</summary>
    public required ValueList<string> ConfirmedByIds { get; init; }

    /// <summary>Gets the parties that denied it.</summary>
    public required ValueList<string> DeniedByIds { get; init; }
}
