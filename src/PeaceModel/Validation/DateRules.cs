using FluentValidation.Results;
using PeaceModel.Kinds;
using PeaceModel.Serialization;

namespace PeaceModel.Validation;

/// <summary>
/// Dates in order across records, read from the declarations: a date declared to follow the statements
/// that made its record (<see cref="RecordDate.FollowsStatements"/>) is not before them, and a reaction
/// is not expressed before what it answers came into being (<see cref="EventIndex.MadeOn"/>).
/// </summary>
internal sealed class DateRules(EventIndex index, Action<ValidationFailure> report) : CrossRecordRuleSet(index, report)
{
    private static readonly string DateValuePath = ContractNames.Of(typeof(EventDate), nameof(EventDate.Value));

    public override void Check()
    {
        var dates = new List<RecordDateValue>();
        foreach (var kind in RecordKinds.All)
        {
            if (kind.Reference(ReferenceRole.ExpressedIn) is not { } expression)
            {
                continue;
            }

            foreach (var declaration in kind.Dates)
            {
                if (!declaration.FollowsStatements)
                {
                    continue;
                }

                var count = kind.Count(Event);
                for (var i = 0; i < count; i++)
                {
                    if (kind.At(Event, i) is not { } record)
                    {
                        continue;
                    }

                    dates.Clear();
                    declaration.Collect(record, dates);
                    foreach (var value in dates)
                    {
                        NotBeforeStatements(value, record, expression, new RecordLocation(kind, i, declaration.PathOf(value)));
                    }
                }
            }
        }

        CheckReactionsAfterTargets();
    }

    private void NotBeforeStatements(RecordDateValue value, IDiplomaticRecord record, RecordReference expression, RecordLocation path)
    {
        var date = value.Date;
        for (var j = 0; j < expression.Count(record); j++)
        {
            var statementId = expression.IdAt(record, j);
            if (StatementDate(statementId) is { } said && date.LastDay < said.FirstDay)
            {
                Fail($"{path}.{DateValuePath}", ErrorCodes.DateBeforeStatement, date.Value,
                    $"the {value.Declaration.Noun} {Day(date.Value)} is before {Day(said.Value)}, the date of statement '{statementId}' that made it.");
                return;
            }
        }
    }

    /// <summary>A reaction is not expressed before what it answers came into being.</summary>
    private void CheckReactionsAfterTargets()
    {
        var kind = RecordKinds.Reaction;
        var subject = kind.Reference(ReferenceRole.Subject)!;
        var expression = kind.Reference(ReferenceRole.ExpressedIn)!;
        var reactions = Event.Reactions.AsSpan();
        for (var i = 0; i < reactions.Length; i++)
        {
            var targetId = subject.IdAt(reactions[i], 0);
            if (Index.MadeOn(targetId) is not { } target)
            {
                continue;
            }

            for (var j = 0; j < expression.Count(reactions[i]); j++)
            {
                var statementId = expression.IdAt(reactions[i], j);
                if (StatementDate(statementId) is { } said && said.LastDay < target.FirstDay)
                {
                    Fail(new RecordLocation(kind, i, expression.JsonName, j), ErrorCodes.ReactionBeforeTarget, statementId,
                        $"statement '{statementId}' of {Day(said.Value)} expresses this reaction, but '{targetId}', which it reacts to, dates from {Day(target.FirstDay)}.");
                }
            }
        }
    }
}
