using FluentValidation.Results;
using PeaceModel.Kinds;
using PeaceModel.Serialization;

namespace PeaceModel.Validation;

/// <summary>
/// Dates in order across records, read from the declarations: a date declared to follow the statements
/// that made its record (<see cref="RecordDate.FollowsStatements"/>) is not before them, a date stated
/// relative to another record (<see cref="EventDate.AnchorId"/>) names it and is on its side, and a
/// reaction is not expressed before what it answers came into being (<see cref="EventIndex.MadeOn"/>).
/// </summary>
internal sealed class DateRules(EventIndex index, Action<ValidationFailure> report) : CrossRecordRuleSet(index, report)
{
    private static readonly string DateValuePath = ContractNames.Of(typeof(EventDate), nameof(EventDate.Value));
    private static readonly string AnchorPath = ContractNames.Of(typeof(EventDate), nameof(EventDate.AnchorId));

    public override void Check()
    {
        // One pass over every declared date: a date that must not precede its record's statements is
        // checked against them, and a date stated relative to another record against that record.
        var dates = new List<RecordDateValue>();
        foreach (var kind in RecordKinds.All)
        {
            var expression = kind.Reference(ReferenceRole.ExpressedIn);
            var count = kind.Count(Event);
            for (var i = 0; i < count; i++)
            {
                if (kind.At(Event, i) is not { } record)
                {
                    continue;
                }

                foreach (var declaration in kind.Dates)
                {
                    dates.Clear();
                    declaration.Collect(record, dates);
                    foreach (var value in dates)
                    {
                        var follows = expression is not null && declaration.FollowsStatements;
                        if (follows || value.Date.AnchorId is { Length: > 0 })
                        {
                            var location = new RecordLocation(kind, i, declaration.PathOf(value));
                            if (follows)
                            {
                                NotBeforeStatements(value, record, expression!, location);
                            }

                            // An anchor that is not an id (one of another report, 'document/record') is refused by its own rule (PM0003).
                            if (value.Date.AnchorId is { Length: > 0 } anchorId && !anchorId.Contains('/', StringComparison.Ordinal))
                            {
                                CheckAnchor(value, anchorId, record, location);
                            }
                        }
                    }
                }
            }
        }

        CheckReactionsAfterTargets();
    }

    /// <summary>
    /// A date stated relative to another record (<see cref="EventDate.AnchorId"/>) names a record of this
    /// event other than its own, and is on the side of the anchor's date its modifier says.
    /// </summary>
    private void CheckAnchor(RecordDateValue value, string anchorId, IDiplomaticRecord record, RecordLocation location)
    {
        var path = $"{location}.{AnchorPath}";
        if (anchorId == record.Id)
        {
            Fail(path, ErrorCodes.InvalidDate, anchorId, $"the {value.Declaration.Noun} is stated relative to its own record '{anchorId}'; name the record it follows or precedes.");
            return;
        }

        if (!Index.TryFind(anchorId, out _))
        {
            Fail(path, ErrorCodes.UnknownReference, anchorId, $"'{anchorId}' names no record of this event; a date is anchored to a record of the same report.");
            return;
        }

        if (Index.MadeOn(anchorId) is not { } anchor)
        {
            return;
        }

        var date = value.Date;
        var wrongSide = date.Modifier switch
        {
            DateModifier.After or DateModifier.OnOrAfter => date.LastDay < anchor.FirstDay,
            DateModifier.Before or DateModifier.OnOrBefore => date.FirstDay > anchor.LastDay,
            _ => false,
        };
        if (wrongSide)
        {
            Fail(path, ErrorCodes.InvalidDate, anchorId,
                $"the {value.Declaration.Noun} {Day(date.Value)} is said to be {Text.EventText.Words(date.Modifier!.Value)} '{anchorId}', whose date is {Day(anchor.Value)}.");
        }
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
