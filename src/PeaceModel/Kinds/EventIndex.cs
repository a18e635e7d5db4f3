namespace PeaceModel.Kinds;

/// <summary>
/// Look-ups over one <see cref="DiplomaticEvent"/>: any record by id with its kind and position, the
/// records that refer to a record, and the reactions to it. Built once per event in time linear in
/// its size (the reverse references on first use); immutable and thread-safe afterwards.
/// </summary>
/// <remarks>
/// Ids are unique within a valid event. In an invalid one the first record with an id is the one
/// found; the others are listed in <see cref="Duplicates"/>. Records without an id are skipped.
/// </remarks>
/// <example>
/// <code>
/// var index = EventIndex.Create(diplomaticEvent);
/// var proposal = index.Find&lt;Proposal&gt;("istanbul-direct-talks");
/// foreach (var reaction in index.ReactionsTo("istanbul-direct-talks")) { ... }
/// </code>
/// </example>
public sealed class EventIndex
{
    private static readonly IReadOnlyList<IncomingReference> NoReferences = [];

    private readonly Dictionary<string, IndexedRecord> byId;
    private Dictionary<string, List<IncomingReference>>? incoming;

    private EventIndex(DiplomaticEvent diplomaticEvent)
    {
        Event = diplomaticEvent;
        var capacity = 0;
        foreach (var kind in RecordKinds.All)
        {
            capacity += kind.Count(diplomaticEvent);
        }

        byId = new Dictionary<string, IndexedRecord>(capacity, StringComparer.Ordinal);
        List<IndexedRecord>? duplicates = null;
        foreach (var entry in Records(diplomaticEvent))
        {
            if (entry.Record.Id is { Length: > 0 } id && !byId.TryAdd(id, entry))
            {
                (duplicates ??= []).Add(entry);
            }
        }

        Duplicates = duplicates is null ? default : duplicates.ToValueList();
    }

    /// <summary>Gets the event the index was built over.</summary>
    public DiplomaticEvent Event { get; }

    /// <summary>Gets the records whose id an earlier record already has, in the order of the event.</summary>
    public ValueList<IndexedRecord> Duplicates { get; }

    /// <summary>Builds the index of an event.</summary>
    /// <param name="diplomaticEvent">The event.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diplomaticEvent"/> is <see langword="null"/>.</exception>
    public static EventIndex Create(DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        return new EventIndex(diplomaticEvent);
    }

    /// <summary>Finds the record with an id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="found">The record, its kind and position, when found.</param>
    /// <returns><see langword="true"/> when a record has the id.</returns>
    public bool TryFind(string? id, out IndexedRecord found)
    {
        if (id is null)
        {
            found = default;
            return false;
        }

        return byId.TryGetValue(id, out found);
    }

    /// <summary>Finds the record of type <typeparamref name="T"/> with an id.</summary>
    /// <typeparam name="T">The record type, such as <see cref="Actor"/>.</typeparam>
    /// <param name="id">The id.</param>
    /// <returns>The record, or <see langword="null"/> when no record of that type has the id.</returns>
    public T? Find<T>(string? id)
        where T : class, IDiplomaticRecord =>
        TryFind(id, out var found) ? found.Record as T : null;

    /// <summary>Returns every reference that names the record with <paramref name="id"/>, in the order of the event.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The references; empty when none.</returns>
    public IReadOnlyList<IncomingReference> ReferencesTo(string? id) =>
        id is not null && Incoming().TryGetValue(id, out var list) ? list : NoReferences;

    /// <summary>Returns the records of type <typeparamref name="T"/> that name <paramref name="id"/> in a link with <paramref name="role"/>, in the order of the event.</summary>
    /// <typeparam name="T">The type of the referring records.</typeparam>
    /// <param name="id">The id.</param>
    /// <param name="role">The role of the link, such as <see cref="ReferenceRole.Subject"/>.</param>
    /// <returns>The records, each once.</returns>
    public IReadOnlyList<T> Referrers<T>(string? id, ReferenceRole role)
        where T : class, IDiplomaticRecord
    {
        var result = new List<T>();
        foreach (var reference in ReferencesTo(id))
        {
            if (reference.Reference.Role == role && reference.From.Record is T record && (result.Count == 0 || !ReferenceEquals(result[^1], record)))
            {
                result.Add(record);
            }
        }

        return result;
    }

    /// <summary>Returns the reactions whose target is the record with <paramref name="id"/>, in the order of the event.</summary>
    /// <param name="id">The id of a proposal, statement or condition.</param>
    /// <returns>The reactions; empty when none.</returns>
    public IReadOnlyList<Reaction> ReactionsTo(string? id) => Referrers<Reaction>(id, ReferenceRole.Subject);

    /// <summary>
    /// Returns the party an actor acts for: the end of its chain of <see cref="Actor.ActsForId"/> links
    /// (a spokesman acts for a ministry that acts for a state: the state). An actor that acts for no one
    /// is its own party; so is an unknown id. A chain that goes round in a circle stops where it would repeat.
    /// </summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>The id of the party, or <paramref name="actorId"/> itself.</returns>
    public string PartyOf(string actorId)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        var party = actorId;
        for (var steps = 0; steps <= byId.Count && Find<Actor>(party)?.ActsForId is { Length: > 0 } principal && principal != actorId; steps++)
        {
            party = principal;
        }

        return party;
    }

    /// <summary>Tells whether two actors act for the same party (see <see cref="PartyOf"/>).</summary>
    /// <param name="actorId">One actor's id.</param>
    /// <param name="otherId">The other actor's id.</param>
    /// <returns><see langword="true"/> when their parties are the same.</returns>
    public bool SameParty(string actorId, string otherId) => PartyOf(actorId) == PartyOf(otherId);

    /// <summary>
    /// Returns when a record came into being: its own date in the role <see cref="DateRole.Made"/>
    /// (a statement's day, an agreement's signing), else the earliest of the statements that made it
    /// (a proposal dates from the statement that proposed it); <see langword="null"/> when neither is known.
    /// </summary>
    /// <param name="id">The record's id.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public EventDate? MadeOn(string? id)
    {
        if (!TryFind(id, out var entry))
        {
            return null;
        }

        foreach (var date in entry.Kind.Dates)
        {
            if (date.Role == DateRole.Made && date.First(entry.Record) is { } own)
            {
                return own;
            }
        }

        EventDate? earliest = null;
        foreach (var reference in entry.Kind.References)
        {
            if (reference.Role != ReferenceRole.ExpressedIn)
            {
                continue;
            }

            for (var j = 0; j < reference.Count(entry.Record); j++)
            {
                if (Find<Statement>(reference.IdAt(entry.Record, j))?.SaidOn is { } said && (earliest is null || said.FirstDay < earliest.FirstDay))
                {
                    earliest = said;
                }
            }
        }

        return earliest;
    }

    private Dictionary<string, List<IncomingReference>> Incoming()
    {
        if (incoming is { } built)
        {
            return built;
        }

        var map = new Dictionary<string, List<IncomingReference>>(StringComparer.Ordinal);
        foreach (var (link, target) in Links(Event))
        {
            if (target is null)
            {
                continue;
            }

            if (!map.TryGetValue(target, out var list))
            {
                map.Add(target, list = []);
            }

            list.Add(link);
        }

        return Interlocked.CompareExchange(ref incoming, map, null) ?? map;
    }

    /// <summary>Every record of the event with its kind and position, kind by kind in the order of <see cref="RecordKinds.All"/>.</summary>
    internal static IEnumerable<IndexedRecord> Records(DiplomaticEvent diplomaticEvent)
    {
        for (var k = 0; k < RecordKinds.All.Count; k++)
        {
            var kind = RecordKinds.All[k];
            var count = kind.Count(diplomaticEvent);
            for (var i = 0; i < count; i++)
            {
                if (kind.At(diplomaticEvent, i) is { } record)
                {
                    yield return new IndexedRecord { Kind = kind, Position = i, Record = record };
                }
            }
        }
    }

    /// <summary>Every id slot of every declared link in the event, with the id it holds (<see langword="null"/> when absent), in the order of the records and their declared links.</summary>
    internal static IEnumerable<(IncomingReference Link, string? Id)> Links(DiplomaticEvent diplomaticEvent)
    {
        foreach (var from in Records(diplomaticEvent))
        {
            for (var r = 0; r < from.Kind.References.Count; r++)
            {
                var reference = from.Kind.References[r];
                var slots = reference.Count(from.Record);
                for (var j = 0; j < slots; j++)
                {
                    yield return (new IncomingReference { From = from, Reference = reference, Element = reference.IsMany ? j : -1 }, reference.IdAt(from.Record, j));
                }
            }
        }
    }
}
