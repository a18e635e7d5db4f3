using System.Text.Json;
using NodaTime;
using PeaceModel.Kinds;

namespace PeaceModel.Storage;

/// <summary>
/// What the store keeps of every record to query it, read from the declarations (<see cref="RecordKinds.All"/>,
/// each kind's records and references with their roles), never per kind: id, kind, dates, actors by role, and the
/// records it refers to (in its own document or, as <c>document-id/record-id</c>, in another).
/// </summary>
/// <remarks>
/// Only the public API of PeaceModel is used, so that this one file follows the declarations as they change.
/// A record's dates are its own date where its kind declares one (<see cref="RecordKind.Dates"/>, role made,
/// takes place or asserted), else the span of the dates of the statements that made it
/// (<see cref="ReferenceRole.ExpressedIn"/>). Sources declare no date, so they have none here.
/// </remarks>
internal static class RecordProjection
{
    private static readonly string ActorKind = RecordKinds.Actor.ListName;

    private static readonly Dictionary<ReferenceRole, string> RoleNames = Enum.GetValues<ReferenceRole>().ToDictionary(r => r, r => JsonNamingPolicy.CamelCase.ConvertName(r.ToString()));

    /// <summary>The name of a role as the store keeps it and the command line takes it: <c>author</c>, <c>addressee</c>, ...</summary>
    public static string RoleName(ReferenceRole role) => RoleNames.TryGetValue(role, out var name) ? name : JsonNamingPolicy.CamelCase.ConvertName(role.ToString());

    /// <summary>The kind's list name for a list name or a noun, or <see langword="null"/> when none matches.</summary>
    public static string? KindName(string kind)
    {
        foreach (var declared in RecordKinds.All)
        {
            if (string.Equals(declared.ListName, kind, StringComparison.OrdinalIgnoreCase) || string.Equals(declared.Noun, kind, StringComparison.OrdinalIgnoreCase))
            {
                return declared.ListName;
            }
        }

        return null;
    }

    /// <summary>Gets the list name of the actors' kind: the records an <see cref="ProjectedRecord.Actors"/> entry names.</summary>
    public static string ActorKindName => ActorKind;

    /// <summary>Projects every record of a document, in the order of <see cref="RecordKinds.All"/> and of each list.</summary>
    public static DocumentProjection Project(DiplomaticEvent document)
    {
        var byId = new Dictionary<string, IDiplomaticRecord>(StringComparer.Ordinal);
        foreach (var kind in RecordKinds.All)
        {
            foreach (var record in kind.GetRecords(document))
            {
                if (record?.Id is { } id)
                {
                    byId.TryAdd(id, record);
                }
            }
        }

        var records = new List<ProjectedRecord>();
        var actorIds = new List<string>();
        var externalDocuments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in RecordKinds.All)
        {
            foreach (var record in kind.GetRecords(document))
            {
                if (record?.Id is null)
                {
                    continue;
                }

                if (kind.ListName == ActorKind)
                {
                    actorIds.Add(record.Id);
                }

                var actors = new List<(string Role, string ActorId)>();
                var links = new List<(string Role, string Document, string Record)>();
                Span? expressed = null;
                foreach (var reference in kind.References)
                {
                    var role = RoleName(reference.Role);
                    var toActors = ToActors(reference);
                    foreach (var id in reference.GetIds(record))
                    {
                        if (toActors)
                        {
                            AddOnce(actors, (role, id));
                            continue;
                        }

                        if (ExternalId.TryParse(id, out var documentId, out var recordId))
                        {
                            externalDocuments.Add(documentId);
                        }
                        else
                        {
                            (documentId, recordId) = (document.Id, id);
                        }

                        AddOnce(links, (role, documentId, recordId));
                        if (reference.Role == ReferenceRole.ExpressedIn && documentId == document.Id && byId.TryGetValue(recordId, out var expression) && OwnSpan(RecordKinds.Of(expression.GetType()), expression) is { } said)
                        {
                            expressed = expressed is { } s ? s.Union(said) : said;
                        }
                    }
                }

                var span = OwnSpan(kind, record) ?? expressed;
                records.Add(new ProjectedRecord(records.Count, record.Id, kind.ListName, span?.First.DayNumber, span?.Last.DayNumber, span?.Instant, actors, links));
            }
        }

        var date = Span.Of(document.Date);
        return new DocumentProjection(document.ThreadId, date?.First.DayNumber, date?.Last.DayNumber, date?.Instant, records, actorIds, externalDocuments);
    }

    /// <summary>
    /// Tells whether a reference from a record of one kind, in a role, to a record of another kind (<see langword="null"/>:
    /// no such record) is one <see cref="Validation.ThreadValidator"/> cannot find fault with within a thread: the record
    /// exists, every reference of that role the kind declares may name its kind, and it is no agreement (whose terms an
    /// implementation names). Used to leave out of a thread check the stored documents whose references it cannot change.
    /// </summary>
    public static bool ReferenceHolds(string fromKind, string role, string? toKind) =>
        toKind is not null && toKind != RecordKinds.Agreement.ListName && ReferenceTargets.TryGetValue((fromKind, role), out var kinds) && kinds.Contains(toKind);

    /// <summary>For each kind and role, the kinds every reference of that role the kind declares may name.</summary>
    private static readonly Dictionary<(string Kind, string Role), HashSet<string>> ReferenceTargets = RecordKinds.All
        .SelectMany(k => k.References.Select(r => (Kind: k, Reference: r)))
        .GroupBy(x => (x.Kind.ListName, RoleName(x.Reference.Role)))
        .ToDictionary(g => g.Key, g => RecordKinds.All.Where(t => g.All(x => x.Reference.CanTarget(t))).Select(t => t.ListName).ToHashSet(StringComparer.Ordinal));

    private static readonly Dictionary<RecordReference, bool> ActorLinks = RecordKinds.All.SelectMany(k => k.References).Distinct().ToDictionary(r => r, r => r.CanTarget(RecordKinds.Actor));

    private static bool ToActors(RecordReference reference) =>
        ActorLinks.TryGetValue(reference, out var toActors) ? toActors : reference.CanTarget(RecordKinds.Actor);

    private static void AddOnce<T>(List<T> list, T item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    /// <summary>A record's own date, as declared: the first date of role made, takes place or asserted (<see cref="RecordKind.GetDates"/>).</summary>
    private static Span? OwnSpan(RecordKind kind, IDiplomaticRecord record)
    {
        foreach (var value in kind.GetDates(record))
        {
            if (value.Role is DateRole.Made or DateRole.TakesPlace or DateRole.Asserted)
            {
                return Span.Of(value.Date);
            }
        }

        return null;
    }

    /// <summary>The days a date stands for and its instant (milliseconds since 1970 UTC) when it has a time and a zone.</summary>
    private readonly record struct Span(DateOnly First, DateOnly Last, long? Instant)
    {
        public static Span? Of(EventDate? date) => date is null ? null : new Span(date.FirstDay, date.LastDay, InstantOf(date));

        public Span Union(Span other) => new(
            First <= other.First ? First : other.First,
            Last >= other.Last ? Last : other.Last,
            First <= other.First ? Instant ?? other.Instant : other.Instant ?? Instant);

        private static long? InstantOf(EventDate date)
        {
            if (date.Time is not { } time || date.TimeZone is not { Length: > 0 } zone || date.Granularity != DateGranularity.Day)
            {
                return null;
            }

            var local = new LocalDateTime(date.Value.Year, date.Value.Month, date.Value.Day, time.Hour, time.Minute, time.Second, time.Millisecond);
            if (zone == "Z")
            {
                return local.InUtc().ToInstant().ToUnixTimeMilliseconds();
            }

            if (zone[0] is '+' or '-' && NodaTime.Text.OffsetPattern.GeneralInvariant.Parse(zone) is { Success: true } offset)
            {
                return local.WithOffset(offset.Value).ToInstant().ToUnixTimeMilliseconds();
            }

            return DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is { } tz ? local.InZoneLeniently(tz).ToInstant().ToUnixTimeMilliseconds() : null;
        }
    }
}

/// <summary>The projection of one document: its thread and dates, its records, the ids of its actors, the other documents it refers to.</summary>
internal sealed record DocumentProjection(
    string? ThreadId, int? FirstDay, int? LastDay, long? Instant, List<ProjectedRecord> Records, List<string> ActorIds, HashSet<string> ExternalDocuments);

/// <summary>One record: its position in the document, id, kind, dates, the actors it names by role, the records it refers to.</summary>
internal sealed record ProjectedRecord(
    int Ordinal, string RecordId, string Kind, int? FirstDay, int? LastDay, long? Instant, List<(string Role, string ActorId)> Actors, List<(string Role, string Document, string Record)> Links);
