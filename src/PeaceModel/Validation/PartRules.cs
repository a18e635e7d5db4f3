using System.Globalization;
using FluentValidation.Results;
using PeaceModel.Kinds;
using PeaceModel.Serialization;

namespace PeaceModel.Validation;

/// <summary>
/// Names of parts of records, which are not records themselves: the points a reaction answers, the
/// point or term a commitment depends on, what a term starts or ends with; and a vote's ballots and
/// counts against the body that votes.
/// </summary>
internal sealed class PartRules(EventIndex index, Action<ValidationFailure> report) : CrossRecordRuleSet(index, report)
{
    private static readonly string PointIdsPath = ContractNames.Of(typeof(Reaction), nameof(Reaction.PointIds));
    private static readonly string SubjectTermPath = ContractNames.Of(typeof(Commitment), nameof(Commitment.SubjectTermId));
    private static readonly string TermsPath = ContractNames.Of(typeof(Agreement), nameof(Agreement.Terms));
    private static readonly string PointsPath = ContractNames.Of(typeof(Proposal), nameof(Proposal.Points));
    private static readonly string StartsAtPath = ContractNames.Of(typeof(Term), nameof(Term.StartsAt));
    private static readonly string EndsAtPath = ContractNames.Of(typeof(Term), nameof(Term.EndsAt));
    private static readonly string AnchorIdPath = ContractNames.Of(typeof(TermAnchor), nameof(TermAnchor.Id));
    private static readonly string CountsPath = ContractNames.Of(typeof(Vote), nameof(Vote.Counts));
    private static readonly string BallotsPath = ContractNames.Of(typeof(Vote), nameof(Vote.Ballots));
    private static readonly string BallotActorPath = ContractNames.Of(typeof(Ballot), nameof(Ballot.ActorId));
    private static readonly string RulePath = ContractNames.Of(typeof(Vote), nameof(Vote.Rule));
    private static readonly string ThresholdPath = ContractNames.Of(typeof(DecisionRule), nameof(DecisionRule.Threshold));

    public override void Check()
    {
        CheckAnsweredPoints();
        CheckCommittedTerms();
        CheckAnchors();
        CheckVotes();
    }

    /// <summary>The parts of a record that other records may name: an agreement's terms, a plan's points.</summary>
    internal static IEnumerable<Term> PartsOf(IDiplomaticRecord? record) => record switch
    {
        Agreement agreement => agreement.Terms.Where(t => t?.Id is not null),
        Proposal proposal => proposal.Points.Where(t => t?.Id is not null),
        _ => [],
    };

    /// <summary>A reaction answers points of the plan it reacts to.</summary>
    private void CheckAnsweredPoints()
    {
        var reactions = Event.Reactions.AsSpan();
        for (var i = 0; i < reactions.Length; i++)
        {
            if (reactions[i] is not { PointIds.Count: > 0, TargetId: { } target } reaction || !Index.TryFind(target, out var found))
            {
                continue;
            }

            var points = PartsOf(found.Record as Proposal).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            for (var k = 0; k < reaction.PointIds.Count; k++)
            {
                if (reaction.PointIds[k] is { } pointId && !points.Contains(pointId))
                {
                    Fail(new RecordLocation(RecordKinds.Reaction, i, PointIdsPath, k), ErrorCodes.UnknownReference, pointId, points.Count == 0
                        ? $"'{target}' is not a plan with points; a reaction names points only of a proposal that lists them."
                        : $"'{pointId}' names no point of '{target}'; its points: {string.Join(", ", points)}.");
                }
            }
        }
    }

    /// <summary>A commitment depends on a point or term of the record it concerns.</summary>
    private void CheckCommittedTerms()
    {
        var commitments = Event.Commitments.AsSpan();
        for (var i = 0; i < commitments.Length; i++)
        {
            if (commitments[i] is { SubjectTermId: { Length: > 0 } termId, SubjectId: { } subject } && Index.TryFind(subject, out var found)
                && !PartsOf(found.Record).Any(t => t.Id == termId))
            {
                Fail(new RecordLocation(RecordKinds.Commitment, i, SubjectTermPath), ErrorCodes.UnknownReference, termId,
                    $"'{termId}' names no term or point of '{subject}'.");
            }
        }
    }

    /// <summary>What a term starts or ends with is another term of the same list, or a record of the event.</summary>
    private void CheckAnchors()
    {
        for (var i = 0; i < Event.Agreements.Count; i++)
        {
            CheckAnchors(RecordKinds.Agreement, i, TermsPath, Event.Agreements[i]?.Terms ?? []);
        }

        for (var i = 0; i < Event.Proposals.Count; i++)
        {
            CheckAnchors(RecordKinds.Proposal, i, PointsPath, Event.Proposals[i]?.Points ?? []);
        }
    }

    private void CheckAnchors(RecordKind kind, int index, string listPath, ValueList<Term> terms)
    {
        for (var j = 0; j < terms.Count; j++)
        {
            CheckAnchor(terms[j]?.StartsAt, StartsAtPath);
            CheckAnchor(terms[j]?.EndsAt, EndsAtPath);

            void CheckAnchor(TermAnchor? anchor, string path)
            {
                if (anchor?.Id is { Length: > 0 } id && !terms.Any(t => t?.Id == id) && !Index.TryFind(id, out _))
                {
                    Fail(new RecordLocation(kind, index, string.Create(CultureInfo.InvariantCulture, $"{listPath}[{j}].{path}.{AnchorIdPath}")), ErrorCodes.UnknownReference, id,
                        $"'{id}' names neither another term of the same list nor a record of the event.");
                }
            }
        }
    }

    /// <summary>A vote's counts fit the body's size; named ballots and veto holders are members of the body when it lists its members.</summary>
    private void CheckVotes()
    {
        var votes = Event.Votes.AsSpan();
        for (var i = 0; i < votes.Length; i++)
        {
            if (votes[i] is not { } vote || Index.Find<Actor>(vote.BodyId) is not { } body)
            {
                continue;
            }

            if (vote.Counts is { } counts && body.MemberCount is { } size
                && counts.For + counts.Against + counts.Abstain + (counts.Absent ?? 0) + (counts.NotParticipating ?? 0) > size)
            {
                Fail(new RecordLocation(RecordKinds.Vote, i, CountsPath), ErrorCodes.InvalidValue, counts.For,
                    string.Create(CultureInfo.InvariantCulture, $"the counts add up to more than the {size} members of '{body.Id}'."));
            }

            if (vote.Rule?.Threshold is { } threshold && body.MemberCount is { } members && threshold > members)
            {
                Fail(new RecordLocation(RecordKinds.Vote, i, $"{RulePath}.{ThresholdPath}"), ErrorCodes.InvalidValue, threshold,
                    string.Create(CultureInfo.InvariantCulture, $"the threshold of {threshold} votes is more than the {members} members of '{body.Id}' could give."));
            }

            if (body.MemberIds.Count == 0)
            {
                continue;
            }

            for (var k = 0; k < vote.Ballots.Count; k++)
            {
                if (vote.Ballots[k]?.ActorId is { Length: > 0 } member && !body.MemberIds.Contains(member))
                {
                    Fail(new RecordLocation(RecordKinds.Vote, i, string.Create(CultureInfo.InvariantCulture, $"{BallotsPath}[{k}].{BallotActorPath}")), ErrorCodes.InvalidMembership, member,
                        $"'{member}' votes in '{body.Id}' but is not among its members ({string.Join(", ", body.MemberIds)}).");
                }
            }
        }
    }
}
