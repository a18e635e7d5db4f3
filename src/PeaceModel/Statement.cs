namespace PeaceModel;

/// <summary>
/// Something an actor said: who spoke, when, through which channel, where, to whom, and what, as
/// verbatim <see cref="Quotations"/> and/or a <see cref="Paraphrase"/> of reported speech.
/// </summary>
public sealed record Statement : IDiplomaticRecord
{
    /// <inheritdoc/>
    public required string Id { get; init; }

    /// <summary>Gets the id of the <see cref="Actor"/> who spoke or wrote, or <see langword="null"/> for an unnamed speaker (<see cref="UnnamedSpeaker"/>): exactly one of the two is given.</summary>
    public string? SpeakerId { get; init; }

    /// <summary>
    /// Gets the unnamed speaker as the report describes it ("an official familiar with the talks", with the
    /// state or body it belongs to where given), or <see langword="null"/>: no actor is invented for an anonymous source.
    /// </summary>
    public UnnamedSource? UnnamedSpeaker { get; init; }

    /// <summary>
    /// Gets the ids of the actors through whom the report knows the statement, nearest the speaker first:
    /// the state news agency, then the newspaper that quoted it; an envoy relaying a command's
    /// confirmation (W3C PROV's derivation chain). Empty when the report heard it directly.
    /// </summary>
    public ValueList<string> RelayedByIds { get; init; }

    /// <summary>Gets when the statement was made (not when the report was published).</summary>
    public required EventDate SaidOn { get; init; }

    /// <summary>Gets the channel, or <see langword="null"/> when the source does not say.</summary>
    public StatementChannel? Channel { get; init; }

    /// <summary>Gets the platform of a post or broadcast, such as <c>X</c> or <c>Truth Social</c>, or <see langword="null"/>.</summary>
    public string? Platform { get; init; }

    /// <summary>Gets where the statement was made, or <see langword="null"/> when the source does not say.</summary>
    public Place? Location { get; init; }

    /// <summary>Gets the ids of the actors the statement was addressed to. Empty when not stated.</summary>
    public ValueList<string> AudienceIds { get; init; }

    /// <summary>Gets the id of the <see cref="SourceDocument"/> the statement was taken from; required when there are quotations.</summary>
    public string? SourceId { get; init; }

    /// <summary>Gets the verbatim passages of the statement that the source quotes, in the order they appear.</summary>
    public ValueList<Quotation> Quotations { get; init; }

    /// <summary>
    /// Gets what was said in reported speech, such as "urged Moscow to accept a 30-day unconditional
    /// ceasefire or face expanded sanctions", or <see langword="null"/>. A statement has quotations, a paraphrase, or both.
    /// </summary>
    public string? Paraphrase { get; init; }

    /// <summary>Gets event codes (CAMEO, PLOVER) for the statement as a whole. Empty for none.</summary>
    public ValueList<EventCode> Codes { get; init; }
}
