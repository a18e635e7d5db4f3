namespace PeaceModel.Storage;

/// <summary>One record of a stored document, as the projection holds it.</summary>
public sealed record StoredRecord
{
    /// <summary>Gets the document's id.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Gets the document's version the record is from (the latest).</summary>
    public required long Version { get; init; }

    /// <summary>Gets the record's id in its document.</summary>
    public required string RecordId { get; init; }

    /// <summary>Gets the kind: the JSON name of the document's list that holds the record, such as <c>proposals</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the thread the document declares, or <see langword="null"/>.</summary>
    public string? ThreadId { get; init; }

    /// <summary>Gets the first day the record's date stands for (its own date, else the dates of the statements that express it), or <see langword="null"/> when it has none.</summary>
    public DateOnly? FirstDay { get; init; }

    /// <summary>Gets the last day the record's date stands for, or <see langword="null"/>.</summary>
    public DateOnly? LastDay { get; init; }

    /// <summary>Gets the instant of the record's date when it gives a time and a time zone, in UTC to the millisecond; otherwise <see langword="null"/>.</summary>
    public DateTimeOffset? Instant { get; init; }
}
