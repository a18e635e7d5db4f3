namespace PeaceModel.Storage;

/// <summary>One entry of a document's history, and of the change feed: a version stored, or a delete.</summary>
public sealed record DocumentVersion
{
    /// <summary>Gets the position in the change feed: increasing in commit order across the store, never reused.</summary>
    public required long Position { get; init; }

    /// <summary>Gets the document's id.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Gets the version, from 1.</summary>
    public required long Version { get; init; }

    /// <summary>Gets whether the version is a tombstone (a delete).</summary>
    public bool IsDeleted { get; init; }

    /// <summary>Gets when the version was stored, in UTC, to the millisecond.</summary>
    public required DateTimeOffset StoredAt { get; init; }

    /// <summary>Gets the SHA-256 of the canonical JSON, 64 lowercase hexadecimal digits; <see langword="null"/> for a tombstone.</summary>
    public string? Sha256 { get; init; }
}
