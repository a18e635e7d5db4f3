namespace PeaceModel.Validation;

/// <summary>
/// What a validation rule says about one property that JSON Schema can say too: lengths, a pattern,
/// bounds, list sizes, unique elements, allowed values. The rule carries it, and the JSON Schema is
/// written from the rules (<see cref="SchemaFacets"/>), so the two cannot drift apart.
/// </summary>
internal sealed record SchemaFacet
{
    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>An ECMA-262 pattern, as the schema writes it.</summary>
    public string? Pattern { get; init; }

    public long? Minimum { get; init; }

    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }

    public bool UniqueItems { get; init; }

    public IReadOnlyList<string>? Enum { get; init; }
}
