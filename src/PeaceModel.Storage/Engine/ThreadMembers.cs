namespace PeaceModel.Storage.Engine;

/// <summary>
/// What the thread checks need to know of the documents of one thread, kept in memory between writes: each document's
/// key, version, place in thread order and the ids of the actors it lists, so that a put loads only the documents its
/// check compares it with (<see cref="SqlEventStore"/>).
/// </summary>
internal sealed class ThreadMembers
{
    private readonly Dictionary<string, ThreadMember> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ThreadMember>> byActor = new(StringComparer.Ordinal);

    public int Count => byId.Count;

    public ThreadMember? Find(string documentId) => byId.GetValueOrDefault(documentId);

    public void Add(ThreadMember member)
    {
        Remove(member.DocumentId);
        byId.Add(member.DocumentId, member);
        foreach (var actorId in member.ActorIds)
        {
            if (!byActor.TryGetValue(actorId, out var listings))
            {
                byActor.Add(actorId, listings = []);
            }

            listings.Add(member);
        }
    }

    public void Remove(string documentId)
    {
        if (!byId.Remove(documentId, out var member))
        {
            return;
        }

        foreach (var actorId in member.ActorIds)
        {
            if (byActor.TryGetValue(actorId, out var listings))
            {
                listings.RemoveAll(m => ReferenceEquals(m, member));
            }
        }
    }

    /// <summary>The documents that list an actor, other than <paramref name="exceptId"/>.</summary>
    public IEnumerable<ThreadMember> Listing(string actorId, string exceptId) =>
        byActor.TryGetValue(actorId, out var listings) ? listings.Where(m => m.DocumentId != exceptId) : [];

    /// <summary>The first document in thread order that lists an actor, other than <paramref name="exceptId"/>: the one <see cref="Validation.ThreadValidator"/> compares every later listing with.</summary>
    public ThreadMember? First(string actorId, string exceptId)
    {
        ThreadMember? first = null;
        foreach (var member in Listing(actorId, exceptId))
        {
            if (first is null || ThreadMember.Compare(member.LastDay, member.DocumentId, first.LastDay, first.DocumentId) < 0)
            {
                first = member;
            }
        }

        return first;
    }
}

/// <summary>A document of a thread: its key (0 while queued and not yet written), version, last day (thread order) and the ids of its actors.</summary>
internal sealed class ThreadMember(string documentId, long docKey, long version, int lastDay, IReadOnlyList<string> actorIds)
{
    public string DocumentId { get; } = documentId;

    public long DocKey { get; set; } = docKey;

    public long Version { get; } = version;

    public int LastDay { get; } = lastDay;

    public IReadOnlyList<string> ActorIds { get; } = actorIds;

    /// <summary>Gets or sets the document reduced to what the actor check reads (<see cref="Reduce"/>), once known.</summary>
    public DiplomaticEvent? Reduced { get; set; }

    /// <summary>
    /// A document reduced to what <see cref="Validation.ThreadValidator"/> reads to compare its actors with another
    /// document's: its id, thread, date (thread order) and actors; no other records, so nothing else is compared.
    /// </summary>
    public static DiplomaticEvent Reduce(DiplomaticEvent document) => new()
    {
        SchemaVersion = document.SchemaVersion,
        Id = document.Id,
        ThreadId = document.ThreadId,
        Title = document.Title,
        Date = document.Date,
        Actors = document.Actors,
    };

    /// <summary>Thread order (<see cref="Threads.EventThread.Documents"/>): by last day, then by id, ordinally.</summary>
    public static int Compare(int lastDay, string id, int otherLastDay, string otherId) =>
        lastDay != otherLastDay ? lastDay.CompareTo(otherLastDay) : string.CompareOrdinal(id, otherId);
}
