using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>The rules for an agreement's life (A1–A3) and its signatures; <c>docs/analysis.md</c> states them.</summary>
internal static class AgreementRules
{
    public static AgreementAnalysis Analyze(Agreement agreement, EventIndex index, DateOnly asOf)
    {
        var parties = agreement.Signatories.Where(s => s.Role == SignatoryRole.Party).ToList();
        var signed = parties.Where(s => s.Act is SigningAct.Signed or SigningAct.Agreed).ToList();
        var counted = parties.Where(s => s.Count is not null).ToList();
        var countedMembers = counted
            .SelectMany(s => index.Find<Actor>(s.ActorId)?.MemberIds ?? [])
            .ToHashSet(StringComparer.Ordinal);
        var signedCount = signed.Sum(s => s.Count ?? (countedMembers.Contains(s.ActorId) ? 0 : 1));
        var partyCount = counted.Sum(s => index.Find<Actor>(s.ActorId)?.MemberCount ?? s.Count ?? 0)
            + parties.Count(s => s.Count is null && !countedMembers.Contains(s.ActorId));

        var inEffect = agreement.Terms.Where(t => t.Date is { } date && date.FirstDay <= asOf).Select(t => t.Id).ToList();
        var reason = signed.Count == 0
            ? new StatusReason { Rule = "A3", RecordIds = [agreement.Id] }
            : inEffect.Count > 0
                ? new StatusReason { Rule = "A1", RecordIds = [agreement.Id] }
                : new StatusReason { Rule = "A2", RecordIds = [agreement.Id] };
        var status = reason.Rule switch
        {
            "A1" => AgreementStatus.InForce,
            "A2" => signed.Any(s => s.Act == SigningAct.Signed) ? AgreementStatus.Signed : AgreementStatus.Agreed,
            _ => AgreementStatus.Agreed,
        };

        return new AgreementAnalysis
        {
            Agreement = agreement,
            Status = status,
            Reason = reason,
            SignedCount = signedCount,
            PartyCount = partyCount,
            SignedIds = [.. signed.Select(s => s.ActorId)],
            ReservationIds = [.. parties.Where(s => s.Reservation is not null).Select(s => s.ActorId)],
            AbstainedIds = [.. parties.Where(s => s.Act == SigningAct.Abstained).Select(s => s.ActorId)],
            ThirdPartyIds = [.. agreement.Signatories.Where(s => s.Role != SignatoryRole.Party).Select(s => s.ActorId)],
            ProposalIds = [.. index.Referrers<Proposal>(agreement.Id, ReferenceRole.Subject).Select(p => p.Id)],
            ReactionIds = [.. index.ReactionsTo(agreement.Id).Select(r => r.Id)],
        };
    }
}
