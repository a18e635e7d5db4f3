using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>Whether what a term is anchored to (<see cref="TermAnchor"/>) has happened as of a moment: rule I5 and the commitments' waits read it.</summary>
internal sealed class Anchors(EventIndex index, DateOnly asOf, Moments now, IReadOnlyDictionary<string, ProposalAnalysis> proposals)
{
    public DateOnly AsOf => asOf;

    public Moments Now => now;

    /// <summary>Whether the anchor's event has happened: for a term of the same list (<paramref name="siblings"/>, of <paramref name="ownerId"/>), or for a record of the event.</summary>
    public bool Reached(TermAnchor anchor, ValueList<Term> siblings, string? ownerId)
    {
        if (siblings.FirstOrDefault(t => t?.Id == anchor.Id) is { } term)
        {
            return anchor.Event switch
            {
                AnchorEvent.Completed => ownerId is not null && Completed(ownerId, term.Id),
                AnchorEvent.TakesEffect => TookEffect(term),
                _ => false,
            };
        }

        return index.TryFind(anchor.Id, out var found) && (found.Record, anchor.Event) switch
        {
            (Meeting meeting, AnchorEvent.Held) => meeting.Status is MeetingStatus.Held or MeetingStatus.Ongoing or MeetingStatus.Suspended or MeetingStatus.Resumed or MeetingStatus.Collapsed,
            (Proposal proposal, AnchorEvent.Accepted) => Accepted(proposal.Id),
            (Agreement agreement, AnchorEvent.Signed) => agreement.Signatories.Any(s => s is { Role: SignatoryRole.Party, Act: SigningAct.Signed or SigningAct.Agreed }),
            (Agreement agreement, AnchorEvent.TakesEffect) => agreement.Terms.Any(TookEffect),
            (Agreement or Commitment, AnchorEvent.Completed) => Completed(found.Record.Id, null),
            _ => false,
        };
    }

    /// <summary>Whether a proposal is accepted (with or without conditions) by its addressees.</summary>
    public bool Accepted(string proposalId) =>
        proposals.TryGetValue(proposalId, out var analysis) && analysis.Status is ProposalStatus.Accepted or ProposalStatus.ConditionallyAccepted or ProposalStatus.Adopted;

    /// <summary>Whether a term's date has come: it takes effect at the latest by now.</summary>
    public bool TookEffect(Term? term) => term?.Date is { } date && Moments.LatestStart(date) is { } start && start.AtOrBefore(now);

    /// <summary>
    /// Whether an agreement's term is in effect by now, before what ends it: from its own date; without one,
    /// once what it starts with has happened; without either, once the agreement is in force (a term of it has taken effect).
    /// </summary>
    public bool InEffect(Agreement agreement, Term term) =>
        term.Date is not null ? TookEffect(term)
        : term.StartsAt is { } start ? Reached(start, agreement.Terms, agreement.Id)
        : agreement.Terms.Any(TookEffect);

    /// <summary>The implementation reports on a record (an agreement, a term of it, a commitment) dated by the analysis's day.</summary>
    public IEnumerable<Implementation> Reports(string recordId, string? termId) =>
        index.Referrers<Implementation>(recordId, ReferenceRole.Subject).Where(i => i.TermId == termId && i.Date.FirstDay <= asOf);

    private bool Completed(string recordId, string? termId) => Reports(recordId, termId).Any(r => r.Completed);
}
