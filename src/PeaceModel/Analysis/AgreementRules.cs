using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>The rules for an agreement's life (A0–A4) and its signatures; <c>docs/analysis.md</c> states them.</summary>
internal static class AgreementRules
{
    public static AgreementAnalysis Analyze(Agreement agreement, EventIndex index, DateOnly asOf, Moments now, IReadOnlyDictionary<string, ClaimAnalysis> claims)
    {
        var parties = agreement.Signatories.Where(s => s.Role == SignatoryRole.Party).ToList();
        var signed = parties.Where(s => s.Act == SigningAct.Signed).ToList();
        var agreed = parties.Where(s => s.Act == SigningAct.Agreed).ToList();
        var counted = parties.Where(s => s.Count is not null).ToList();
        var countedMembers = counted
            .SelectMany(s => index.Find<Actor>(s.ActorId)?.MemberIds ?? [])
            .ToHashSet(StringComparer.Ordinal);
        var signedCount = signed.Sum(s => s.Count ?? (countedMembers.Contains(s.ActorId) ? 0 : 1));
        var partyCount = counted.Sum(s => index.Find<Actor>(s.ActorId)?.MemberCount ?? s.Count ?? 0)
            + parties.Count(s => s.Count is null && !countedMembers.Contains(s.ActorId));

        // A1 compares moments: when a term takes effect at the latest, with the moment the analysis is as of.
        var inEffect = agreement.Terms.Where(t => t.Date is { } date && Moments.LatestStart(date) is { } start && start.AtOrBefore(now)).Select(t => t.Id).ToList();
        var concluded = signed.Count + agreed.Count > 0;
        var reason = !concluded
            ? new StatusReason { Rule = "A4", RecordIds = [agreement.Id] }
            : inEffect.Count > 0
                ? new StatusReason { Rule = "A1", RecordIds = [agreement.Id] }
                : signed.Count > 0
                    ? new StatusReason { Rule = "A2", RecordIds = [agreement.Id] }
                    : new StatusReason { Rule = "A3", RecordIds = [agreement.Id] };
        var partiesActs = index.ReactionsTo(agreement.Id).Where(r => parties.Any(p => index.SameParty(r.ReactorId, p.ActorId))).ToList();
        var terminated = partiesActs.LastOrDefault(r => r.Stance == Stance.Withdraw);
        var suspended = partiesActs.LastOrDefault(r => r.Stance == Stance.Suspend);
        if ((terminated ?? suspended) is { } ending)
        {
            reason = new StatusReason { Rule = "A0", RecordIds = [agreement.Id, ending.Id] };
        }

        var status = reason.Rule switch
        {
            "A0" => terminated is not null ? AgreementStatus.Terminated : AgreementStatus.Suspended,
            "A1" => AgreementStatus.InForce,
            "A2" => AgreementStatus.Signed,
            "A3" => AgreementStatus.Agreed,
            _ => AgreementStatus.NotAgreed,
        };
        var (compliance, complianceReason) = Compliance(agreement, index, claims);
        var terms = agreement.Terms.Where(t => t?.Id is not null).Select(t => Progress(agreement, t, index, asOf)).ToList();
        var implementation = terms.Count > 0 && terms.All(t => t.Status == ImplementationStatus.Implemented) ? ImplementationStatus.Implemented
            : terms.Any(t => t.Status != ImplementationStatus.NotReported) ? ImplementationStatus.PartlyImplemented
            : ImplementationStatus.NotReported;

        return new AgreementAnalysis
        {
            Agreement = agreement,
            Status = status,
            Reason = reason,
            SignedCount = signedCount,
            PartyCount = partyCount,
            SignedIds = [.. signed.Select(s => s.ActorId)],
            AgreedIds = [.. agreed.Select(s => s.ActorId)],
            NotReportedIds = [.. parties.Where(s => s.Act == SigningAct.NotReported).Select(s => s.ActorId)],
            ReservationIds = [.. parties.Where(s => s.Reservation is not null).Select(s => s.ActorId)],
            AbstainedIds = [.. parties.Where(s => s.Act == SigningAct.Abstained).Select(s => s.ActorId)],
            ThirdPartyIds = [.. agreement.Signatories.Where(s => s.Role != SignatoryRole.Party).Select(s => s.ActorId)],
            ProposalIds = [.. index.Referrers<Proposal>(agreement.Id, ReferenceRole.Subject).Select(p => p.Id)],
            ReactionIds = [.. index.ReactionsTo(agreement.Id).Select(r => r.Id)],
            Compliance = compliance,
            ComplianceReason = complianceReason,
            Implementation = implementation,
            Terms = [.. terms],
        };
    }

    /// <summary>K1–K4: accusations about the agreement, and whether anyone confirmed or denied them; assessments are cited.</summary>
    private static (ComplianceStatus, StatusReason) Compliance(Agreement agreement, EventIndex index, IReadOnlyDictionary<string, ClaimAnalysis> claims)
    {
        var about = index.Referrers<Claim>(agreement.Id, ReferenceRole.Subject).Where(c => claims.ContainsKey(c.Id)).Select(c => claims[c.Id]).ToList();
        var accusations = about.Where(c => c.Claim.Kind == ClaimKind.Accusation).ToList();
        var assessments = about.Where(c => c.Claim.Kind == ClaimKind.Assessment).Select(c => c.Claim.Id);
        var records = accusations.SelectMany(c => c.Reason.RecordIds).Concat(assessments).ToList();
        var (status, rule) = accusations.Any(c => c.Status == ClaimStatus.Confirmed) ? (ComplianceStatus.Violated, "K1")
            : accusations.Any(c => c.Status is ClaimStatus.Disputed or ClaimStatus.Denied) ? (ComplianceStatus.Disputed, "K2")
            : accusations.Count > 0 ? (ComplianceStatus.Alleged, "K3")
            : (ComplianceStatus.NotReported, "K4");
        return (status, new StatusReason { Rule = rule, RecordIds = [.. records] });
    }

    /// <summary>I1–I4: the implementation reports on one term.</summary>
    private static TermProgress Progress(Agreement agreement, Term term, EventIndex index, DateOnly asOf)
    {
        var reports = index.Referrers<Implementation>(agreement.Id, ReferenceRole.Subject)
            .Where(i => i.TermId == term.Id && i.Date.FirstDay <= asOf)
            .ToList();
        var target = term.Quantities.FirstOrDefault();
        var (status, rule) = reports.Any(r => r.Completed) ? (ImplementationStatus.Implemented, "I1")
            : reports.Any(r => r.Quantity is { } done && target is not null && done.Unit == target.Unit && done.Value < target.Value) ? (ImplementationStatus.PartlyImplemented, "I2")
            : reports.Count > 0 ? (ImplementationStatus.InProgress, "I3")
            : (ImplementationStatus.NotReported, "I4");
        var first = reports.Select(r => r.Date.FirstDay).DefaultIfEmpty(DateOnly.MaxValue).Min();
        return new TermProgress
        {
            TermId = term.Id!,
            Status = status,
            Reason = new StatusReason { Rule = rule, RecordIds = [.. reports.Select(r => r.Id)] },
            SelfReportedIds = [.. reports.Where(r => r is { ActorId: { } actor, ReportedById: { } reporter } && index.SameParty(actor, reporter)).Select(r => r.Id)],
            DeadlinePassed = term.Deadline is { } deadline && deadline.LastDay < asOf,
            Late = term.Date is { } expected && reports.Count > 0 && first > expected.LastDay,
        };
    }
}
