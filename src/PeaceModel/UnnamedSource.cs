namespace PeaceModel;

/// <summary>An unnamed speaker as the report describes it: "an official familiar with the talks", "diplomatic sources", with the state or body it belongs to where the report gives one.</summary>
/// <example><c>new UnnamedSource { Description = "an official familiar with the talks" }</c></example>
public sealed record UnnamedSource
{
    /// <summary>Gets the report's description of the source. Not blank; at most 200 characters.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the id of the <see cref="Actor"/> the source belongs to ("a Quessan official"), or <see langword="null"/> when not given.</summary>
    public string? AffiliationId { get; init; }
}
