using PeaceModel.Serialization;

namespace PeaceModel.Kinds;

/// <summary>
/// One kind of link from a record to other records by id, as declared in <see cref="RecordKinds"/>:
/// the property that holds the id or ids, whether it holds one or many, what it may point at, and
/// what it stands for. Validation, <see cref="EventIndex"/>, the JSON Schema and the graph read it.
/// </summary>
public abstract class RecordReference
{
    private readonly Type[] targetTypes;
    private readonly Type? itemType;
    private ValueList<RecordKind> targetKinds;
    private string? jsonName;

    private protected RecordReference(Type ownerType, string memberName, bool isMany, ReferenceRole role, Type[] targetTypes, Type? itemType = null, string? itemMemberName = null)
    {
        ItemMemberName = itemMemberName;
        this.itemType = itemType;
        OwnerType = ownerType;
        MemberName = memberName;
        IsMany = isMany;
        Role = role;
        this.targetTypes = targetTypes;
    }

    /// <summary>Gets the record type that holds the reference, such as <see cref="Statement"/>.</summary>
    internal Type OwnerType { get; }

    /// <summary>Gets the name of the .NET property, such as <c>SpeakerId</c>.</summary>
    public string MemberName { get; }

    /// <summary>Gets the name of the property in JSON, taken from the serializer's contract, such as <c>speakerId</c>.</summary>
    /// <exception cref="InvalidOperationException">The contract has no such property: a defect of the declaration, named in the message.</exception>
    public string JsonName => jsonName ??= ContractNames.Of(OwnerType, MemberName);

    /// <summary>Gets whether the property holds a list of ids rather than one id.</summary>
    public bool IsMany { get; }

    /// <summary>Gets what the reference stands for.</summary>
    public ReferenceRole Role { get; }

    /// <summary>
    /// Gets, for a link held inside the items of a list (a meeting's <c>participants[].actorId</c>),
    /// the C# name of the item's member (<c>ActorId</c>); <see langword="null"/> for a link held by the record itself.
    /// </summary>
    public string? ItemMemberName { get; }

    /// <summary>
    /// Gets whether the link may name a record of another document of the same thread, as
    /// <c>document-id/record-id</c> (<see cref="ExternalId"/>). Checking one document alone reports such
    /// a reference as a notice; checking the thread resolves it.
    /// </summary>
    public bool AllowsExternal { get; private set; }

    /// <summary>Gets the JSON name of <see cref="ItemMemberName"/> (<c>actorId</c>), or <see langword="null"/>.</summary>
    internal string? ItemJsonName => itemType is null || ItemMemberName is null ? null : ContractNames.Of(itemType, ItemMemberName);

    /// <summary>Gets the kinds of record the ids may name.</summary>
    public ValueList<RecordKind> TargetKinds =>
        targetKinds.Count > 0 ? targetKinds : targetKinds = [.. targetTypes.Select(RecordKinds.Of)];

    /// <summary>Returns the ids the reference holds in <paramref name="record"/>: none, one, or the list, in order.</summary>
    /// <param name="record">A record of <see cref="OwnerType"/>.</param>
    /// <returns>The ids; an absent single reference gives an empty list.</returns>
    /// <exception cref="ArgumentException"><paramref name="record"/> is not of <see cref="OwnerType"/>.</exception>
    public ValueList<string> GetIds(IDiplomaticRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!OwnerType.IsInstanceOfType(record))
        {
            throw new ArgumentException($"A {record.GetType().Name} has no {MemberName}; this reference belongs to {OwnerType.Name}.", nameof(record));
        }

        var ids = new List<string>();
        for (var i = 0; i < Count(record); i++)
        {
            if (IdAt(record, i) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids.ToValueList();
    }

    /// <summary>Tells whether the reference may name a record of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when it may.</returns>
    public bool CanTarget(RecordKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        foreach (var type in targetTypes)
        {
            if (type == kind.ClrType)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks the link as one that may name a record of another document (during the declarations only).</summary>
    private protected void AllowExternal() => AllowsExternal = true;

    /// <inheritdoc/>
    public override string ToString() => $"{OwnerType.Name}.{MemberName} ({JsonName})";

    /// <summary>The path of one id slot below its record, in the JSON's names: <c>speakerId</c>, <c>audienceIds[1]</c>, <c>participants[2].actorId</c>.</summary>
    internal virtual string PathAt(IDiplomaticRecord record, int element) =>
        element < 0 ? JsonName : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{JsonName}[{element}]");

    /// <summary>The number of id slots in the record: 1 for a single reference (which may be null), the list's length otherwise.</summary>
    internal abstract int Count(IDiplomaticRecord record);

    /// <summary>The id in slot <paramref name="index"/>, or <see langword="null"/> when absent.</summary>
    internal abstract string? IdAt(IDiplomaticRecord record, int index);
}
