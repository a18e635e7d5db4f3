namespace PeaceModel.Kinds;

/// <summary>A <see cref="RecordReference"/> held by records of type <typeparamref name="TRecord"/>.</summary>
/// <typeparam name="TRecord">The record type that holds the reference.</typeparam>
public sealed class RecordReference<TRecord> : RecordReference
    where TRecord : class, IDiplomaticRecord
{
    private readonly Func<TRecord, string?>? one;
    private readonly Func<TRecord, ValueList<string>>? many;

    private RecordReference(string memberName, ReferenceRole role, Type[] targets, Func<TRecord, string?>? one, Func<TRecord, ValueList<string>>? many)
        : base(typeof(TRecord), memberName, many is not null, role, targets)
    {
        this.one = one;
        this.many = many;
    }

    internal static RecordReference<TRecord> One(string memberName, Func<TRecord, string?> id, ReferenceRole role, params Type[] targets) =>
        new(memberName, role, targets, id, null);

    internal static RecordReference<TRecord> Many(string memberName, Func<TRecord, ValueList<string>> ids, ReferenceRole role, params Type[] targets) =>
        new(memberName, role, targets, null, ids);

    internal override int Count(IDiplomaticRecord record) => many is null ? 1 : many((TRecord)record).Count;

    internal override string? IdAt(IDiplomaticRecord record, int index) =>
        many is null ? one!((TRecord)record) : many((TRecord)record)[index];
}
