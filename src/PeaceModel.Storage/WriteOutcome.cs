namespace PeaceModel.Storage;

/// <summary>What a put or a delete did.</summary>
public enum WriteOutcome
{
    /// <summary>A new version was stored.</summary>
    Stored,

    /// <summary>The latest version already has the same canonical bytes: nothing changed, no position was taken.</summary>
    Unchanged,

    /// <summary>A tombstone was stored: the document is deleted.</summary>
    Deleted,

    /// <summary>The document cannot be read or breaks a validation rule (see <see cref="WriteResult.Problems"/>): nothing was stored.</summary>
    Invalid,

    /// <summary>The store holds another version than the one expected: nothing was stored.</summary>
    Conflict,

    /// <summary>A delete named a document the store does not hold (or holds deleted).</summary>
    NotFound,
}
