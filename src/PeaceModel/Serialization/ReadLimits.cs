namespace PeaceModel.Serialization;

/// <summary>
/// Bounds on what <see cref="PeaceModelJson"/> reads, so that hostile or broken input is refused
/// quickly, with memory bounded by the limits rather than by the input. Every limit has a safe
/// default; raise one with <c>ReadLimits.Default with { MaxArrayLength = 100_000 }</c>.
/// </summary>
/// <remarks>
/// The limits are checked token by token in the same pass that builds the records, and the read stops
/// at the first one broken: a string longer than the limit is refused before it becomes a string. A
/// document that breaks a limit is refused with a <see cref="System.Text.Json.JsonException"/> that
/// names the limit, the JSON path and the position.
/// </remarks>
public sealed record ReadLimits
{
    private readonly int maxDepth = 64;

    /// <summary>Gets the defaults: 16 MiB per document, depth 64, 256 KiB per string, 10,000 elements per array.</summary>
    public static ReadLimits Default { get; } = new();

    /// <summary>
    /// Gets the largest document, in UTF-8 bytes (for a <see cref="string"/>, its UTF-16 length is
    /// checked first: a longer string is refused before it is transcoded). Default 16 MiB.
    /// </summary>
    public int MaxDocumentBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Gets the deepest nesting of objects and arrays, 1 to 64. Default 64 (the format itself needs 6).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 64.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = value is >= 1 and <= 64 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDepth must be 1 to 64.");
    }

    /// <summary>Gets the longest string or property name, in UTF-8 bytes as written (escapes included). Default 256 KiB.</summary>
    public int MaxStringBytes { get; init; } = 256 * 1024;

    /// <summary>Gets the most elements in one array. Default 10,000.</summary>
    public int MaxArrayLength { get; init; } = 10_000;
}
