namespace PeaceModel;

/// <summary>
/// A link from an agreement, a proposal or a vote to an earlier record it builds on, implements,
/// supersedes or amends: a peace agreement built on a declaration of principles, a draft resolution
/// built on an earlier resolution. A link, not a copy: the earlier record keeps its own status.
/// </summary>
/// <example><c>new RecordLink { Relation = LinkRelation.BuildsOn, TargetId = "caldemar-declaration" }</c></example>
public sealed record RecordLink
{
    /// <summary>Gets how this record stands to the earlier one.</summary>
    public required LinkRelation Relation { get; init; }

    /// <summary>Gets the id of the earlier <see cref="Agreement"/>, <see cref="Vote"/> or <see cref="Proposal"/>; it may be a record of another document of the thread (<c>document-id/record-id</c>).</summary>
    public required string TargetId { get; init; }
}
