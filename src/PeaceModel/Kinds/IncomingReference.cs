namespace PeaceModel.Kinds;

/// <summary>A reference that names a record: which record holds it, through which declared link, and at which element of a list.</summary>
public readonly record struct IncomingReference
{
    /// <summary>Gets the record that holds the reference.</summary>
    public required IndexedRecord From { get; init; }

    /// <summary>Gets the declared link, such as <c>Reaction.TargetId</c>.</summary>
    public required RecordReference Reference { get; init; }

    /// <summary>Gets the position in a list of ids, or -1 for a single id.</summary>
    public required int Element { get; init; }
}
