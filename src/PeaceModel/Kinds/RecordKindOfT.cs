using FluentValidation;
using PeaceModel.Validation;

namespace PeaceModel.Kinds;

/// <summary>A <see cref="RecordKind"/> whose records are of type <typeparamref name="TRecord"/>.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
public sealed class RecordKind<TRecord> : RecordKind
    where TRecord : class, IDiplomaticRecord
{
    private readonly Func<DiplomaticEvent, ValueList<TRecord>> list;
    /// <summary>The validator of one record, built on first use: listing the kinds (a command's help names them) builds no validator.</summary>
    private readonly Lazy<IValidator<TRecord>> validator;
    private readonly Func<TRecord, string?> summary;
    private readonly Func<TRecord, ValueList<EventCode>>? codes;
    private readonly Func<TRecord, Place?>? place;

    internal RecordKind(
        string memberName,
        Func<DiplomaticEvent, ValueList<TRecord>> list,
        string noun,
        Func<IValidator<TRecord>> validator,
        Func<TRecord, string?> summary,
        RecordReference<TRecord>[] references,
        RecordDate<TRecord>[]? dates = null,
        Func<TRecord, ValueList<EventCode>>? codes = null,
        Func<TRecord, Place?>? place = null)
        : base(typeof(TRecord), memberName, noun, [.. references], dates is null ? default : [.. dates])
    {
        this.list = list;
        this.validator = new(validator, LazyThreadSafetyMode.ExecutionAndPublication);
        this.summary = summary;
        this.codes = codes;
        this.place = place;
    }

    internal override (bool Codes, bool Place) Declares => (codes is not null, place is not null);

    /// <inheritdoc/>
    public override ValueList<EventCode> GetCodes(IDiplomaticRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return codes is null ? default : codes((TRecord)record);
    }

    /// <inheritdoc/>
    public override Place? GetPlace(IDiplomaticRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return place?.Invoke((TRecord)record);
    }

    internal override IValidator Validator => validator.Value;

    /// <inheritdoc/>
    public override string? GetSummary(IDiplomaticRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return summary((TRecord)record);
    }

    /// <summary>Returns the records of this kind in an event, in order, without copying.</summary>
    /// <param name="diplomaticEvent">The event.</param>
    /// <returns>The records.</returns>
    public ValueList<TRecord> GetList(DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        return list(diplomaticEvent);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<IDiplomaticRecord> GetRecords(DiplomaticEvent diplomaticEvent) => GetList(diplomaticEvent);

    internal override void AddRules(AbstractValidator<DiplomaticEvent> eventValidator) =>
        eventValidator.JsonRuleForEach(list, ListName).Nested(validator.Value);

    internal override int Count(DiplomaticEvent diplomaticEvent) => list(diplomaticEvent).Count;

    internal override IDiplomaticRecord? At(DiplomaticEvent diplomaticEvent, int position) => list(diplomaticEvent)[position];
}
