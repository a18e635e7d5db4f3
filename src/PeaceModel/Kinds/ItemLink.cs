namespace PeaceModel.Kinds;

/// <summary>
/// A link held by a value that records carry (a <see cref="Term"/>'s <c>actorIds</c> and <c>meetingId</c>),
/// declared once for the value and expanded into a <see cref="RecordReference{TRecord}"/> for every
/// record that holds such values, in a list or alone.
/// </summary>
/// <typeparam name="TItem">The value type.</typeparam>
internal sealed class ItemLink<TItem>
    where TItem : class
{
    private ItemLink(string memberName, ReferenceRole role, Type[] targets, Func<TItem, string?>? one, Func<TItem, ValueList<string>>? many)
    {
        MemberName = memberName;
        Role = role;
        Targets = targets;
        IdOf = one;
        IdsOf = many;
    }

    public string MemberName { get; }

    public ReferenceRole Role { get; }

    public Type[] Targets { get; }

    /// <summary>The id of a single link, or <see langword="null"/> for a list of ids.</summary>
    public Func<TItem, string?>? IdOf { get; }

    /// <summary>The ids of a list of links, or <see langword="null"/> for a single id.</summary>
    public Func<TItem, ValueList<string>>? IdsOf { get; }

    public static ItemLink<TItem> One(string memberName, Func<TItem, string?> id, ReferenceRole role, params Type[] targets) =>
        new(memberName, role, targets, id, null);

    public static ItemLink<TItem> Many(string memberName, Func<TItem, ValueList<string>> ids, ReferenceRole role, params Type[] targets) =>
        new(memberName, role, targets, null, ids);
}
