using System.Globalization;
using PeaceModel.Serialization;

namespace PeaceModel.Kinds;

/// <summary>
/// One date a kind of record holds, as declared in <see cref="RecordKinds"/>: the property, what the
/// date stands for (<see cref="DateRole"/>), a noun for it in messages, and whether it may not come
/// before the statements that made the record. The timeline, the cross-record date rules, the
/// account and the store read it.
/// </summary>
public abstract class RecordDate
{
    private readonly Type? itemType;
    private string? jsonName;

    private protected RecordDate(Type ownerType, string memberName, DateRole role, string noun, Type? itemType, string? itemMemberName)
    {
        OwnerType = ownerType;
        MemberName = memberName;
        Role = role;
        Noun = noun;
        this.itemType = itemType;
        ItemMemberName = itemMemberName;
    }

    /// <summary>Gets the record type that holds the date, such as <see cref="Condition"/>.</summary>
    public Type OwnerType { get; }

    /// <summary>Gets the name of the .NET property of the record, such as <c>StartsOn</c> or <c>Terms</c>.</summary>
    public string MemberName { get; }

    /// <summary>Gets, for a date held by the items of a list or by a value object (<c>terms[].deadline</c>), the item's member (<c>Deadline</c>); otherwise <see langword="null"/>.</summary>
    public string? ItemMemberName { get; }

    /// <summary>Gets what the date stands for.</summary>
    public DateRole Role { get; }

    /// <summary>Gets the noun that names the date in messages and timelines, such as <c>proposed date</c> or <c>condition deadline</c>.</summary>
    public string Noun { get; }

    /// <summary>
    /// Gets whether the date may not be earlier than the statements that made the record (a proposed
    /// date or a demanded start looks forward from the statement that sets it).
    /// </summary>
    public bool FollowsStatements { get; private set; }

    /// <summary>Gets the JSON path of the date below its record, in the contract's names: <c>startsOn</c>, <c>terms.date</c>, <c>terms[].deadline</c>.</summary>
    /// <exception cref="InvalidOperationException">A property is not in the serializer's contract: a defect of the declaration, named in the message.</exception>
    public string JsonName => jsonName ??= itemType is null || ItemMemberName is null
        ? ContractNames.Of(OwnerType, MemberName)
        : $"{ContractNames.Of(OwnerType, MemberName)}{(IsList ? "[]" : string.Empty)}.{ContractNames.Of(itemType, ItemMemberName)}";

    /// <summary>Gets whether the date is held by each item of a list.</summary>
    private protected abstract bool IsList { get; }

    /// <summary>Returns the dates the declaration finds in <paramref name="record"/>, in order; absent dates are left out.</summary>
    /// <param name="record">A record of <see cref="OwnerType"/>.</param>
    /// <returns>The dates.</returns>
    /// <exception cref="ArgumentException"><paramref name="record"/> is not of <see cref="OwnerType"/>.</exception>
    public ValueList<RecordDateValue> GetDates(IDiplomaticRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!OwnerType.IsInstanceOfType(record))
        {
            throw new ArgumentException($"A {record.GetType().Name} has no {MemberName}; this date belongs to {OwnerType.Name}.", nameof(record));
        }

        var dates = new List<RecordDateValue>();
        Collect(record, dates);
        return dates.ToValueList();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{OwnerType.Name}.{MemberName}{(ItemMemberName is null ? string.Empty : "." + ItemMemberName)} ({Role})";

    /// <summary>The record's first date through this declaration, or <see langword="null"/>; allocates nothing.</summary>
    internal abstract EventDate? First(IDiplomaticRecord record);

    /// <summary>Adds the record's dates to <paramref name="dates"/>.</summary>
    internal abstract void Collect(IDiplomaticRecord record, List<RecordDateValue> dates);

    /// <summary>The path of the date of <paramref name="value"/> below its record: <c>startsOn</c>, <c>terms[2].deadline</c>.</summary>
    internal string PathOf(RecordDateValue value) => value.ItemPosition < 0
        ? JsonName
        : JsonName.Replace("[]", string.Create(CultureInfo.InvariantCulture, $"[{value.ItemPosition}]"), StringComparison.Ordinal);

    /// <summary>Marks the date as one that may not precede the statements that made the record (during the declarations only).</summary>
    private protected void MarkFollowsStatements() => FollowsStatements = true;
}
