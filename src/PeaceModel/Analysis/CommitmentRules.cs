using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>The rules for a commitment (U1–U6); <c>docs/analysis.md</c> states them.</summary>
internal static class CommitmentRules
{
    public static CommitmentAnalysis Analyze(Commitment commitment, EventIndex index, Anchors anchors, IReadOnlyDictionary<string, ClaimAnalysis> claims)
    {
        var withdrawal = index.ReactionsTo(commitment.Id).LastOrDefault(r => r.Stance == Stance.Withdraw && index.SameParty(r.ReactorId, commitment.CommitterId));
        var reports = anchors.Reports(commitment.Id, null).ToList();
        var breaches = index.Referrers<Claim>(commitment.Id, ReferenceRole.Subject)
            .Where(c => c.Kind == ClaimKind.Accusation && claims.TryGetValue(c.Id, out var claim) && claim.Status == ClaimStatus.Confirmed)
            .ToList();
        var deadlinePassed = commitment.Terms?.Deadline is { } deadline && deadline.LastDay < anchors.AsOf;

        var (status, rule, records) = withdrawal is not null ? (CommitmentStatus.Withdrawn, "U1", new List<string> { withdrawal.Id })
            : reports.FirstOrDefault(r => r.Completed) is { } done ? (CommitmentStatus.Fulfilled, "U2", new List<string> { done.Id })
            : breaches.Count > 0 ? (CommitmentStatus.Broken, "U3", breaches.Select(c => c.Id).ToList())
            : reports.Count > 0 ? (CommitmentStatus.InProgress, "U4", reports.Select(r => r.Id).ToList())
            : deadlinePassed ? (CommitmentStatus.Lapsed, "U5", new List<string> { commitment.Id })
            : (CommitmentStatus.Made, "U6", new List<string> { commitment.Id });

        return new CommitmentAnalysis
        {
            Commitment = commitment,
            Status = status,
            Reason = new StatusReason { Rule = rule, RecordIds = [.. records] },
            Conditional = commitment.Terms?.OnlyIf is not null,
            WaitsForIds = [.. WaitsFor(commitment, index, anchors)],
            DeadlinePassed = deadlinePassed,
        };
    }

    /// <summary>The point or term the commitment depends on, while it is not in effect, and what its start is anchored to, while that has not happened.</summary>
    private static IEnumerable<string> WaitsFor(Commitment commitment, EventIndex index, Anchors anchors)
    {
        if (commitment is { SubjectId: { } subjectId, SubjectTermId: { } termId } && index.TryFind(subjectId, out var subject))
        {
            var inEffect = subject.Record switch
            {
                Proposal proposal => anchors.Accepted(proposal.Id),
                Agreement agreement => agreement.Terms.FirstOrDefault(t => t?.Id == termId) is { } term && anchors.InEffect(agreement, term),
                _ => true,
            };
            if (!inEffect)
            {
                yield return termId;
            }
        }

        if (commitment.Terms?.StartsAt is { } start && !anchors.Reached(start, [], null))
        {
            yield return start.Id;
        }
    }
}
