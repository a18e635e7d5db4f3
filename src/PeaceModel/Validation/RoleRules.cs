using System.Globalization;
using FluentValidation.Results;
using PeaceModel.Kinds;
using PeaceModel.Serialization;

namespace PeaceModel.Validation;

/// <summary>Roles that must make sense across records: who may withdraw, who counters whom, who acts for whom, who signs as what.</summary>
internal sealed class RoleRules(EventIndex index, Action<ValidationFailure> report) : CrossRecordRuleSet(index, report)
{
    private static readonly string ActsForPath = ContractNames.Of(typeof(Actor), nameof(Actor.ActsForId));
    private static readonly string TermIdPath = ContractNames.Of(typeof(Implementation), nameof(Implementation.TermId));
    private static readonly string StancePath = ContractNames.Of(typeof(Reaction), nameof(Reaction.Stance));
    private static readonly string CountersPath = ContractNames.Of(typeof(Proposal), nameof(Proposal.CountersId));
    private static readonly string ParticipantsPath = ContractNames.Of(typeof(Meeting), nameof(Meeting.Participants));
    private static readonly string ParticipantRolePath = ContractNames.Of(typeof(Participant), nameof(Participant.Role));
    private static readonly string MeetingStatusPath = ContractNames.Of(typeof(Meeting), nameof(Meeting.Status));
    private static readonly string SignatoriesPath = ContractNames.Of(typeof(Agreement), nameof(Agreement.Signatories));
    private static readonly string SignatoryCountPath = ContractNames.Of(typeof(Signatory), nameof(Signatory.Count));

    public override void Check()
    {
        CheckActsFor();
        CheckWhoWithdraws();
        CheckWhatIsConfirmed();
        CheckImplementedTerms();
        CheckCounterProposals();
        CheckMeetings();
        CheckSignatories();
    }

    /// <summary>A chain of "acts for" ends at a party that acts for itself.</summary>
    private void CheckActsFor()
    {
        var actors = Event.Actors.AsSpan();
        for (var i = 0; i < actors.Length; i++)
        {
            if (actors[i]?.ActsForId is { Length: > 0 } principal && principal != actors[i].Id && ActsForLoops(actors[i].Id))
            {
                Fail(new RecordLocation(RecordKinds.Actor, i, ActsForPath), ErrorCodes.ActsForCycle, principal,
                    $"'{actors[i].Id}' acts for '{principal}', and following 'acts for' from there leads back to '{actors[i].Id}'; a chain of 'acts for' ends at a party that acts for itself.");
            }
        }
    }

    /// <summary>Only a party withdraws from, suspends or keeps to an agreement; only the proposer's (committer's) side withdraws or maintains a proposal (commitment).</summary>
    private void CheckWhoWithdraws()
    {
        var reactions = Event.Reactions.AsSpan();
        for (var i = 0; i < reactions.Length; i++)
        {
            if (reactions[i] is { Stance: Stance.Withdraw or Stance.Maintain or Stance.Suspend, ReactorId: { } reactor, TargetId: { } target } reaction
                && !string.IsNullOrEmpty(reactor) && Index.TryFind(target, out _))
            {
                if (Index.Find<Agreement>(target) is { } agreement)
                {
                    if (!agreement.Signatories.Any(s => s is { Role: SignatoryRole.Party } && Index.SameParty(reactor, s.ActorId)))
                    {
                        Fail(new RecordLocation(RecordKinds.Reaction, i, StancePath), ErrorCodes.InvalidRole, reaction.Stance,
                            $"only a party to an agreement withdraws from it, suspends it or says it keeps to it; '{reactor}' acts for none of the parties of '{target}'.");
                    }

                    continue;
                }

                var proposer = Index.Find<Proposal>(target)?.ProposerId ?? Index.Find<Commitment>(target)?.CommitterId;
                if (reaction.Stance == Stance.Suspend)
                {
                    Fail(new RecordLocation(RecordKinds.Reaction, i, StancePath), ErrorCodes.InvalidRole, reaction.Stance,
                        $"only an agreement is suspended; '{target}' is not one.");
                }
                else if (proposer is null || !Index.SameParty(reactor, proposer))
                {
                    Fail(new RecordLocation(RecordKinds.Reaction, i, StancePath), ErrorCodes.InvalidRole, reaction.Stance,
                        proposer is null
                            ? $"only a proposal, a commitment or an agreement is withdrawn from or maintained; '{target}' is none of these."
                            : $"only the side that made a proposal or commitment withdraws or maintains it; '{reactor}' does not act for '{Index.PartyOf(proposer)}', the party of '{proposer}'.");
                }
            }
        }
    }

    /// <summary>Only a claim is confirmed or denied, and a claim is answered only so.</summary>
    private void CheckWhatIsConfirmed()
    {
        var reactions = Event.Reactions.AsSpan();
        for (var i = 0; i < reactions.Length; i++)
        {
            if (reactions[i] is { Stance: var stance, TargetId: { } target } reaction && Index.TryFind(target, out var found)
                && (stance is Stance.Confirm or Stance.Deny) != found.Record is Claim)
            {
                Fail(new RecordLocation(RecordKinds.Reaction, i, StancePath), ErrorCodes.InvalidRole, reaction.Stance,
                    stance is Stance.Confirm or Stance.Deny
                        ? $"only a claim is confirmed or denied; '{target}' is {WithArticle(found.Kind.Noun)}. To refuse a demand, reject it."
                        : $"a claim is confirmed or denied, not answered with '{Text.EventText.Words(stance)}'; to dispute '{target}', deny it.");
            }
        }
    }

    /// <summary>An implementation report names a term of its agreement.</summary>
    private void CheckImplementedTerms()
    {
        var implementations = Event.Implementations.AsSpan();
        for (var i = 0; i < implementations.Length; i++)
        {
            if (implementations[i] is { TermId: { Length: > 0 } termId, AgreementId: { } agreementId }
                && Index.Find<Agreement>(ExternalId.TryParse(agreementId, out var document, out var local) && document == Event.Id ? local : agreementId) is { } agreement
                && !agreement.Terms.Any(t => t?.Id == termId))
            {
                Fail(new RecordLocation(RecordKinds.Implementation, i, TermIdPath), ErrorCodes.UnknownReference, termId,
                    $"'{termId}' names no term of agreement '{agreement.Id}'; its terms: {string.Join(", ", agreement.Terms.Select(t => t?.Id).OfType<string>())}.");
            }
        }
    }

    /// <summary>A counter-proposal answers another party's proposal.</summary>
    private void CheckCounterProposals()
    {
        var proposals = Event.Proposals.AsSpan();
        for (var i = 0; i < proposals.Length; i++)
        {
            if (proposals[i] is { CountersId: { Length: > 0 } countered, ProposerId: { Length: > 0 } proposer }
                && Index.Find<Proposal>(countered) is { ProposerId: { Length: > 0 } original } && countered != proposals[i].Id && Index.SameParty(proposer, original))
            {
                Fail(new RecordLocation(RecordKinds.Proposal, i, CountersPath), ErrorCodes.InvalidRole, countered,
                    $"'{countered}' is proposed by the same party ('{Index.PartyOf(proposer)}'); a counter-proposal answers another party's proposal. Amend your own with a new proposal instead.");
            }
        }
    }

    /// <summary>Delegates act for a party; a meeting that nothing proposes or schedules states its status.</summary>
    private void CheckMeetings()
    {
        var meetings = Event.Meetings.AsSpan();
        for (var i = 0; i < meetings.Length; i++)
        {
            if (meetings[i] is not { } meeting)
            {
                continue;
            }

            for (var j = 0; j < meeting.Participants.Count; j++)
            {
                if (meeting.Participants[j] is { Role: ParticipantRole.HeadOfDelegation or ParticipantRole.Delegate, ActorId: { Length: > 0 } member }
                    && Index.Find<Actor>(member) is { ActsForId: null })
                {
                    Fail(new RecordLocation(RecordKinds.Meeting, i, $"{ParticipantsPath}[{j}].{ParticipantRolePath}"), ErrorCodes.InvalidRole, meeting.Participants[j].Role,
                        $"'{member}' is in a delegation but acts for no one; give the actor 'actsForId', the party whose delegation it belongs to.");
                }
            }

            if (meeting.Status is null && !string.IsNullOrEmpty(meeting.Id)
                && !Index.ReferencesTo(meeting.Id).Any(r => r.Reference.Role == ReferenceRole.Occasion && r.From.Record is Proposal or Agreement))
            {
                Fail(new RecordLocation(RecordKinds.Meeting, i, MeetingStatusPath), ErrorCodes.MissingStatus, null,
                    $"no proposal proposes '{meeting.Id}' and no agreement schedules it, so its status cannot be derived; say whether it is proposed, scheduled, held, postponed or cancelled.");
            }
        }
    }

    /// <summary>Only a group's entry counts members, and no more than it has.</summary>
    private void CheckSignatories()
    {
        var agreements = Event.Agreements.AsSpan();
        for (var i = 0; i < agreements.Length; i++)
        {
            var signatories = agreements[i]?.Signatories ?? default;
            for (var j = 0; j < signatories.Count; j++)
            {
                if (signatories[j] is { Count: { } count, ActorId: { Length: > 0 } group } && Index.Find<Actor>(group) is { } actor
                    && (actor.Kind is not (ActorKind.Group or ActorKind.InternationalOrganization) || count > actor.MemberCount))
                {
                    Fail(new RecordLocation(RecordKinds.Agreement, i, $"{SignatoriesPath}[{j}].{SignatoryCountPath}"), ErrorCodes.InvalidRole, count,
                        actor.Kind is not (ActorKind.Group or ActorKind.InternationalOrganization)
                            ? $"'{group}' is a {actor.Kind.ToString().ToLowerInvariant()}, not a group; only a group's entry counts members."
                            : string.Create(CultureInfo.InvariantCulture, $"{count} of the members of '{group}' cannot act: it has {(actor.MemberCount is { } total ? $"{total} members" : "no stated member count; give the group 'memberCount'")}."));
                }
            }
        }
    }

    /// <summary>Whether following "acts for" from an actor comes back to it (a walk of at most as many steps as there are actors; nothing allocated).</summary>
    private bool ActsForLoops(string actorId)
    {
        var current = Index.Find<Actor>(actorId)?.ActsForId;
        for (var steps = 0; steps < Event.Actors.Count && !string.IsNullOrEmpty(current); steps++)
        {
            if (current == actorId)
            {
                return true;
            }

            current = Index.Find<Actor>(current)?.ActsForId;
        }

        return false;
    }
}
