using PeaceModel.Kinds;

namespace PeaceModel.Analysis;

/// <summary>
/// The rules that place each party and derive a proposal's status. They are written down, with the
/// same ids, in <c>docs/analysis.md</c>; each has a test. The results are data; words are
/// <see cref="Text.AnalysisText"/>'s.
/// </summary>
internal static class ProposalRules
{
    public static ProposalAnalysis Analyze(Proposal proposal, EventIndex index)
    {
        var conditions = index.Referrers<Condition>(proposal.Id, ReferenceRole.Subject);

        // Reactions to the proposal, and to the conditions its own proposer attached (an ultimatum
        // is the proposal's demand restated: dismissing it dismisses the demand).
        var proposerConditions = conditions.Where(c => c.SetterId == proposal.ProposerId).Select(c => c.Id).ToHashSet();
        var reactions = ReactionsTo(index, proposerConditions.Prepend(proposal.Id));
        var reactionsToOtherConditions = ReactionsTo(index, conditions.Where(c => !proposerConditions.Contains(c.Id)).Select(c => c.Id));

        var parties = reactions.Select(r => r.ReactorId)
            .Concat(conditions.Where(c => c.SetterId != proposal.ProposerId).Select(c => c.SetterId))
            .Where(id => id != proposal.ProposerId)
            .Distinct()
            .ToList();
        var addresseeCountries = proposal.AddresseeIds
            .Select(id => index.Find<Actor>(id)?.Country)
            .OfType<string>()
            .ToHashSet();

        var positions = parties.Select(actorId => Place(
                actorId,
                reactions.Where(r => r.ReactorId == actorId).ToList(),
                conditions.Where(c => c.SetterId == actorId && c.Kind == ConditionKind.Precondition).ToList(),
                IsAddressee(actorId, proposal, addresseeCountries, index)))
            .ToList();
        var (status, reason, decisive) = Status(positions);

        return new ProposalAnalysis
        {
            Proposal = proposal,
            Conditions = [.. conditions],
            ReactionsByStance = [.. reactions.Concat(reactionsToOtherConditions)
                .GroupBy(r => r.Stance)
                .OrderBy(g => g.Key)
                .Select(g => new StanceGroup { Stance = g.Key, Reactions = [.. g] })],
            Positions = [.. positions.Select(p => decisive.Contains(p) ? p with { IsDecisive = true } : p)],
            Status = status,
            Reason = reason,
        };
    }

    /// <summary>The reactions to any of <paramref name="targetIds"/>, each once, in the order of the event.</summary>
    private static List<Reaction> ReactionsTo(EventIndex index, IEnumerable<string> targetIds) =>
        [.. targetIds.SelectMany(index.ReferencesTo)
            .Where(r => r.Reference.Role == ReferenceRole.Subject && r.From.Record is Reaction)
            .Select(r => r.From)
            .DistinctBy(r => r.Position)
            .OrderBy(r => r.Position)
            .Select(r => (Reaction)r.Record)];

    private static bool IsAddressee(string actorId, Proposal proposal, HashSet<string> addresseeCountries, EventIndex index) =>
        proposal.AddresseeIds.Contains(actorId)
        || (index.Find<Actor>(actorId)?.Country is { } country && addresseeCountries.Contains(country));

    /// <summary>Rules P1–P7: the first that matches places the party.</summary>
    private static PartyPosition Place(string actorId, List<Reaction> reactions, List<Condition> preconditions, bool isAddressee)
    {
        var stances = reactions.Select(r => r.Stance).ToHashSet();

        (string Rule, Position Position, IEnumerable<string> Records) decision =
            Pick(Stance.Reject) is { } rejected ? ("P1", Position.Rejected, [rejected.Id])
            : Pick(Stance.Dismiss) is { } dismissed ? ("P2", Position.Rejected, [dismissed.Id])
            : Pick(Stance.Counter) is { } countered ? ("P3", Position.Countered, [countered.Id])
            : stances.Contains(Stance.ConditionalAcceptance) || preconditions.Count > 0
                ? ("P4", Position.ConditionallyAccepted, reactions.Select(r => r.Id).Concat(preconditions.Select(c => c.Id)))
            : Pick(Stance.Accept) is { } accepted ? ("P5", Position.Accepted, [accepted.Id])
            : Pick(Stance.Welcome) is { } welcomed ? ("P6", Position.Welcomed, [welcomed.Id])
            : ("P7", Position.Noncommittal, reactions.Select(r => r.Id));

        var records = decision.Records.ToList();
        var keptOpen = decision.Position == Position.Noncommittal
            ? []
            : reactions.Where(r => !records.Contains(r.Id) && r.Stance == Stance.Noncommittal).Select(r => r.Id).ToList();
        return new PartyPosition
        {
            ActorId = actorId,
            Position = decision.Position,
            IsAddressee = isAddressee,
            Reason = new StatusReason { Rule = decision.Rule, RecordIds = [.. records, .. keptOpen] },
            KeptOpenIds = [.. keptOpen],
        };

        Reaction? Pick(Stance stance) => reactions.FirstOrDefault(r => r.Stance == stance);
    }

    /// <summary>Rules S1–S3: the status follows the deciding parties' positions, strongest first.</summary>
    private static (ProposalStatus, StatusReason, List<PartyPosition>) Status(List<PartyPosition> positions)
    {
        if (positions.Count == 0)
        {
            return (ProposalStatus.Open, new StatusReason { Rule = "S1", RecordIds = [] }, []);
        }

        var addressees = positions.Where(p => p.IsAddressee).ToList();
        var deciding = addressees.Count > 0 ? addressees : positions;
        var rule = addressees.Count > 0 ? "S2" : "S3";
        var strongest = deciding.Max(p => Rank(p.Position));
        var decisive = deciding.Where(p => Rank(p.Position) == strongest).ToList();
        var status = decisive[0].Position switch
        {
            Position.Rejected => ProposalStatus.Rejected,
            Position.Countered => ProposalStatus.Countered,
            Position.ConditionallyAccepted => ProposalStatus.ConditionallyAccepted,
            Position.Accepted => ProposalStatus.Accepted,
            Position.Welcomed => ProposalStatus.Welcomed,
            _ => ProposalStatus.Open,
        };
        return (status, new StatusReason { Rule = rule, RecordIds = [.. decisive.SelectMany(p => p.Reason.RecordIds)] }, decisive);
    }

    /// <summary>How strongly a position decides a status: rejection over counter over conditions over acceptance over welcome.</summary>
    private static int Rank(Position position) => position switch
    {
        Position.Rejected => 5,
        Position.Countered => 4,
        Position.ConditionallyAccepted => 3,
        Position.Accepted => 2,
        Position.Welcomed => 1,
        _ => 0,
    };
}
