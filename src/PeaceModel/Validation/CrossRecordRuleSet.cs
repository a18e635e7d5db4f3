using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using PeaceModel.Kinds;

namespace PeaceModel.Validation;

/// <summary>
/// One concern of the rules that span the records of an event (<see cref="CrossRecordRules"/>): the
/// event's index, and one way to report a failure, marked so that it can be told from a rule of one record.
/// </summary>
internal abstract class CrossRecordRuleSet(EventIndex index, Action<ValidationFailure> report)
{
    protected EventIndex Index { get; } = index;

    protected DiplomaticEvent Event => Index.Event;

    public abstract void Check();

    protected static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string WithArticle(string noun) => CrossRecordRules.WithArticle(noun);

    protected EventDate? StatementDate(string? statementId) => Index.Find<Statement>(statementId)?.SaidOn;

    protected void Fail(string path, string code, object? attemptedValue, string message) =>
        report(new ValidationFailure(path, message, attemptedValue) { ErrorCode = code, Severity = Severity.Error, CustomState = CrossRecordRules.FailureState });

    protected void Fail(RecordLocation path, string code, object? attemptedValue, string message) =>
        Fail(path.ToString(), code, attemptedValue, message);
}
