using PeaceModel.Serialization;

namespace PeaceModel.Storage;

/// <summary>One stored version of a document: its canonical JSON exactly as stored, or a tombstone.</summary>
public sealed record StoredDocument
{
    /// <summary>Gets the document's id.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Gets the version, from 1.</summary>
    public required long Version { get; init; }

    /// <summary>Gets the position of the version in the change feed.</summary>
    public required long Position { get; init; }

    /// <summary>Gets when the version was stored (the clock of the process that stored it, in UTC, to the millisecond).</summary>
    public required DateTimeOffset StoredAt { get; init; }

    /// <summary>Gets whether the version is a tombstone (a delete); its <see cref="Utf8Json"/> is then empty.</summary>
    public bool IsDeleted { get; init; }

    /// <summary>Gets the canonical JSON, UTF-8, byte for byte as <see cref="PeaceModelJson.SerializeToUtf8Bytes{T}(T)"/> wrote it when it was put.</summary>
    public required ReadOnlyMemory<byte> Utf8Json { get; init; }

    /// <summary>Reads the document.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidOperationException">The version is a tombstone.</exception>
    public DiplomaticEvent ReadEvent() => IsDeleted
        ? throw new InvalidOperationException($"version {Version} of document '{DocumentId}' is a tombstone (the document was deleted); it holds no document.")
        : PeaceModelJson.Deserialize(Utf8Json.Span);
}
