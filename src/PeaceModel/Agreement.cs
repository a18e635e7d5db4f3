namespace PeaceModel;

/// <summary>
/// An agreement reached jointly: a ceasefire signed by two sides, a declaration signed by ten
/// governments, a prisoner exchange. Not a proposal: no one proposes it and no one needs to accept
/// it; its <see cref="Signatories"/> say who signed, agreed, abstained or witnessed.
/// </summary>
/// <example>
/// <code>
/// new Agreement
/// {
///     Id = "port-amrel-ceasefire",
///     Name = "Port Amrel ceasefire agreement",
///     Stage = AgreementStage.Ceasefire,
///     Summary = "Keldor and Varsh stop all fighting along their shared frontier.",
///     Date = new EventDate { Value = new(2026, 4, 14), Time = new(16, 30), Text = "Tuesday" },
///     MeetingId = "port-amrel-talks",
///     Signatories =
///     [
///         new Signatory { ActorId = "keldor", Role = SignatoryRole.Party, Act = SigningAct.Signed },
///         new Signatory { ActorId = "varsh", Role = SignatoryRole.Party, Act = SigningAct.Signed },
///         new Signatory { ActorId = "ostrea", Role = SignatoryRole.Witness, Act = SigningAct.Signed },
///     ],
///     Terms = [new Term { Id = "ceasefire", Summary = "Stop all fighting along the frontier." }],
///     StatementIds = [],
/// }
/// </code>
/// </example>
public sealed record Agreement : IDiplomaticRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the agreement's name as it appears in the text or the report ("Halvard Declaration"), or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the stage of the process the agreement belongs to, or <see langword="null"/>.</summary>
    public AgreementStage? Stage { get; init; }

    /// <summary>Gets what the agreement is (a ceasefire, a prisoner exchange, a framework, a declaration of principles, a peace agreement), or <see langword="null"/>.</summary>
    public AgreementKind? Kind { get; init; }

    /// <summary>Gets what was agreed, in a sentence. Not blank; at most 2,000 characters.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets when the agreement was reached or signed, with the time when the report gives one.</summary>
    public required EventDate Date { get; init; }

    /// <summary>Gets the id of the <see cref="Meeting"/> at which the agreement was reached, or <see langword="null"/>.</summary>
    public string? MeetingId { get; init; }

    /// <summary>Gets who signed, agreed, abstained, witnessed or guaranteed. At least one party; an actor appears once.</summary>
    public required ValueList<Signatory> Signatories { get; init; }

    /// <summary>Gets the provisions: what is to be done, by when, by whom and how much, in which phase and after what. Term ids are unique within the agreement.</summary>
    public ValueList<Term> Terms { get; init; }

    /// <summary>Gets the ids of the actors the agreement names as its monitors or verifiers: their confirmation of a step (<see cref="Implementation.VerifiedById"/>) is verification by a third party, not a party's report about itself. Empty for none.</summary>
    public ValueList<string> VerifierIds { get; init; }

    /// <summary>Gets the earlier agreements (or resolutions) this one builds on, implements, supersedes or amends. Empty for none.</summary>
    public ValueList<RecordLink> Links { get; init; }

    /// <summary>Gets the ids of the statements that announce or describe the agreement; empty when the report itself says it.</summary>
    public ValueList<string> StatementIds { get; init; }

    /// <summary>Gets CAMEO or PLOVER codes (CAMEO 057 Sign formal agreement; PLOVER AGREE), or empty.</summary>
    public ValueList<EventCode> Codes { get; init; }
}
