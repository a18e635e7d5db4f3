using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace PeaceModel.Validation;

/// <summary>
/// The rules that span the records of one event. One pass builds an index of ids; every check after
/// it is a dictionary look-up, so the whole runs in time linear in the number of records.
/// </summary>
internal sealed class CrossRecordRules
{
    private readonly DiplomaticEvent diplomaticEvent;
    private readonly Action<ValidationFailure> report;
    private readonly Dictionary<string, Entry> index = new(StringComparer.Ordinal);

    private CrossRecordRules(DiplomaticEvent diplomaticEvent, Action<ValidationFailure> report)
    {
        this.diplomaticEvent = diplomaticEvent;
        this.report = report;
    }

    [Flags]
    private enum Kind
    {
        Source = 1,
        Actor = 2,
        Statement = 4,
        Proposal = 8,
        Condition = 16,
        Reaction = 32,
    }

    public static void Check(DiplomaticEvent diplomaticEvent, IReadOnlyDictionary<string, string>? sourceTexts, Action<ValidationFailure> report)
    {
        var rules = new CrossRecordRules(diplomaticEvent, report);
        rules.IndexIds();
        rules.CheckReferences();
        rules.CheckDates();
        if (sourceTexts is not null)
        {
            rules.CheckProvenance(sourceTexts);
        }
    }

    private static string Describe(Kind kind) => kind switch
    {
        Kind.Source => "source document",
        Kind.Actor => "actor",
        Kind.Statement => "statement",
        Kind.Proposal => "proposal",
        Kind.Condition => "condition",
        Kind.Reaction => "reaction",
        _ => JoinAlternatives(Enum.GetValues<Kind>().Where(k => kind.HasFlag(k)).Select(Describe).ToList()),
    };

    private static string JoinAlternatives(List<string> names) =>
        names.Count < 2 ? string.Concat(names) : string.Join(", ", names[..^1]) + " or " + names[^1];

    private static string WithArticle(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    private static string ListName(Kind kind) => kind switch
    {
        Kind.Source => "sources",
        Kind.Actor => "actors",
        Kind.Statement => "statements",
        Kind.Proposal => "proposals",
        Kind.Condition => "conditions",
        _ => "reactions",
    };

    private void IndexIds()
    {
        Add(Kind.Source, diplomaticEvent.Sources.AsSpan(), s => s?.Id);
        Add(Kind.Actor, diplomaticEvent.Actors.AsSpan(), a => a?.Id);
        Add(Kind.Statement, diplomaticEvent.Statements.AsSpan(), s => s?.Id);
        Add(Kind.Proposal, diplomaticEvent.Proposals.AsSpan(), p => p?.Id);
        Add(Kind.Condition, diplomaticEvent.Conditions.AsSpan(), c => c?.Id);
        Add(Kind.Reaction, diplomaticEvent.Reactions.AsSpan(), r => r?.Id);
    }

    private void Add<T>(Kind kind, ReadOnlySpan<T> records, Func<T, string?> id)
    {
        for (var i = 0; i < records.Length; i++)
        {
            var value = id(records[i]);
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (index.TryGetValue(value, out var first))
            {
                Fail($"{ListName(kind)}[{i}].id", ErrorCodes.DuplicateId, value,
                    $"'{value}' is already the id of {ListName(first.Kind)}[{first.Position}]; ids are unique within the event, across all kinds of record.");
            }
            else
            {
                index.Add(value, new Entry(kind, i));
            }
        }
    }

    private void CheckReferences()
    {
        var actors = diplomaticEvent.Actors.AsSpan();
        for (var i = 0; i < actors.Length; i++)
        {
            References(actors[i]?.MemberIds ?? default, new Location("actors", i, "memberIds"), Kind.Actor);
        }

        var statements = diplomaticEvent.Statements.AsSpan();
        for (var i = 0; i < statements.Length; i++)
        {
            if (statements[i] is not { } statement)
            {
                continue;
            }

            Reference(statement.SpeakerId, new Location("statements", i, "speakerId"), Kind.Actor);
            References(statement.AudienceIds, new Location("statements", i, "audienceIds"), Kind.Actor);
            Reference(statement.SourceId, new Location("statements", i, "sourceId"), Kind.Source);
        }

        var proposals = diplomaticEvent.Proposals.AsSpan();
        for (var i = 0; i < proposals.Length; i++)
        {
            if (proposals[i] is not { } proposal)
            {
                continue;
            }

            Reference(proposal.ProposerId, new Location("proposals", i, "proposerId"), Kind.Actor);
            References(proposal.AddresseeIds, new Location("proposals", i, "addresseeIds"), Kind.Actor);
            References(proposal.StatementIds, new Location("proposals", i, "statementIds"), Kind.Statement);
        }

        var conditions = diplomaticEvent.Conditions.AsSpan();
        for (var i = 0; i < conditions.Length; i++)
        {
            if (conditions[i] is not { } condition)
            {
                continue;
            }

            Reference(condition.SetterId, new Location("conditions", i, "setterId"), Kind.Actor);
            Reference(condition.ProposalId, new Location("conditions", i, "proposalId"), Kind.Proposal);
            References(condition.AddresseeIds, new Location("conditions", i, "addresseeIds"), Kind.Actor);
            References(condition.StatementIds, new Location("conditions", i, "statementIds"), Kind.Statement);
        }

        var reactions = diplomaticEvent.Reactions.AsSpan();
        for (var i = 0; i < reactions.Length; i++)
        {
            if (reactions[i] is not { } reaction)
            {
                continue;
            }

            Reference(reaction.ReactorId, new Location("reactions", i, "reactorId"), Kind.Actor);
            Reference(reaction.TargetId, new Location("reactions", i, "targetId"), Kind.Proposal | Kind.Statement | Kind.Condition);
            References(reaction.StatementIds, new Location("reactions", i, "statementIds"), Kind.Statement);
        }
    }

    private void References(ValueList<string> ids, Location path, Kind expected)
    {
        for (var j = 0; j < ids.Count; j++)
        {
            Reference(ids[j], path with { Element = j }, expected);
        }
    }

    private void Reference(string? id, Location path, Kind expected)
    {
        if (string.IsNullOrEmpty(id))
        {
            return; // Absent or blank ids are the record validators' to report.
        }

        if (!index.TryGetValue(id, out var entry))
        {
            Fail(path, ErrorCodes.UnknownReference, id, $"'{id}' names no {Describe(expected)}; {Known(expected)}.");
        }
        else if ((entry.Kind & expected) == 0)
        {
            Fail(path, ErrorCodes.WrongReferenceKind, id,
                $"'{id}' names {WithArticle(Describe(entry.Kind))} ({ListName(entry.Kind)}[{entry.Position}]); expected {WithArticle(Describe(expected))}.");
        }
    }

    /// <summary>Lists the ids of the expected kind, for the message of a failed look-up (only then: it is not on the hot path).</summary>
    private string Known(Kind expected)
    {
        const int Shown = 12;
        var ids = index.Where(pair => (pair.Value.Kind & expected) != 0).Select(pair => pair.Key).ToList();
        if (ids.Count == 0)
        {
            return $"the event has no {Describe(expected)}";
        }

        var list = string.Join(", ", ids.Take(Shown));
        return $"known: {list}{(ids.Count > Shown ? $" and {ids.Count - Shown} more" : string.Empty)}";
    }

    private void CheckDates()
    {
        var proposals = diplomaticEvent.Proposals.AsSpan();
        for (var i = 0; i < proposals.Length; i++)
        {
            if (proposals[i] is { } proposal)
            {
                NotBeforeStatements(proposal.Terms?.Date, proposal.StatementIds, new Location("proposals", i, "terms.date"), "proposed date");
            }
        }

        var conditions = diplomaticEvent.Conditions.AsSpan();
        for (var i = 0; i < conditions.Length; i++)
        {
            if (conditions[i] is { } condition)
            {
                NotBeforeStatements(condition.StartsOn, condition.StatementIds, new Location("conditions", i, "startsOn"), "start");
                NotBeforeStatements(condition.Deadline, condition.StatementIds, new Location("conditions", i, "deadline"), "deadline");
            }
        }

        var reactions = diplomaticEvent.Reactions.AsSpan();
        for (var i = 0; i < reactions.Length; i++)
        {
            if (reactions[i] is not { } reaction || TargetDate(reaction.TargetId) is not { } target)
            {
                continue;
            }

            for (var j = 0; j < reaction.StatementIds.Count; j++)
            {
                if (StatementDate(reaction.StatementIds[j]) is { } said && said.LastDay < target.FirstDay)
                {
                    Fail($"reactions[{i}].statementIds[{j}]", ErrorCodes.ReactionBeforeTarget, reaction.StatementIds[j],
                        $"statement '{reaction.StatementIds[j]}' of {said.Value:yyyy-MM-dd} expresses this reaction, but '{reaction.TargetId}', which it reacts to, dates from {target.FirstDay:yyyy-MM-dd}.");
                }
            }
        }
    }

    private void NotBeforeStatements(EventDate? date, ValueList<string> statementIds, Location path, string what)
    {
        if (date is null)
        {
            return;
        }

        foreach (var statementId in statementIds)
        {
            if (StatementDate(statementId) is { } said && date.LastDay < said.FirstDay)
            {
                Fail($"{path}.value", ErrorCodes.DateBeforeStatement, date.Value,
                    $"the {what} {date.Value:yyyy-MM-dd} is before {said.Value:yyyy-MM-dd}, the date of statement '{statementId}' that made it.");
                return;
            }
        }
    }

    private EventDate? StatementDate(string? statementId) =>
        statementId is not null && index.TryGetValue(statementId, out var entry) && entry.Kind == Kind.Statement
            ? diplomaticEvent.Statements[entry.Position]?.SaidOn
            : null;

    /// <summary>When a target came into being: a statement's date, or the earliest statement that made a proposal or condition.</summary>
    private EventDate? TargetDate(string? targetId)
    {
        if (targetId is null || !index.TryGetValue(targetId, out var entry))
        {
            return null;
        }

        var statementIds = entry.Kind switch
        {
            Kind.Statement => [targetId],
            Kind.Proposal => diplomaticEvent.Proposals[entry.Position]?.StatementIds ?? default,
            Kind.Condition => diplomaticEvent.Conditions[entry.Position]?.StatementIds ?? default,
            _ => default,
        };

        EventDate? earliest = null;
        foreach (var statementId in statementIds)
        {
            if (StatementDate(statementId) is { } said && (earliest is null || said.FirstDay < earliest.FirstDay))
            {
                earliest = said;
            }
        }

        return earliest;
    }

    private void CheckProvenance(IReadOnlyDictionary<string, string> sourceTexts)
    {
        var sources = diplomaticEvent.Sources.AsSpan();
        for (var k = 0; k < sources.Length; k++)
        {
            if (sources[k] is { Sha256: { } expected, Id: { } id } && Patterns.Sha256().IsMatch(expected)
                && sourceTexts.TryGetValue(id, out var text) && text is not null)
            {
                var actual = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
                if (actual != expected)
                {
                    Fail($"sources[{k}].sha256", ErrorCodes.SourceTextMismatch, expected,
                        $"the supplied text of '{id}' has SHA-256 {actual}, not {expected}: it is not the text this event was modeled from.");
                }
            }
        }

        var statements = diplomaticEvent.Statements.AsSpan();
        for (var i = 0; i < statements.Length; i++)
        {
            if (statements[i] is not { SourceId: { } sourceId } statement
                || !sourceTexts.TryGetValue(sourceId, out var text) || text is null)
            {
                continue;
            }

            for (var j = 0; j < statement.Quotations.Count; j++)
            {
                CheckQuotation(statement.Quotations[j], text, sourceId, new Location("statements", i, "quotations", j));
            }
        }
    }

    private void CheckQuotation(Quotation quotation, string text, string sourceId, Location path)
    {
        if (quotation?.Text is null || quotation.Start < 0 || quotation.Length < 0)
        {
            return; // The quotation validator reports these.
        }

        if ((long)quotation.Start + quotation.Length > text.Length)
        {
            Fail($"{path}.start", ErrorCodes.QuotationOutOfRange, quotation.Start,
                $"the quotation spans {quotation.Start} to {(long)quotation.Start + quotation.Length}, but the text of '{sourceId}' has only {text.Length} UTF-16 code units.");
            return;
        }

        var actual = text.AsSpan(quotation.Start, quotation.Length);
        if (!actual.SequenceEqual(quotation.Text))
        {
            var found = actual.Length > 80 ? string.Concat(actual[..77], "...") : actual.ToString();
            var located = text.IndexOf(quotation.Text, StringComparison.Ordinal);
            var hint = located >= 0 ? $"; the quotation stands at start {located}" : "; the quotation is found nowhere in the text";
            Fail($"{path}.text", ErrorCodes.QuotationMismatch, quotation.Text,
                $"the text of '{sourceId}' at {quotation.Start} (length {quotation.Length}) reads \"{found}\", not the quotation{hint}.");
        }
    }

    private void Fail(string path, string code, object? attemptedValue, string message) =>
        report(new ValidationFailure(path, message, attemptedValue) { ErrorCode = code, Severity = Severity.Error });

    private void Fail(Location path, string code, object? attemptedValue, string message) =>
        Fail(path.ToString(), code, attemptedValue, message);

    /// <summary>Where a value stands, formatted as a path (<c>statements[2].speakerId</c>) only when a failure is reported.</summary>
    private readonly record struct Location(string List, int Index, string Property, int Element = -1)
    {
        public override string ToString() =>
            Element < 0 ? $"{List}[{Index}].{Property}" : $"{List}[{Index}].{Property}[{Element}]";
    }

    private readonly record struct Entry(Kind Kind, int Position);
}
