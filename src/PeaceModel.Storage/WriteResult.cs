namespace PeaceModel.Storage;

/// <summary>The result of a put or a delete: what happened, the version the store now holds, and the problems of a refused document.</summary>
public sealed record WriteResult
{
    /// <summary>Gets the document's id, or <see langword="null"/> when its JSON could not be read.</summary>
    public string? DocumentId { get; init; }

    /// <summary>Gets what happened.</summary>
    public required WriteOutcome Outcome { get; init; }

    /// <summary>
    /// Gets the latest version of the document in the store after the write: the new one when
    /// <see cref="WriteOutcome.Stored"/> or <see cref="WriteOutcome.Deleted"/>, the current one otherwise
    /// (0 when the store has none).
    /// </summary>
    public long Version { get; init; }

    /// <summary>Gets the version the caller expected, for a <see cref="WriteOutcome.Conflict"/>; otherwise <see langword="null"/>.</summary>
    public long? ExpectedVersion { get; init; }

    /// <summary>Gets the position in the change feed of a stored version or tombstone, or <see langword="null"/> when nothing was written.</summary>
    public long? Position { get; init; }

    /// <summary>Gets why the document was refused (<see cref="WriteOutcome.Invalid"/>); empty otherwise.</summary>
    public ValueList<StoreProblem> Problems { get; init; }

    /// <summary>Gets whether the store holds the document as put: <see cref="WriteOutcome.Stored"/>, <see cref="WriteOutcome.Unchanged"/> or <see cref="WriteOutcome.Deleted"/>.</summary>
    public bool Succeeded => Outcome is WriteOutcome.Stored or WriteOutcome.Unchanged or WriteOutcome.Deleted;

    /// <summary>Gets a sentence saying what happened, such as <c>document 'x': expected version 2, but the store holds version 3; nothing was stored</c>.</summary>
    public string Message => StoreText.Describe(this);

    /// <inheritdoc/>
    public override string ToString() => Message;
}
