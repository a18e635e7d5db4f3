namespace PeaceModel;

/// <summary>A document an episode was modeled from, such as a news report.</summary>
public sealed record SourceDocument : IDiplomaticRecord
{
    /// <summary>Gets the document's id, in the shape described at <see cref="IDiplomaticRecord.Id"/>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets when the document was published (not when what it reports happened).</summary>
    public required DateOnly PublishedOn { get; init; }

    /// <summary>Gets the document's title or headline, or <see langword="null"/>.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the publisher, or <see langword="null"/> when not known.</summary>
    public string? Publisher { get; init; }

    /// <summary>Gets an absolute http or https address of the document, or <see langword="null"/>.</summary>
    public string? Url { get; init; }

    /// <summary>Gets the document's language as a BCP 47 tag such as <c>en</c>, or <see langword="null"/>.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Gets the SHA-256 of the document's text as UTF-8 bytes, 64 lowercase hexadecimal digits, or
    /// <see langword="null"/>. When present, quotation positions are known to refer to exactly that text.
    /// </summary>
    public string? Sha256 { get; init; }
}
