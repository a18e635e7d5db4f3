namespace PeaceModel;

/// <summary>
/// A record that has an id of its own and can be stored, sent and read on its own:
/// <see cref="Actor"/>, <see cref="Statement"/>, <see cref="Proposal"/>, <see cref="Condition"/>,
/// <see cref="Reaction"/> and the aggregate <see cref="DiplomaticEvent"/>.
/// </summary>
public interface IDiplomaticRecord
{
    /// <summary>
    /// Gets the record's id: lowercase ASCII letters and digits in groups joined by single hyphens,
    /// 1 to 64 characters, such as <c>putin</c> or <c>proposal-istanbul-talks</c>. Ids are unique
    /// within one <see cref="DiplomaticEvent"/>, across all kinds of record.
    /// </summary>
    string Id { get; }
}
