using System.Globalization;
using PeaceModel.Kinds;

namespace PeaceModel.Storage;

/// <summary>Every sentence the store writes, composed in one place from data.</summary>
internal static class StoreText
{
    public static string Describe(WriteResult result)
    {
        var document = result.DocumentId is null ? "the document" : $"document '{result.DocumentId}'";
        return result.Outcome switch
        {
            WriteOutcome.Stored => Invariant($"{document}: stored as version {result.Version} at position {result.Position}"),
            WriteOutcome.Unchanged => Invariant($"{document}: unchanged, version {result.Version} already has the same canonical bytes"),
            WriteOutcome.Deleted => Invariant($"{document}: deleted (tombstone version {result.Version} at position {result.Position})"),
            WriteOutcome.NotFound => $"{document}: not in the store (or already deleted); nothing was deleted",
            WriteOutcome.Conflict => Invariant($"{document}: expected version {result.ExpectedVersion}, but the store holds version {result.Version}; nothing was stored"),
            _ => Invariant($"{document}: invalid, {result.Problems.Count} problem{(result.Problems.Count == 1 ? string.Empty : "s")}; nothing was stored"),
        };
    }

    public static string UnknownKind(string kind) =>
        $"'{kind}' is not a kind of record; known kinds: {string.Join(", ", RecordKinds.All.Select(k => k.ListName))} (or their nouns: {string.Join(", ", RecordKinds.All.Select(k => k.Noun))}).";

    public static string NewerSchema(string store, int version, string name, int known, string knownName) =>
        Invariant($"{store} has schema version {version} ('{name}'), newer than this PeaceModel.Storage knows (version {known}, '{knownName}'); use a newer PeaceModel.Storage to open it. Nothing was changed.");

    public static string MigrationsNeeded(string store, IEnumerable<string> names) =>
        $"{store} lacks the migrations {string.Join(", ", names.Select(n => $"'{n}'"))} and EventStoreOptions.ApplyMigrations is false; open it once with a role that may change the schema (docs/storage.md).";

    public static string NotAStore(string store, string reason) =>
        $"{store} cannot be opened as a PeaceModel store: {reason}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
