using System.Globalization;

namespace PeaceModel.Kinds;

/// <summary>A <see cref="RecordReference"/> held by records of type <typeparamref name="TRecord"/>.</summary>
/// <typeparam name="TRecord">The record type that holds the reference.</typeparam>
public sealed class RecordReference<TRecord> : RecordReference
    where TRecord : class, IDiplomaticRecord
{
    private readonly Func<TRecord, int> count;
    private readonly Func<TRecord, int, string?> idAt;
    private readonly Func<TRecord, int, string>? pathAt;

    private RecordReference(
        string memberName,
        bool isMany,
        ReferenceRole role,
        Type[] targets,
        Func<TRecord, int> count,
        Func<TRecord, int, string?> idAt,
        Type? itemType = null,
        string? itemMemberName = null,
        Func<TRecord, int, string>? pathAt = null)
        : base(typeof(TRecord), memberName, isMany, role, targets, itemType, itemMemberName)
    {
        this.count = count;
        this.idAt = idAt;
        this.pathAt = pathAt;
    }

    internal static RecordReference<TRecord> One(string memberName, Func<TRecord, string?> id, ReferenceRole role, params Type[] targets) =>
        new(memberName, false, role, targets, _ => 1, (record, _) => id(record));

    internal static RecordReference<TRecord> Many(string memberName, Func<TRecord, ValueList<string>> ids, ReferenceRole role, params Type[] targets) =>
        new(memberName, true, role, targets, record => ids(record).Count, (record, i) => ids(record)[i]);

    /// <summary>A link held by each item of a list of values: one id per item (<c>participants[j].actorId</c>).</summary>
    internal static RecordReference<TRecord> OnePerItem<TItem>(
        string memberName, Func<TRecord, ValueList<TItem>> items, string itemMemberName, Func<TItem, string?> id, ReferenceRole role, params Type[] targets)
        where TItem : class
    {
        var (listJsonName, itemJsonName) = JsonNames<TItem>(memberName, itemMemberName);
        return new(
            memberName,
            true,
            role,
            targets,
            record => items(record).Count,
            (record, i) => items(record)[i] is { } item ? id(item) : null,
            typeof(TItem),
            itemMemberName,
            (_, i) => string.Create(CultureInfo.InvariantCulture, $"{listJsonName}[{i}].{itemJsonName}"));
    }

    /// <summary>A link held by each item of a list of values as a list of ids (<c>terms[j].actorIds[k]</c>); the slots are numbered across items.</summary>
    internal static RecordReference<TRecord> ManyPerItem<TItem>(
        string memberName, Func<TRecord, ValueList<TItem>> items, string itemMemberName, Func<TItem, ValueList<string>> ids, ReferenceRole role, params Type[] targets)
        where TItem : class
    {
        var (listJsonName, itemJsonName) = JsonNames<TItem>(memberName, itemMemberName);
        return new(
            memberName,
            true,
            role,
            targets,
            record => SlotCount(items(record), ids),
            (record, slot) => Locate(items(record), ids, slot) is var (item, k) ? ids(items(record)[item])[k] : null,
            typeof(TItem),
            itemMemberName,
            (record, slot) => Locate(items(record), ids, slot) is var (item, k)
                ? string.Create(CultureInfo.InvariantCulture, $"{listJsonName}[{item}].{itemJsonName}[{k}]")
                : listJsonName);
    }

    /// <summary>A link held by a value object of the record (<c>terms.meetingId</c>).</summary>
    internal static RecordReference<TRecord> OneIn<TItem>(
        string memberName, Func<TRecord, TItem?> value, string itemMemberName, Func<TItem, string?> id, ReferenceRole role, params Type[] targets)
        where TItem : class
    {
        var (member, item) = JsonNames<TItem>(memberName, itemMemberName);
        var path = $"{member}.{item}";
        return new(memberName, false, role, targets, _ => 1, (record, _) => value(record) is { } item ? id(item) : null, typeof(TItem), itemMemberName, (_, _) => path);
    }

    /// <summary>A list of links held by a value object of the record (<c>terms.actorIds[k]</c>).</summary>
    internal static RecordReference<TRecord> ManyIn<TItem>(
        string memberName, Func<TRecord, TItem?> value, string itemMemberName, Func<TItem, ValueList<string>> ids, ReferenceRole role, params Type[] targets)
        where TItem : class
    {
        var (member, item) = JsonNames<TItem>(memberName, itemMemberName);
        var path = $"{member}.{item}";
        return new(
            memberName,
            true,
            role,
            targets,
            record => value(record) is { } item ? ids(item).Count : 0,
            (record, k) => ids(value(record)!)[k],
            typeof(TItem),
            itemMemberName,
            (_, k) => string.Create(CultureInfo.InvariantCulture, $"{path}[{k}]"));
    }

    /// <summary>The links of <paramref name="links"/>, held by each item of a list of the record (<c>terms[j].actorIds[k]</c>).</summary>
    internal static RecordReference<TRecord>[] InEach<TItem>(string memberName, Func<TRecord, ValueList<TItem>> items, params ItemLink<TItem>[] links)
        where TItem : class =>
        [.. links.Select(link => link.IdOf is { } one
            ? OnePerItem(memberName, items, link.MemberName, one, link.Role, link.Targets)
            : ManyPerItem(memberName, items, link.MemberName, link.IdsOf!, link.Role, link.Targets))];

    /// <summary>The links of <paramref name="links"/>, held by a value object of the record (<c>terms.meetingId</c>).</summary>
    internal static RecordReference<TRecord>[] InValue<TItem>(string memberName, Func<TRecord, TItem?> value, params ItemLink<TItem>[] links)
        where TItem : class =>
        [.. links.Select(link => link.IdOf is { } one
            ? OneIn(memberName, value, link.MemberName, one, link.Role, link.Targets)
            : ManyIn(memberName, value, link.MemberName, link.IdsOf!, link.Role, link.Targets))];

    /// <summary>Lets the link name a record of another document of the thread (<c>document-id/record-id</c>).</summary>
    internal RecordReference<TRecord> External()
    {
        AllowExternal();
        return this;
    }

    internal override int Count(IDiplomaticRecord record) => count((TRecord)record);

    /// <summary>The JSON names of the record's member and of the item's member, read from the contracts.</summary>
    private static (string Member, string Item) JsonNames<TItem>(string memberName, string itemMemberName) =>
        (Serialization.ContractNames.Of(typeof(TRecord), memberName), Serialization.ContractNames.Of(typeof(TItem), itemMemberName));

    internal override string? IdAt(IDiplomaticRecord record, int index) => idAt((TRecord)record, index);

    internal override string PathAt(IDiplomaticRecord record, int element) =>
        pathAt is null ? base.PathAt(record, element) : pathAt((TRecord)record, element);

    /// <summary>The number of ids held by the items of a list, across items (no LINQ: it runs for every record that has such a link).</summary>
    private static int SlotCount<TItem>(ValueList<TItem> items, Func<TItem, ValueList<string>> ids)
        where TItem : class
    {
        var total = 0;
        for (var item = 0; item < items.Count; item++)
        {
            if (items[item] is { } value)
            {
                total += ids(value).Count;
            }
        }

        return total;
    }

    private static (int Item, int Index)? Locate<TItem>(ValueList<TItem> items, Func<TItem, ValueList<string>> ids, int slot)
        where TItem : class
    {
        for (var item = 0; item < items.Count; item++)
        {
            var n = items[item] is { } value ? ids(value).Count : 0;
            if (slot < n)
            {
                return (item, slot);
            }

            slot -= n;
        }

        return null;
    }
}
