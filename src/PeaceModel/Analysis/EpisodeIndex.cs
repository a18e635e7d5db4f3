namespace PeaceModel.Analysis;

/// <summary>Look-ups by id over one event, built once per analysis.</summary>
internal sealed class EpisodeIndex
{
    public EpisodeIndex(DiplomaticEvent diplomaticEvent)
    {
        Event = diplomaticEvent;
        Actors = diplomaticEvent.Actors.DistinctBy(a => a.Id).ToDictionary(a => a.Id);
        Statements = diplomaticEvent.Statements.DistinctBy(s => s.Id).ToDictionary(s => s.Id);
        ConditionsByProposal = diplomaticEvent.Conditions.ToLookup(c => c.ProposalId);
        ReactionsByTarget = diplomaticEvent.Reactions.ToLookup(r => r.TargetId);
    }

    public DiplomaticEvent Event { get; }

    public Dictionary<string, Actor> Actors { get; }

    public Dictionary<string, Statement> Statements { get; }

    public ILookup<string, Condition> ConditionsByProposal { get; }

    public ILookup<string, Reaction> ReactionsByTarget { get; }

    /// <summary>The actor's name, with its country when it has one: <c>Volodymyr Zelensky (UKR)</c>.</summary>
    public string Name(string actorId) =>
        Actors.TryGetValue(actorId, out var actor)
            ? actor.Country is { } country && actor.Kind != ActorKind.State ? $"{actor.Name} ({country})" : actor.Name
            : actorId;
}
