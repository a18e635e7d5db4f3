using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>The rules for a claim's status (C1–C5); <c>docs/analysis.md</c> states them.</summary>
internal static class ClaimRules
{
    public static ClaimAnalysis Analyze(Claim claim, EventIndex index)
    {
        var claimantParty = claim.ClaimantId is { } claimant ? index.PartyOf(claimant) : null;
        var reactions = index.ReactionsTo(claim.Id).Where(r => claimantParty is null || index.PartyOf(r.ReactorId) != claimantParty).ToList();
        var denials = reactions.Where(r => r.Stance == Stance.Deny).ToList();
        var confirmations = reactions.Where(r => r.Stance == Stance.Confirm).ToList();
        var named = claim.Attribution is ClaimAttribution.OnRecord or ClaimAttribution.Readout;

        var (status, rule) = denials.Count > 0
            ? named ? (ClaimStatus.Disputed, "C1") : (ClaimStatus.Denied, "C2")
            : confirmations.Count > 0 ? (ClaimStatus.Confirmed, "C3")
            : claim.Attribution == ClaimAttribution.Reporter ? (ClaimStatus.Reported, "C6")
            : !named ? (ClaimStatus.Unconfirmed, "C4")
            : (ClaimStatus.Asserted, "C5");

        return new ClaimAnalysis
        {
            Claim = claim,
            Status = status,
            Reason = new StatusReason { Rule = rule, RecordIds = [claim.Id, .. denials.Select(r => r.Id), .. confirmations.Select(r => r.Id)] },
            ConfirmedByIds = [.. confirmations.Select(r => index.PartyOf(r.ReactorId)).Distinct()],
            DeniedByIds = [.. denials.Select(r => index.PartyOf(r.ReactorId)).Distinct()],
        };
    }
}
