using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>
/// The rules that place each party on a proposal (P1–P12), on each point of a plan, combine the addressees' positions (O1–O7)
/// and follow the proposer's own acts (W1–W4). <c>docs/analysis.md</c> states them; the rule ids
/// appear in every <see cref="StatusReason"/>.
/// </summary>
internal static class ProposalRules
{
    public static ProposalAnalysis Analyze(Proposal proposal, EventIndex index, DateOnly asOf, IReadOnlyDictionary<string, VoteAnalysis> votes)
    {
        var proposerParty = index.PartyOf(proposal.ProposerId);
        var conditions = index.Referrers<Condition>(proposal.Id, ReferenceRole.Subject);
        var proposerConditions = conditions.Where(c => index.SameParty(c.SetterId, proposal.ProposerId)).ToList();

        // A reaction to an ultimatum or deadline of the proposer's is a reaction to its demand; one to a
        // precondition or exchange of the proposer's is about that condition only (rule P9 and docs).
        var demandIds = proposerConditions.Where(c => c.Kind is ConditionKind.Ultimatum or ConditionKind.Deadline).Select(c => c.Id).ToHashSet();
        var termIds = proposerConditions.Where(c => c.Kind is ConditionKind.Precondition or ConditionKind.Exchange).Select(c => c.Id).ToHashSet();
        var all = ReactionsTo(index, demandIds.Prepend(proposal.Id));
        var direct = all.Where(r => r.PointIds.Count == 0).ToList();
        var toPoints = all.Where(r => r.PointIds.Count > 0).ToList();
        var toTerms = ReactionsTo(index, termIds);
        var toOthers = ReactionsTo(index, conditions.Where(c => !demandIds.Contains(c.Id) && !termIds.Contains(c.Id)).Select(c => c.Id));
        var counters = index.Referrers<Proposal>(proposal.Id, ReferenceRole.Counter).ToList();

        var addresseeParties = proposal.AddresseeIds.Select(index.PartyOf).Distinct().ToList();
        var parties = addresseeParties
            .Concat(all.Select(r => index.PartyOf(r.ReactorId)))
            .Concat(toTerms.Select(r => index.PartyOf(r.ReactorId)))
            .Concat(conditions.Where(c => c.Kind == ConditionKind.Precondition).Select(c => index.PartyOf(c.SetterId)))
            .Concat(counters.Select(c => index.PartyOf(c.ProposerId)))
            .Where(party => party != proposerParty)
            .Distinct()
            .ToList();

        var attended = AttendedParties(proposal, index);
        var positions = parties.Select(party => Place(
                proposal,
                party,
                attended.TryGetValue(party, out var meetingId) ? meetingId : null,
                direct.Where(r => index.PartyOf(r.ReactorId) == party).ToList(),
                toPoints.Where(r => index.PartyOf(r.ReactorId) == party).ToList(),
                toTerms.Where(r => index.PartyOf(r.ReactorId) == party).ToList(),
                conditions.Where(c => c.Kind == ConditionKind.Precondition && index.PartyOf(c.SetterId) == party).ToList(),
                counters.Where(c => index.PartyOf(c.ProposerId) == party).ToList(),
                addresseeParties.Contains(party)))
            .ToList();

        var deadlines = Deadlines(proposal, proposerConditions, asOf);
        var (outcome, outcomeReason, decisive) = index.Referrers<Vote>(proposal.Id, ReferenceRole.Subject)
            .Select(v => votes.TryGetValue(v.Id, out var vote) ? vote : null)
            .LastOrDefault(v => v?.Status is VoteStatus.Adopted or VoteStatus.Failed or VoteStatus.Vetoed) is { } decided
            ? (decided.Status == VoteStatus.Adopted ? ProposalStatus.Adopted : ProposalStatus.NotAdopted, new StatusReason { Rule = "O7", RecordIds = [.. decided.Reason.RecordIds] }, [])
            : Outcome(positions);
        var (standing, standingReason) = Standing(proposal, direct.Where(r => index.SameParty(r.ReactorId, proposal.ProposerId)).ToList(), deadlines, positions);
        var (status, reason) = standing switch
        {
            ProposalStanding.Withdrawn => (ProposalStatus.Withdrawn, standingReason),
            ProposalStanding.Lapsed => (ProposalStatus.Lapsed, standingReason),
            _ => (outcome, outcomeReason),
        };

        return new ProposalAnalysis
        {
            Proposal = proposal,
            Conditions = [.. conditions],
            ReactionsByStance = [.. all.Concat(toTerms).Concat(toOthers)
                .DistinctBy(r => r.Id)
                .GroupBy(r => r.Stance)
                .OrderBy(g => g.Key)
                .Select(g => new StanceGroup { Stance = g.Key, Reactions = [.. g] })],
            Positions = [.. positions.Select(p => decisive.Contains(p) ? p with { IsDecisive = true } : p)],
            Status = status,
            Reason = reason,
            Outcome = outcome,
            OutcomeReason = outcomeReason,
            Standing = standing,
            StandingReason = standingReason,
            CounterProposalIds = [.. counters.Select(c => c.Id)],
            Deadlines = [.. deadlines],
        };
    }

    private static List<Reaction> ReactionsTo(EventIndex index, IEnumerable<string> targetIds) =>
        [.. targetIds.SelectMany(index.ReferencesTo)
            .Where(r => r.Reference.Role == ReferenceRole.Subject && r.From.Record is Reaction)
            .Select(r => r.From)
            .DistinctBy(r => r.Position)
            .OrderBy(r => r.Position)
            .Select(r => (Reaction)r.Record)];

    private static List<DeadlineState> Deadlines(Proposal proposal, List<Condition> proposerConditions, DateOnly asOf)
    {
        var deadlines = new List<DeadlineState>();
        if (proposal.Terms?.Deadline is { } terms)
        {
            deadlines.Add(new DeadlineState { RecordId = proposal.Id, Deadline = terms, Passed = terms.LastDay < asOf });
        }

        foreach (var condition in proposerConditions)
        {
            if (condition.Deadline is { } deadline)
            {
                deadlines.Add(new DeadlineState { RecordId = condition.Id, Deadline = deadline, Passed = deadline.LastDay < asOf });
            }
        }

        return deadlines;
    }

    /// <summary>
    /// The parties that took part in the meeting the proposal proposes, once it has taken place (held,
    /// ongoing, suspended, resumed or collapsed), with the meeting's id: rule P10, acceptance by conduct.
    /// A participant that stayed away did not take part.
    /// </summary>
    private static Dictionary<string, string> AttendedParties(Proposal proposal, EventIndex index)
    {
        var attended = new Dictionary<string, string>(StringComparer.Ordinal);
        if (proposal.Terms?.MeetingId is { } id && index.Find<Meeting>(id) is { Status: MeetingStatus.Held or MeetingStatus.Ongoing or MeetingStatus.Suspended or MeetingStatus.Resumed or MeetingStatus.Collapsed } meeting)
        {
            foreach (var participant in meeting.Participants.Where(p => p.Course != ParticipantCourse.StayedAway))
            {
                attended.TryAdd(index.PartyOf(participant.ActorId), meeting.Id);
            }
        }

        return attended;
    }

    private static PartyPosition Place(Proposal proposal, string party, string? attendedMeetingId, List<Reaction> reactions, List<Reaction> toPoints, List<Reaction> toProposerTerms, List<Condition> preconditions, List<Proposal> counters, bool isAddressee)
    {
        var answers = reactions.Where(r => r.Stance is not (Stance.Withdraw or Stance.Maintain)).ToList();
        var points = proposal.Points.Where(p => p?.Id is not null).Select(p => PointOf(p.Id!, toPoints)).ToList();
        var pointsAccepted = points.Any(p => p.Position is Position.Accepted or Position.ConditionallyAccepted);
        var pointsLeft = points.Any(p => p.Position is not (Position.Accepted or Position.ConditionallyAccepted)) || proposal.PointCount > points.Count;
        var rejectedTerms = toProposerTerms.Where(r => r.Stance is Stance.Reject or Stance.Dismiss).ToList();
        var positive = answers.Concat(toProposerTerms).Where(r => r.Stance is Stance.Accept or Stance.Welcome or Stance.ConditionalAcceptance).ToList();

        (string Rule, Position Position, IEnumerable<string> Records) decision =
            counters.Count > 0 || Pick(Stance.Counter) is not null
                ? ("P1", Position.Countered, counters.Select(c => c.Id).Concat(answers.Where(r => r.Stance == Stance.Counter).Select(r => r.Id)).Concat(rejectedTerms.Select(r => r.Id)))
            : (Pick(Stance.Reject) ?? Pick(Stance.Dismiss)) is { } rejected ? ("P2", Position.Rejected, [rejected.Id])
            : pointsAccepted && pointsLeft ? ("P11", Position.PartlyAccepted, toPoints.Concat(answers).Select(r => r.Id))
            : Pick(Stance.ConditionalAcceptance) is { } conditional ? ("P3", Position.ConditionallyAccepted, [conditional.Id, .. preconditions.Select(c => c.Id)])
            : preconditions.Count > 0 && positive.Count > 0 ? ("P3", Position.ConditionallyAccepted, positive.Select(r => r.Id).Concat(preconditions.Select(c => c.Id)))
            : Pick(Stance.Accept) is { } accepted ? ("P4", Position.Accepted, [accepted.Id])
            : Pick(Stance.Defer) is { } deferred ? ("P5", Position.Deferred, [deferred.Id])
            : Pick(Stance.Consider) is { } considering ? ("P6", Position.Considering, [considering.Id])
            : Pick(Stance.Negotiate) is { } negotiate ? ("P12", Position.ToBeNegotiated, [negotiate.Id])
            : Pick(Stance.Undisclosed) is { } undisclosed ? ("P13", Position.Undisclosed, [undisclosed.Id])
            : attendedMeetingId is not null ? ("P10", Position.Accepted, [attendedMeetingId, .. answers.Concat(toProposerTerms).Select(r => r.Id)])
            : answers.Count == 0 && toPoints.Count == 0 && toProposerTerms.Count == 0 && preconditions.Count == 0 ? ("P7", Position.NoAnswer, [])
            : Pick(Stance.Welcome) is { } welcomed ? ("P8", Position.Welcomed, [welcomed.Id])
            : ("P9", Position.Noncommittal, answers.Concat(toPoints).Concat(toProposerTerms).Select(r => r.Id).Concat(preconditions.Select(c => c.Id)));

        var records = decision.Records.Distinct().ToList();
        var keptOpen = decision.Position == Position.Noncommittal
            ? []
            : answers.Where(r => !records.Contains(r.Id) && r.Stance == Stance.Noncommittal).Select(r => r.Id).ToList();
        return new PartyPosition
        {
            ActorId = party,
            Position = decision.Position,
            IsAddressee = isAddressee,
            Reason = new StatusReason { Rule = decision.Rule, RecordIds = [.. records, .. keptOpen] },
            KeptOpenIds = [.. keptOpen],
            Points = [.. points],
        };

        Reaction? Pick(Stance stance) => answers.FirstOrDefault(r => r.Stance == stance);
    }

    /// <summary>A party's position on one point: the firmest stance among its reactions that name the point; none is no answer.</summary>
    private static PointPosition PointOf(string pointId, List<Reaction> toPoints)
    {
        var naming = toPoints.Where(r => r.PointIds.Contains(pointId)).ToList();
        var position = naming.Count == 0 ? Position.NoAnswer
            : naming.Select(r => PointStances.IndexOf(r.Stance)).Where(i => i >= 0).DefaultIfEmpty(-1).Min() is var firmest and >= 0 ? PointPositions[firmest]
            : Position.Noncommittal;
        return new PointPosition { PointId = pointId, Position = position, ReactionIds = [.. naming.Select(r => r.Id)] };
    }

    /// <summary>The stances a reaction to a point may take, firmest first, and the position each gives.</summary>
    private static readonly List<Stance> PointStances = [Stance.Counter, Stance.Reject, Stance.Dismiss, Stance.ConditionalAcceptance, Stance.Accept, Stance.Defer, Stance.Consider, Stance.Negotiate, Stance.Welcome];

    private static readonly List<Position> PointPositions = [Position.Countered, Position.Rejected, Position.Rejected, Position.ConditionallyAccepted, Position.Accepted, Position.Deferred, Position.Considering, Position.ToBeNegotiated, Position.Welcomed];

    private static (ProposalStatus, StatusReason, List<PartyPosition>) Outcome(List<PartyPosition> positions)
    {
        var addressees = positions.Where(p => p.IsAddressee).ToList();
        var deciding = addressees.Count > 0 ? addressees : positions.Where(p => p.Position != Position.NoAnswer).ToList();
        if (deciding.Count == 0)
        {
            return (ProposalStatus.Open, new StatusReason { Rule = "O6", RecordIds = [] }, []);
        }

        if (Any(Position.Countered) is { Count: > 0 } countered)
        {
            return Decide(ProposalStatus.Countered, "O2", countered);
        }

        if (Any(Position.Rejected) is { Count: > 0 } rejected)
        {
            return Decide(ProposalStatus.Rejected, "O1", rejected);
        }

        if (deciding.All(p => p.Position is Position.Accepted or Position.ConditionallyAccepted))
        {
            return Decide(deciding.Any(p => p.Position == Position.ConditionallyAccepted) ? ProposalStatus.ConditionallyAccepted : ProposalStatus.Accepted, "O3", deciding);
        }

        if (deciding.All(p => p.Position == Position.Deferred))
        {
            return Decide(ProposalStatus.Deferred, "O4", deciding);
        }

        if (deciding.All(p => p.Position is Position.Deferred or Position.Considering))
        {
            return Decide(ProposalStatus.UnderConsideration, "O5", deciding);
        }

        return (ProposalStatus.Open, new StatusReason { Rule = "O6", RecordIds = [.. deciding.SelectMany(p => p.Reason.RecordIds)] }, []);

        List<PartyPosition> Any(Position position) => [.. deciding.Where(p => p.Position == position)];

        static (ProposalStatus, StatusReason, List<PartyPosition>) Decide(ProposalStatus status, string rule, List<PartyPosition> decisive) =>
            (status, new StatusReason { Rule = rule, RecordIds = [.. decisive.SelectMany(p => p.Reason.RecordIds)] }, decisive);
    }

    private static (ProposalStanding, StatusReason) Standing(Proposal proposal, List<Reaction> proposerActs, List<DeadlineState> deadlines, List<PartyPosition> positions)
    {
        var passed = deadlines.Where(d => d.Passed && d.RecordId != proposal.Id).Select(d => d.RecordId).ToList();
        var accepted = positions.Any(p => p.IsAddressee && p.Position is Position.Accepted or Position.ConditionallyAccepted);
        if (proposerActs.LastOrDefault(r => r.Stance == Stance.Withdraw) is { } withdrawal)
        {
            return (ProposalStanding.Withdrawn, new StatusReason { Rule = "W1", RecordIds = [withdrawal.Id, .. accepted ? [] : passed] });
        }

        if (passed.Count > 0 && !accepted)
        {
            return (ProposalStanding.Lapsed, new StatusReason { Rule = "W2", RecordIds = [.. passed] });
        }

        if (proposerActs.LastOrDefault(r => r.Stance == Stance.Maintain) is { } maintained)
        {
            return (ProposalStanding.Maintained, new StatusReason { Rule = "W3", RecordIds = [maintained.Id] });
        }

        return (ProposalStanding.Active, new StatusReason { Rule = "W4", RecordIds = [] });
    }
}
