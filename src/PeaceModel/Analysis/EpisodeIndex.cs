namespace PeaceModel.Analysis;

/// <summary>Look-ups by id over one event, built once per analysis.</summary>
internal sealed class EpisodeIndex
{
    private readonly ILookup<string, int> reactionPositionsByTarget;

    public EpisodeIndex(DiplomaticEvent diplomaticEvent)
    {
        Event = diplomaticEvent;
        Actors = diplomaticEvent.Actors.DistinctBy(a => a.Id).ToDictionary(a => a.Id);
        Statements = diplomaticEvent.Statements.DistinctBy(s => s.Id).ToDictionary(s => s.Id);
        ConditionsByProposal = diplomaticEvent.Conditions.ToLookup(c => c.ProposalId);
        Conditions = diplomaticEvent.Conditions.DistinctBy(c => c.Id).ToDictionary(c => c.Id);
        reactionPositionsByTarget = diplomaticEvent.Reactions.Select((r, i) => (r.TargetId, i)).ToLookup(x => x.TargetId, x => x.i);
    }

    public DiplomaticEvent Event { get; }

    public Dictionary<string, Actor> Actors { get; }

    public Dictionary<string, Statement> Statements { get; }

    public ILookup<string, Condition> ConditionsByProposal { get; }

    public Dictionary<string, Condition> Conditions { get; }

    /// <summary>The reactions to any of <paramref name="targetIds"/>, in the order of the event; one look-up per target.</summary>
    public List<Reaction> ReactionsTo(IEnumerable<string> targetIds) =>
        [.. targetIds.SelectMany(id => reactionPositionsByTarget[id]).Distinct().Order().Select(i => Event.Reactions[i])];

    /// <summary>The actor's name, with its country when it has one: <c>Volodymyr Zelensky (UKR)</c>.</summary>
    public string Name(string actorId) =>
        Actors.TryGetValue(actorId, out var actor)
            ? actor.Country is { } country && actor.Kind != ActorKind.State ? $"{actor.Name} ({country})" : actor.Name
            : actorId;
}
