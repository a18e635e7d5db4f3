namespace PeaceModel;

/// <summary>
/// Progress reported on an agreement's term or on a <see cref="Commitment"/>: 12 of the 40 monitors
/// arrived; about 60 percent of the heavy weapons pulled back, as the party itself says; the pledged
/// engineers arrived. Whether a party complied is a matter of claims;
/// this records what was done, by whom, when, how much, and who reports it.
/// </summary>
/// <example>
/// <code>
/// new Implementation
/// {
///     Id = "first-monitors-arrive",
///     AgreementId = "port-amrel-ceasefire-2026-04-14/port-amrel-ceasefire",
///     TermId = "observer-mission",
///     ActorId = "union",
///     Summary = "The first 12 of the 40 monitors arrived.",
///     Date = EventDate.Relative(new(2026, 4, 18), "on Saturday", new(2026, 4, 20)),
///     Quantity = new Quantity { Value = 12, Unit = "monitors" },
/// }
/// </code>
/// </example>
public sealed record Implementation : IDiplomaticRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the id of the <see cref="Agreement"/>; one of another document of the thread is named <c>document-id/record-id</c>. Exactly one of this and <see cref="CommitmentId"/> is given.</summary>
    public string? AgreementId { get; init; }

    /// <summary>Gets the id of the <see cref="Commitment"/> the progress is on, or <see langword="null"/> for progress on an agreement.</summary>
    public string? CommitmentId { get; init; }

    /// <summary>Gets the id of the agreement's term the progress is on (<see cref="Term.Id"/>), or <see langword="null"/> for the agreement as a whole.</summary>
    public string? TermId { get; init; }

    /// <summary>Gets the id of the actor who carried it out, or <see langword="null"/> when the report does not say.</summary>
    public string? ActorId { get; init; }

    /// <summary>
    /// Gets the id of the actor who reports it, or <see langword="null"/> when the report states it
    /// itself. When it is the party that carried it out, the progress is self-reported (unverified).
    /// </summary>
    public string? ReportedById { get; init; }

    /// <summary>
    /// Gets the id of the actor who verified it (a monitor the agreement names in <see cref="Agreement.VerifierIds"/>,
    /// whose confirmation may reach the report through <see cref="ReportedById"/>), or <see langword="null"/>.
    /// </summary>
    public string? VerifiedById { get; init; }

    /// <summary>Gets what was done, in a sentence. Not blank; at most 2,000 characters.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets when it was done or reached.</summary>
    public required EventDate Date { get; init; }

    /// <summary>Gets how much was done (12 monitors; about 60 percent), or <see langword="null"/>.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>Gets whether the term is fully carried out by the actor (or by all, when no actor is named).</summary>
    public bool Completed { get; init; }

    /// <summary>Gets the ids of the statements that report it; empty when the report itself says it.</summary>
    public ValueList<string> StatementIds { get; init; }
}
