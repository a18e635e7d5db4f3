namespace PeaceModel.Kinds;

/// <summary>A <see cref="RecordDate"/> held by records of type <typeparamref name="TRecord"/>.</summary>
/// <typeparam name="TRecord">The record type that holds the date.</typeparam>
public sealed class RecordDate<TRecord> : RecordDate
    where TRecord : class, IDiplomaticRecord
{
    private readonly Action<TRecord, RecordDate, List<RecordDateValue>> collect;
    private readonly Func<TRecord, EventDate?> first;
    private readonly bool isList;

    private RecordDate(string memberName, DateRole role, string noun, Action<TRecord, RecordDate, List<RecordDateValue>> collect, Func<TRecord, EventDate?> first, Type? itemType = null, string? itemMemberName = null, bool isList = false)
        : base(typeof(TRecord), memberName, role, noun, itemType, itemMemberName)
    {
        this.collect = collect;
        this.first = first;
        this.isList = isList;
    }

    private protected override bool IsList => isList;

    /// <summary>A date the record holds itself (<c>saidOn</c>).</summary>
    internal static RecordDate<TRecord> One(string memberName, Func<TRecord, EventDate?> date, DateRole role, string noun) =>
        new(memberName, role, noun, (record, declaration, dates) =>
        {
            if (date(record) is { } value)
            {
                dates.Add(new RecordDateValue { Declaration = declaration, Date = value, ItemPosition = -1 });
            }
        }, date);

    /// <summary>A date held by a value object of the record (<c>terms.date</c>).</summary>
    internal static RecordDate<TRecord> In<TItem>(string memberName, Func<TRecord, TItem?> value, string itemMemberName, Func<TItem, EventDate?> date, DateRole role, string noun)
        where TItem : class =>
        new(memberName, role, noun, (record, declaration, dates) =>
        {
            if (value(record) is { } item && date(item) is { } found)
            {
                dates.Add(new RecordDateValue { Declaration = declaration, Date = found, ItemPosition = -1 });
            }
        }, record => value(record) is { } item ? date(item) : null, typeof(TItem), itemMemberName);

    /// <summary>A date held by each item of a list of the record (<c>terms[j].deadline</c>), with the item's id.</summary>
    internal static RecordDate<TRecord> PerItem<TItem>(string memberName, Func<TRecord, ValueList<TItem>> items, string itemMemberName, Func<TItem, EventDate?> date, Func<TItem, string?> itemId, DateRole role, string noun)
        where TItem : class =>
        new(memberName, role, noun, (record, declaration, dates) =>
        {
            var list = items(record);
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is { } item && date(item) is { } found)
                {
                    dates.Add(new RecordDateValue { Declaration = declaration, Date = found, ItemId = itemId(item), ItemPosition = i });
                }
            }
        }, record => items(record).FirstOrDefault(item => item is not null && date(item) is not null) is { } item ? date(item) : null, typeof(TItem), itemMemberName, isList: true);

    /// <summary>Declares that the date may not precede the statements that made the record.</summary>
    internal RecordDate<TRecord> AfterStatements()
    {
        MarkFollowsStatements();
        return this;
    }

    internal override void Collect(IDiplomaticRecord record, List<RecordDateValue> dates) => collect((TRecord)record, this, dates);

    internal override EventDate? First(IDiplomaticRecord record) => first((TRecord)record);
}
