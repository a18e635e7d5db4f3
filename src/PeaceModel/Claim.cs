namespace PeaceModel;

/// <summary>
/// A statement of fact attributed to an actor or to a source: "two battalions are in the pass", "both
/// presidents agreed to begin talks", "the ceasefire is largely holding", an alleged violation.
/// Others confirm or deny it with a <see cref="Reaction"/> (<see cref="Stance.Confirm"/>,
/// <see cref="Stance.Deny"/>): a denial of a fact is not a rejection of a demand. Two accounts of the
/// same meeting are two claims about it, side by side; the model chooses neither.
/// </summary>
/// <example>
/// <code>
/// new Claim
/// {
///     Id = "troops-in-the-pass",
///     Kind = ClaimKind.Fact,
///     Attribution = ClaimAttribution.OnRecord,
///     ClaimantId = "sorrel-defence-ministry",
///     Summary = "Two Tamskian battalions are in the Irwin Pass.",
///     Evidence = "satellite images showing armoured vehicles near the pass",
///     StatementIds = ["sorrel-satellite-images"],
/// }
/// </code>
/// </example>
public sealed record Claim : IDiplomaticRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets what kind of assertion it is.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>Gets how the report attributes it: to a named actor on the record, a government's readout, an anonymous source, or the reporter.</summary>
    public required ClaimAttribution Attribution { get; init; }

    /// <summary>Gets the id of the actor who asserts it, or <see langword="null"/> for an anonymous source or the reporter.</summary>
    public string? ClaimantId { get; init; }

    /// <summary>Gets how the report describes an unnamed source ("a diplomat familiar with the contacts"), or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the proposition, in a sentence. Not blank; at most 2,000 characters.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the evidence the claimant names ("satellite images"), or <see langword="null"/>.</summary>
    public string? Evidence { get; init; }

    /// <summary>
    /// Gets the ids of the records the claim is about: an incident, an agreement (an alleged violation,
    /// an assessment of compliance), a meeting (what was agreed in a call), a proposal. A record of
    /// another document of the same thread is named <c>document-id/record-id</c>.
    /// </summary>
    public ValueList<string> AboutIds { get; init; }

    /// <summary>Gets when the asserted fact holds or happened, when the claim dates it, or <see langword="null"/>.</summary>
    public EventDate? Date { get; init; }

    /// <summary>Gets the ids of the statements that make the claim; empty for an anonymous source the report only paraphrases.</summary>
    public ValueList<string> StatementIds { get; init; }

    /// <summary>Gets the ids of other claims that give a conflicting account of the same thing (two readouts of one call that disagree). Empty for none.</summary>
    public ValueList<string> ConflictsWithIds { get; init; }

    /// <summary>Gets the claim's own terms when it states them (the hour a ceasefire was said to begin, "immediately"; how many were exchanged), or <see langword="null"/>.</summary>
    public Term? Terms { get; init; }

    /// <summary>Gets CAMEO or PLOVER codes (PLOVER ACCUSE for an accusation), or empty.</summary>
    public ValueList<EventCode> Codes { get; init; }
}
