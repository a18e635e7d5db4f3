namespace PeaceModel.Kinds;

/// <summary>
/// A reference to a record of another document of the same thread: <c>document-id/record-id</c>, the
/// other document's <see cref="DiplomaticEvent.Id"/> and the record's id in it. Only links that allow it
/// (<see cref="RecordReference.AllowsExternal"/>) may hold one; actors are never referenced this way
/// (the documents of a thread share actors by id).
/// </summary>
/// <example><c>port-amrel-ceasefire-2026-04-14/port-amrel-ceasefire</c></example>
public static class ExternalId
{
    /// <summary>The character between the document's id and the record's id.</summary>
    public const char Separator = '/';

    /// <summary>Writes a reference to a record of another document.</summary>
    /// <param name="documentId">The other document's id.</param>
    /// <param name="recordId">The record's id in it.</param>
    /// <returns><c>document-id/record-id</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Create(string documentId, string recordId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(recordId);
        return documentId + Separator + recordId;
    }

    /// <summary>Splits a reference to a record of another document.</summary>
    /// <param name="id">The reference.</param>
    /// <param name="documentId">The document's id, when <paramref name="id"/> is external.</param>
    /// <param name="recordId">The record's id, when <paramref name="id"/> is external.</param>
    /// <returns>Whether <paramref name="id"/> names a record of another document.</returns>
    public static bool TryParse(string? id, out string documentId, out string recordId)
    {
        var separator = id?.IndexOf(Separator) ?? -1;
        if (separator <= 0 || separator == id!.Length - 1)
        {
            documentId = recordId = string.Empty;
            return false;
        }

        documentId = id[..separator];
        recordId = id[(separator + 1)..];
        return true;
    }
}
