namespace PeaceModel;

/// <summary>
/// A one-sided undertaking that awaits nobody's answer: a pledge of support, a guarantee, "we will keep
/// to the agreement for now", "the sponsors will bring back a revised draft within weeks". Not a
/// <see cref="Proposal"/> (no one has to accept it). The analysis follows it: made, in progress,
/// fulfilled, broken, withdrawn or lapsed.
/// </summary>
/// <example>
/// <code>
/// new Commitment
/// {
///     Id = "andalle-engineers",
///     CommitterId = "andalle",
///     Kind = CommitmentKind.Support,
///     Summary = "Andalle will send engineers to clear mines along the future withdrawal line.",
///     StatementIds = ["joint-pledge"],
///     SubjectId = "ten-point-plan",
///     SubjectTermId = "point-4",
/// }
/// </code>
/// </example>
public sealed record Commitment : IDiplomaticRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the id of the <see cref="Actor"/> that commits itself (a group for a joint pledge).</summary>
    public required string CommitterId { get; init; }

    /// <summary>Gets the ids of the actors the commitment is made to or for. Empty when not stated.</summary>
    public ValueList<string> BeneficiaryIds { get; init; }

    /// <summary>Gets what is undertaken, or <see langword="null"/> when the report does not say.</summary>
    public CommitmentKind? Kind { get; init; }

    /// <summary>Gets what is undertaken, in a sentence. Not blank; at most 2,000 characters.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the ids of the <see cref="Statement"/>s that make it; at least one.</summary>
    public required ValueList<string> StatementIds { get; init; }

    /// <summary>
    /// Gets when, by when, how much and on which condition: a <see cref="Term"/> with its date,
    /// deadline ("within weeks"), quantities, <see cref="Term.OnlyIf"/> ("once the monitors are in place")
    /// or <see cref="Term.StartsAt"/>; <see langword="null"/> when the report gives none of these.
    /// </summary>
    public Term? Terms { get; init; }

    /// <summary>Gets the id of the record the commitment concerns (the plan, agreement or vote it supports), or <see langword="null"/>.</summary>
    public string? SubjectId { get; init; }

    /// <summary>Gets the id of the point or term of <see cref="SubjectId"/> the commitment depends on (the withdrawal line of point 4), or <see langword="null"/>.</summary>
    public string? SubjectTermId { get; init; }

    /// <summary>Gets event codes (CAMEO 05 Engage in diplomatic cooperation, PLOVER AID, ...). Empty for none.</summary>
    public ValueList<EventCode> Codes { get; init; }
}
