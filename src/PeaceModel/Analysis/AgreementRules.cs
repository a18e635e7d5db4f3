using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>The rules for an agreement's life (A0–A4) and its signatures; <c>docs/analysis.md</c> states them.</summary>
internal static class AgreementRules
{
    public static AgreementAnalysis Analyze(Agreement agreement, EventIndex index, Anchors anchors, IReadOnlyDictionary<string, ClaimAnalysis> claims)
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
        var inEffect = agreement.Terms.Where(anchors.TookEffect).Select(t => t.Id).ToList();
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
        var terms = new List<TermProgress>();
        foreach (var term in agreement.Terms.Where(t => t?.Id is not null))
        {
            terms.Add(Progress(agreement, term, index, anchors, terms));
        }

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
            Phases = [.. terms.Where(t => t.Phase is not null).GroupBy(t => t.Phase!.Value).OrderBy(g => g.Key).Select(g => new PhaseProgress
            {
                Phase = g.Key,
                Status = g.All(t => t.Status == ImplementationStatus.Implemented) ? ImplementationStatus.Implemented
                    : g.All(t => t.Status == ImplementationStatus.NotStarted) ? ImplementationStatus.NotStarted
                    : g.Any(t => t.Status is ImplementationStatus.Implemented or ImplementationStatus.InProgress or ImplementationStatus.PartlyImplemented) ? ImplementationStatus.InProgress
                    : ImplementationStatus.NotReported,
                TermIds = [.. g.Select(t => t.TermId)],
            })],
            BasisIds = [.. agreement.Links.Select(l => l.TargetId)],
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

    /// <summary>I1–I5: the implementation reports on one term, and what it waits for; <paramref name="before"/> holds the progress of the terms listed before it.</summary>
    private static TermProgress Progress(Agreement agreement, Term term, EventIndex index, Anchors anchors, List<TermProgress> before)
    {
        var reports = anchors.Reports(agreement.Id, term.Id).ToList();
        var target = term.Quantities.FirstOrDefault();
        var waitsFor = term.StartsAt is { } start
            ? (anchors.Reached(start, agreement.Terms, agreement.Id) ? null : start.Id)
            : term.Phase is > 1 && agreement.Terms.FirstOrDefault(t => t?.Phase == term.Phase - 1 && t.Id is not null && before.FirstOrDefault(p => p.TermId == t.Id)?.Status != ImplementationStatus.Implemented) is { } earlier
                ? earlier.Id
                : null;
        var (status, rule) = reports.Any(r => r.Completed) ? (ImplementationStatus.Implemented, "I1")
            : reports.Any(r => r.Quantity is { } done && target is not null && done.Unit == target.Unit && done.Value < target.Value) ? (ImplementationStatus.PartlyImplemented, "I2")
            : reports.Count > 0 ? (ImplementationStatus.InProgress, "I3")
            : waitsFor is not null ? (ImplementationStatus.NotStarted, "I5")
            : (ImplementationStatus.NotReported, "I4");
        var ended = term.EndsAt is { } end && anchors.Reached(end, agreement.Terms, agreement.Id);
        var began = anchors.InEffect(agreement, term);
        var first = reports.Select(r => r.Date.FirstDay).DefaultIfEmpty(DateOnly.MaxValue).Min();
        return new TermProgress
        {
            TermId = term.Id!,
            Status = status,
            Reason = new StatusReason { Rule = rule, RecordIds = [.. reports.Select(r => r.Id)] },
            SelfReportedIds = [.. reports.Where(r => r is { ActorId: { } actor, ReportedById: { } reporter } && index.SameParty(actor, reporter)).Select(r => r.Id)],
            DeadlinePassed = term.Deadline is { } deadline && deadline.LastDay < anchors.AsOf,
            Late = term.Date is { } expected && reports.Count > 0 && first > expected.LastDay,
            Phase = term.Phase,
            WaitsForId = waitsFor,
            InEffect = began && !ended && status != ImplementationStatus.NotStarted,
            UntilId = term.EndsAt is { } until && !ended ? until.Id : null,
            VerifiedIds = [.. reports.Where(r => r.VerifiedById is { } verifier && agreement.VerifierIds.Contains(verifier)).Select(r => r.Id)],
        };
    }
}
