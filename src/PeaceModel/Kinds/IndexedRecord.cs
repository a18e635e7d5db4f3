using System.Globalization;

namespace PeaceModel.Kinds;

/// <summary>A record found in an <see cref="EventIndex"/>: the record, its kind and where it stands in the event's list of that kind.</summary>
public readonly record struct IndexedRecord
{
    /// <summary>Gets the kind of record.</summary>
    public required RecordKind Kind { get; init; }

    /// <summary>Gets the zero-based position in the event's list of the kind (<c>statements[2]</c> has position 2).</summary>
    public required int Position { get; init; }

    /// <summary>Gets the record.</summary>
    public required IDiplomaticRecord Record { get; init; }

    /// <summary>Gets the record's path in the event's JSON, such as <c>statements[2]</c>.</summary>
    public string Path => string.Create(CultureInfo.InvariantCulture, $"{Kind.ListName}[{Position}]");
}
