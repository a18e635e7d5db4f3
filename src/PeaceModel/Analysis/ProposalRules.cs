namespace PeaceModel.Analysis;

/// <summary>
/// The rules that place each party and derive a proposal's status. They are written down, with the
/// same ids, in <c>docs/analysis.md</c>; each has a test.
/// </summary>
internal static class ProposalRules
{
    public static ProposalAnalysis Analyze(Proposal proposal, EpisodeIndex index)
    {
        var conditions = index.ConditionsByProposal[proposal.Id].ToList();

        // Reactions to the proposal, and to the conditions its own proposer attached (an ultimatum
        // is the proposal's demand restated: dismissing it dismisses the demand).
        var proposerConditions = conditions.Where(c => c.SetterId == proposal.ProposerId).Select(c => c.Id).ToHashSet();
        var reactions = index.ReactionsTo(proposerConditions.Prepend(proposal.Id));
        var reactionsToOtherConditions = index.ReactionsTo(conditions.Where(c => !proposerConditions.Contains(c.Id)).Select(c => c.Id));

        var parties = reactions.Select(r => r.ReactorId)
            .Concat(conditions.Where(c => c.SetterId != proposal.ProposerId).Select(c => c.SetterId))
            .Where(id => id != proposal.ProposerId)
            .Distinct()
            .ToList();
        var addresseeCountries = proposal.AddresseeIds
            .Select(id => index.Actors.GetValueOrDefault(id)?.Country)
            .OfType<string>()
            .ToHashSet();

        var positions = parties.Select(actorId => Place(
                actorId,
                reactions.Where(r => r.ReactorId == actorId).ToList(),
                conditions.Where(c => c.SetterId == actorId && c.Kind == ConditionKind.Precondition).ToList(),
                IsAddressee(actorId, proposal, addresseeCountries, index),
                index))
            .ToList();
        var (status, reason) = Status(positions, index);

        return new ProposalAnalysis
        {
            Proposal = proposal,
            Conditions = [.. conditions],
            ReactionsByStance = [.. reactions.Concat(reactionsToOtherConditions)
                .GroupBy(r => r.Stance)
                .OrderBy(g => g.Key)
                .Select(g => new StanceGroup { Stance = g.Key, Reactions = [.. g] })],
            Positions = [.. positions],
            Status = status,
            Reason = reason,
        };
    }

    private static bool IsAddressee(string actorId, Proposal proposal, HashSet<string> addresseeCountries, EpisodeIndex index) =>
        proposal.AddresseeIds.Contains(actorId)
        || (index.Actors.GetValueOrDefault(actorId)?.Country is { } country && addresseeCountries.Contains(country));

    /// <summary>Rules P1–P7: the first that matches places the party.</summary>
    private static PartyPosition Place(string actorId, List<Reaction> reactions, List<Condition> preconditions, bool isAddressee, EpisodeIndex index)
    {
        var name = index.Name(actorId);
        var stances = reactions.Select(r => r.Stance).ToHashSet();

        (string Rule, Position Position, IEnumerable<string> Records, string Explanation) decision =
            Pick(Stance.Reject) is { } rejected ? ("P1", Position.Rejected, [rejected.Id], $"{name} rejected {What(rejected, index)}")
            : Pick(Stance.Dismiss) is { } dismissed ? ("P2", Position.Rejected, [dismissed.Id], $"{name} dismissed {What(dismissed, index)}")
            : Pick(Stance.Counter) is { } countered ? ("P3", Position.Countered, [countered.Id], $"{name} countered it")
            : stances.Contains(Stance.ConditionalAcceptance) || preconditions.Count > 0
                ? ("P4", Position.ConditionallyAccepted, reactions.Select(r => r.Id).Concat(preconditions.Select(c => c.Id)), Conditional(name, reactions, preconditions))
            : Pick(Stance.Accept) is { } accepted ? ("P5", Position.Accepted, [accepted.Id], $"{name} accepted it")
            : Pick(Stance.Welcome) is { } welcomed ? ("P6", Position.Welcomed, [welcomed.Id], $"{name} welcomed it")
            : ("P7", Position.Noncommittal, reactions.Select(r => r.Id), $"{name} did not commit");

        var others = reactions.Where(r => !decision.Records.Contains(r.Id) && r.Stance == Stance.Noncommittal).ToList();
        var aside = others.Count > 0 && decision.Position != Position.Noncommittal
            ? $", while keeping it open ({string.Join("; ", others.Select(r => Lower(r.Summary ?? r.Id)))})"
            : string.Empty;
        return new PartyPosition
        {
            ActorId = actorId,
            Position = decision.Position,
            IsAddressee = isAddressee,
            Reason = new StatusReason
            {
                Rule = decision.Rule,
                RecordIds = [.. decision.Records.Concat(others.Select(r => r.Id))],
                Explanation = decision.Explanation + aside + ".",
            },
        };

        Reaction? Pick(Stance stance) => reactions.FirstOrDefault(r => r.Stance == stance);
    }

    private static string Lower(string sentence) =>
        sentence.Length == 0 ? sentence : char.ToLowerInvariant(sentence[0]) + sentence[1..].TrimEnd('.');

    private static string What(Reaction reaction, EpisodeIndex index) =>
        index.Conditions.GetValueOrDefault(reaction.TargetId) is { Kind: ConditionKind.Ultimatum } ultimatum
            ? $"it as an ultimatum (\"{ultimatum.Requirement.TrimEnd('.')}\", or else: {ultimatum.Consequence?.Summary.TrimEnd('.') ?? "unstated"})"
            : "it";

    private static string Conditional(string name, List<Reaction> reactions, List<Condition> preconditions)
    {
        var answered = reactions.Any(r => r.Stance == Stance.Welcome) ? "welcomed it" : "accepted it";
        if (preconditions.Count == 0)
        {
            return $"{name} accepted it on conditions";
        }

        var conditions = string.Join("; ", preconditions.Select(c =>
            c.Requirement.TrimEnd('.') + (c.StartsOn is { } starts ? $", from {starts.Value:yyyy-MM-dd}" : string.Empty)));
        return reactions.Count > 0
            ? $"{name} {answered} but made it conditional: {conditions}"
            : $"{name} made it conditional: {conditions}";
    }

    /// <summary>Rules S1–S3: the status follows the deciding parties' positions, strongest first.</summary>
    private static (ProposalStatus, StatusReason) Status(List<PartyPosition> positions, EpisodeIndex index)
    {
        if (positions.Count == 0)
        {
            return (ProposalStatus.Open, new StatusReason { Rule = "S1", RecordIds = [], Explanation = "Nobody has answered it." });
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
        var others = positions.Except(decisive).Select(p => p.Reason.Explanation.TrimEnd('.'));
        var alsoText = others.Any() ? $" Also: {string.Join("; ", others)}." : string.Empty;
        var who = addressees.Count > 0 ? "the party it was made to" : "third parties only";
        return (status, new StatusReason
        {
            Rule = rule,
            RecordIds = [.. decisive.SelectMany(p => p.Reason.RecordIds)],
            Explanation = $"Decided by {who}: {string.Join(" ", decisive.Select(p => p.Reason.Explanation))}{alsoText}",
        });
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
