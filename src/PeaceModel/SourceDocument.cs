namespace PeaceModel;

/// <summary>A document an episode was modeled from, such as a news report.</summary>
public sealed record SourceDocument : IDiplomaticRecord
{
    /// <summary>Gets the document's id, in the shape described at <see cref="IDiplomaticRecord.Id"/>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the day the document was first published (not when what it reports happened), or <see langword="null"/> when the text does not give it: no day is made up.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>
    /// Gets the instant the document was first published when the page gives a time ("Published 09:05
    /// GMT": <c>2026-12-16T09:05:00+00:00</c>), or <see langword="null"/>. Its day, in its own offset, is
    /// <see cref="PublishedOn"/> when both are given; not after <see cref="UpdatedAt"/>.
    /// </summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Gets the instant the document was last updated ("Updated 14:10 GMT" on its day: <c>2026-12-16T14:10:00+00:00</c>), or <see langword="null"/>. Not before the day it was published.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the place of the dateline ("KORRASTA —"), or <see langword="null"/>. Where the report was filed, not necessarily where anything happened.</summary>
    public Place? Dateline { get; init; }

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
