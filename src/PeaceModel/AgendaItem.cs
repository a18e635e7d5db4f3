namespace PeaceModel;

/// <summary>One item on a meeting's agenda: a topic, and the record it concerns when there is one.</summary>
/// <example><c>new AgendaItem { Topic = "the phased exchange of prisoners", RecordId = "phased-prisoner-exchange" }</c></example>
public sealed record AgendaItem
{
    /// <summary>Gets the topic in a few words. Not blank; at most 200 characters.</summary>
    public required string Topic { get; init; }

    /// <summary>Gets the id of the record the item concerns (a proposal, an agreement, an incident), or <see langword="null"/>.</summary>
    public string? RecordId { get; init; }
}
