using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using PeaceModel.Kinds;
using PeaceModel.Serialization;

namespace PeaceModel.Validation;

/// <summary>
/// The rules that span the records of one event, driven by the declarations in <see cref="RecordKinds"/>.
/// One <see cref="EventIndex"/> is built per event; every check after it is a dictionary look-up, so
/// the whole runs in time linear in the number of records.
/// </summary>
internal sealed class CrossRecordRules
{
    private static readonly string ProposedDatePath =
        $"{ContractNames.Of(typeof(Proposal), nameof(Proposal.Terms))}.{ContractNames.Of(typeof(Term), nameof(Term.Date))}";

    private static readonly string StartsOnPath = ContractNames.Of(typeof(Condition), nameof(Condition.StartsOn));
    private static readonly string DeadlinePath = ContractNames.Of(typeof(Condition), nameof(Condition.Deadline));
    private static readonly string DateValuePath = ContractNames.Of(typeof(EventDate), nameof(EventDate.Value));
    private static readonly string Sha256Path = ContractNames.Of(typeof(SourceDocument), nameof(SourceDocument.Sha256));
    private static readonly string QuotationsPath = ContractNames.Of(typeof(Statement), nameof(Statement.Quotations));
    private static readonly string QuotationStartPath = ContractNames.Of(typeof(Quotation), nameof(Quotation.Start));
    private static readonly string QuotationTextPath = ContractNames.Of(typeof(Quotation), nameof(Quotation.Text));
    private static readonly string IdPath = ContractNames.Of(typeof(Actor), nameof(Actor.Id));
    private static readonly string ActsForPath = ContractNames.Of(typeof(Actor), nameof(Actor.ActsForId));
    private static readonly string TitlePath = ContractNames.Of(typeof(DiplomaticEvent), nameof(DiplomaticEvent.Title));
    private static readonly string ActorNamePath = ContractNames.Of(typeof(Actor), nameof(Actor.Name));
    private static readonly string ActorRolePath = ContractNames.Of(typeof(Actor), nameof(Actor.Role));
    private static readonly string ParaphrasePath = ContractNames.Of(typeof(Statement), nameof(Statement.Paraphrase));
    private static readonly string TermIdPath = ContractNames.Of(typeof(Implementation), nameof(Implementation.TermId));
    private static readonly string StancePath = ContractNames.Of(typeof(Reaction), nameof(Reaction.Stance));
    private static readonly string CountersPath = ContractNames.Of(typeof(Proposal), nameof(Proposal.CountersId));
    private static readonly string ParticipantsPath = ContractNames.Of(typeof(Meeting), nameof(Meeting.Participants));
    private static readonly string ParticipantRolePath = ContractNames.Of(typeof(Participant), nameof(Participant.Role));
    private static readonly string MeetingStatusPath = ContractNames.Of(typeof(Meeting), nameof(Meeting.Status));
    private static readonly string SignatoriesPath = ContractNames.Of(typeof(Agreement), nameof(Agreement.Signatories));
    private static readonly string SignatoryCountPath = ContractNames.Of(typeof(Signatory), nameof(Signatory.Count));

    private readonly EventIndex index;
    private readonly Action<ValidationFailure> report;

    private CrossRecordRules(EventIndex index, Action<ValidationFailure> report)
    {
        this.index = index;
        this.report = report;
    }

    private DiplomaticEvent Event => index.Event;

    public static void Check(DiplomaticEvent diplomaticEvent, IReadOnlyDictionary<string, string>? sourceTexts, Action<ValidationFailure> report)
    {
        var rules = new CrossRecordRules(EventIndex.Create(diplomaticEvent), report);
        rules.CheckUniqueIds();
        rules.CheckReferences();
        rules.CheckDates();
        rules.CheckRoles();
        rules.CheckPlaceholders();
        if (sourceTexts is not null)
        {
            rules.CheckProvenance(sourceTexts);
        }
    }

    /// <summary>The nouns of the kinds a reference may name, joined with "or": <c>proposal, statement or condition</c>.</summary>
    private static string Describe(RecordReference reference)
    {
        var names = RecordKinds.All.Where(reference.CanTarget).Select(k => k.Noun).ToList();
        return names.Count < 2 ? string.Concat(names) : string.Join(", ", names[..^1]) + " or " + names[^1];
    }

    internal static string WithArticle(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void CheckUniqueIds()
    {
        foreach (var duplicate in index.Duplicates)
        {
            var id = duplicate.Record.Id;
            index.TryFind(id, out var first);
            Fail($"{duplicate.Path}.{IdPath}", ErrorCodes.DuplicateId, id,
                $"'{id}' is already the id of {first.Path}; ids are unique within the event, across all kinds of record.");
        }
    }

    private void CheckReferences()
    {
        foreach (var (link, id) in EventIndex.Links(Event))
        {
            Reference(id, link);
        }
    }

    private void Reference(string? id, IncomingReference link)
    {
        var reference = link.Reference;
        if (string.IsNullOrEmpty(id))
        {
            return; // Absent or blank ids are the record validators' to report.
        }

        if (reference.AllowsExternal && ExternalId.TryParse(id, out var documentId, out var recordId))
        {
            if (documentId != Event.Id)
            {
                if (Event.ThreadId is null)
                {
                    Fail(new Location(link.From.Kind, link.From.Position, reference.PathAt(link.From.Record, link.Element)), ErrorCodes.ThreadMismatch, id,
                        $"'{id}' names a record of document '{documentId}', but this document belongs to no thread; references across documents stay within one thread (give both documents the same 'threadId').");
                }

                return; // A record of another document: resolved when the thread is checked (ThreadValidator).
            }

            id = recordId; // This document's own record, named the long way.
        }

        var path = new Location(link.From.Kind, link.From.Position, reference.PathAt(link.From.Record, link.Element));
        if (!index.TryFind(id, out var entry))
        {
            Fail(path, ErrorCodes.UnknownReference, id, $"'{id}' names no {Describe(reference)}; {Known(reference)}.");
        }
        else if (!reference.CanTarget(entry.Kind))
        {
            Fail(path, ErrorCodes.WrongReferenceKind, id,
                $"'{id}' names {WithArticle(entry.Kind.Noun)} ({entry.Path}); expected {WithArticle(Describe(reference))}.");
        }
    }

    /// <summary>Lists the ids of the kinds a reference may name, for the message of a failed look-up (only then: it is not on the hot path).</summary>
    private string Known(RecordReference reference)
    {
        const int Shown = 12;
        var ids = EventIndex.Records(Event)
            .Where(entry => reference.CanTarget(entry.Kind) && index.TryFind(entry.Record.Id, out var first) && first == entry)
            .Select(entry => entry.Record.Id)
            .ToList();

        if (ids.Count == 0)
        {
            return $"the event has no {Describe(reference)}";
        }

        var list = string.Join(", ", ids.Take(Shown));
        return $"known: {list}{(ids.Count > Shown ? $" and {ids.Count - Shown} more" : string.Empty)}";
    }

    private void CheckDates()
    {
        var proposals = Event.Proposals.AsSpan();
        for (var i = 0; i < proposals.Length; i++)
        {
            NotBeforeStatements(proposals[i].Terms?.Date, proposals[i].StatementIds, new Location(RecordKinds.Proposal, i, ProposedDatePath), "proposed date");
        }

        var conditions = Event.Conditions.AsSpan();
        for (var i = 0; i < conditions.Length; i++)
        {
            NotBeforeStatements(conditions[i].StartsOn, conditions[i].StatementIds, new Location(RecordKinds.Condition, i, StartsOnPath), "start");
            NotBeforeStatements(conditions[i].Deadline, conditions[i].StatementIds, new Location(RecordKinds.Condition, i, DeadlinePath), "deadline");
        }

        // A reaction is not expressed before what it answers came into being.
        var kind = RecordKinds.Reaction;
        var subject = kind.Reference(ReferenceRole.Subject)!;
        var expression = kind.Reference(ReferenceRole.Expression)!;
        var reactions = Event.Reactions.AsSpan();
        for (var i = 0; i < reactions.Length; i++)
        {
            var targetId = subject.IdAt(reactions[i], 0);
            if (TargetDate(targetId) is not { } target)
            {
                continue;
            }

            for (var j = 0; j < expression.Count(reactions[i]); j++)
            {
                var statementId = expression.IdAt(reactions[i], j);
                if (StatementDate(statementId) is { } said && said.LastDay < target.FirstDay)
                {
                    Fail(new Location(kind, i, expression.JsonName, j), ErrorCodes.ReactionBeforeTarget, statementId,
                        $"statement '{statementId}' of {Day(said.Value)} expresses this reaction, but '{targetId}', which it reacts to, dates from {Day(target.FirstDay)}.");
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
                Fail($"{path}.{DateValuePath}", ErrorCodes.DateBeforeStatement, date.Value,
                    $"the {what} {Day(date.Value)} is before {Day(said.Value)}, the date of statement '{statementId}' that made it.");
                return;
            }
        }
    }

    private EventDate? StatementDate(string? statementId) => index.Find<Statement>(statementId)?.SaidOn;

    /// <summary>When a target came into being: a statement's date, or the earliest of the statements that express it.</summary>
    private EventDate? TargetDate(string? targetId)
    {
        if (!index.TryFind(targetId, out var entry))
        {
            return null;
        }

        if (entry.Record is Statement statement)
        {
            return statement.SaidOn;
        }

        if (entry.Record is Agreement agreement)
        {
            return agreement.Date;
        }

        if (entry.Kind.Reference(ReferenceRole.Expression) is not { } expression)
        {
            return null;
        }

        EventDate? earliest = null;
        for (var j = 0; j < expression.Count(entry.Record); j++)
        {
            if (StatementDate(expression.IdAt(entry.Record, j)) is { } said && (earliest is null || said.FirstDay < earliest.FirstDay))
            {
                earliest = said;
            }
        }

        return earliest;
    }

    /// <summary>Roles that must make sense across records: who may withdraw, who counters whom, who acts for whom, who signs as what.</summary>
    private void CheckRoles()
    {
        var actors = Event.Actors.AsSpan();
        for (var i = 0; i < actors.Length; i++)
        {
            if (actors[i]?.ActsForId is { Length: > 0 } principal && principal != actors[i].Id && ActsForLoops(actors[i].Id))
            {
                Fail(new Location(RecordKinds.Actor, i, ActsForPath), ErrorCodes.ActsForCycle, principal,
                    $"'{actors[i].Id}' acts for '{principal}', and following 'acts for' from there leads back to '{actors[i].Id}'; a chain of 'acts for' ends at a party that acts for itself.");
            }
        }

        var reactions = Event.Reactions.AsSpan();
        for (var i = 0; i < reactions.Length; i++)
        {
            if (reactions[i] is { Stance: Stance.Withdraw or Stance.Maintain or Stance.Suspend, ReactorId: { } reactor, TargetId: { } target } reaction
                && !string.IsNullOrEmpty(reactor) && index.TryFind(target, out _))
            {
                if (index.Find<Agreement>(target) is { } agreement)
                {
                    if (!agreement.Signatories.Any(s => s is { Role: SignatoryRole.Party } && index.SameParty(reactor, s.ActorId)))
                    {
                        Fail(new Location(RecordKinds.Reaction, i, StancePath), ErrorCodes.InvalidRole, reaction.Stance,
                            $"only a party to an agreement withdraws from it, suspends it or says it keeps to it; '{reactor}' acts for none of the parties of '{target}'.");
                    }

                    continue;
                }

                var proposer = index.Find<Proposal>(target)?.ProposerId;
                if (reaction.Stance == Stance.Suspend)
                {
                    Fail(new Location(RecordKinds.Reaction, i, StancePath), ErrorCodes.InvalidRole, reaction.Stance,
                        $"only an agreement is suspended; '{target}' is not one.");
                }
                else if (proposer is null || !index.SameParty(reactor, proposer))
                {
                    Fail(new Location(RecordKinds.Reaction, i, StancePath), ErrorCodes.InvalidRole, reaction.Stance,
                        proposer is null
                            ? $"only a proposal or an agreement is withdrawn from or maintained; '{target}' is neither."
                            : $"only the proposer's side withdraws or maintains a proposal; '{reactor}' does not act for '{index.PartyOf(proposer)}', the party of proposer '{proposer}'.");
                }
            }
        }

        for (var i = 0; i < reactions.Length; i++)
        {
            if (reactions[i] is { Stance: var stance, TargetId: { } target } reaction && index.TryFind(target, out var found)
                && (stance is Stance.Confirm or Stance.Deny) != found.Record is Claim)
            {
                Fail(new Location(RecordKinds.Reaction, i, StancePath), ErrorCodes.InvalidRole, reaction.Stance,
                    stance is Stance.Confirm or Stance.Deny
                        ? $"only a claim is confirmed or denied; '{target}' is {WithArticle(found.Kind.Noun)}. To refuse a demand, reject it."
                        : $"a claim is confirmed or denied, not answered with '{Text.EventText.Words(stance)}'; to dispute '{target}', deny it.");
            }
        }

        var implementations = Event.Implementations.AsSpan();
        for (var i = 0; i < implementations.Length; i++)
        {
            if (implementations[i] is { TermId: { Length: > 0 } termId, AgreementId: { } agreementId }
                && index.Find<Agreement>(ExternalId.TryParse(agreementId, out var document, out var local) && document == Event.Id ? local : agreementId) is { } agreement
                && !agreement.Terms.Any(t => t?.Id == termId))
            {
                Fail(new Location(RecordKinds.Implementation, i, TermIdPath), ErrorCodes.UnknownReference, termId,
                    $"'{termId}' names no term of agreement '{agreement.Id}'; its terms: {string.Join(", ", agreement.Terms.Select(t => t?.Id).OfType<string>())}.");
            }
        }

        var proposals = Event.Proposals.AsSpan();
        for (var i = 0; i < proposals.Length; i++)
        {
            if (proposals[i] is { CountersId: { Length: > 0 } countered, ProposerId: { Length: > 0 } proposer }
                && index.Find<Proposal>(countered) is { ProposerId: { Length: > 0 } original } && countered != proposals[i].Id && index.SameParty(proposer, original))
            {
                Fail(new Location(RecordKinds.Proposal, i, CountersPath), ErrorCodes.InvalidRole, countered,
                    $"'{countered}' is proposed by the same party ('{index.PartyOf(proposer)}'); a counter-proposal answers another party's proposal. Amend your own with a new proposal instead.");
            }
        }

        var meetings = Event.Meetings.AsSpan();
        for (var i = 0; i < meetings.Length; i++)
        {
            if (meetings[i] is not { } meeting)
            {
                continue;
            }

            for (var j = 0; j < meeting.Participants.Count; j++)
            {
                if (meeting.Participants[j] is { Role: ParticipantRole.HeadOfDelegation or ParticipantRole.Delegate, ActorId: { Length: > 0 } member }
                    && index.Find<Actor>(member) is { ActsForId: null })
                {
                    Fail(new Location(RecordKinds.Meeting, i, $"{ParticipantsPath}[{j}].{ParticipantRolePath}"), ErrorCodes.InvalidRole, meeting.Participants[j].Role,
                        $"'{member}' is in a delegation but acts for no one; give the actor 'actsForId', the party whose delegation it belongs to.");
                }
            }

            if (meeting.Status is null && !string.IsNullOrEmpty(meeting.Id)
                && !index.ReferencesTo(meeting.Id).Any(r => r.Reference.Role == ReferenceRole.Occasion && r.From.Record is Proposal or Agreement))
            {
                Fail(new Location(RecordKinds.Meeting, i, MeetingStatusPath), ErrorCodes.MissingStatus, null,
                    $"no proposal proposes '{meeting.Id}' and no agreement schedules it, so its status cannot be derived; say whether it is proposed, scheduled, held, postponed or cancelled.");
            }
        }

        var agreements = Event.Agreements.AsSpan();
        for (var i = 0; i < agreements.Length; i++)
        {
            var signatories = agreements[i]?.Signatories ?? default;
            for (var j = 0; j < signatories.Count; j++)
            {
                if (signatories[j] is { Count: { } count, ActorId: { Length: > 0 } group } && index.Find<Actor>(group) is { } actor
                    && (actor.Kind is not (ActorKind.Group or ActorKind.InternationalOrganization) || count > actor.MemberCount))
                {
                    Fail(new Location(RecordKinds.Agreement, i, $"{SignatoriesPath}[{j}].{SignatoryCountPath}"), ErrorCodes.InvalidRole, count,
                        actor.Kind is not (ActorKind.Group or ActorKind.InternationalOrganization)
                            ? $"'{group}' is a {actor.Kind.ToString().ToLowerInvariant()}, not a group; only a group's entry counts members."
                            : string.Create(CultureInfo.InvariantCulture, $"{count} of the members of '{group}' cannot act: it has {(actor.MemberCount is { } total ? $"{total} members" : "no stated member count; give the group 'memberCount'")}."));
                }
            }
        }
    }

    /// <summary>Texts a draft left for a person to fill in: they start with "TODO:" and say what is missing.</summary>
    private void CheckPlaceholders()
    {
        if (Event.Title is { } title && IsPlaceholder(title))
        {
            Fail(TitlePath, ErrorCodes.DraftPlaceholder, title, Placeholder(title));
        }

        var actors = Event.Actors.AsSpan();
        for (var i = 0; i < actors.Length; i++)
        {
            // Two fields, checked without building anything: this runs on every event validated.
            if (actors[i]?.Name is { } name && IsPlaceholder(name))
            {
                Fail(new Location(RecordKinds.Actor, i, ActorNamePath), ErrorCodes.DraftPlaceholder, name, Placeholder(name));
            }

            if (actors[i]?.Role is { } role && IsPlaceholder(role))
            {
                Fail(new Location(RecordKinds.Actor, i, ActorRolePath), ErrorCodes.DraftPlaceholder, role, Placeholder(role));
            }
        }

        var statements = Event.Statements.AsSpan();
        for (var i = 0; i < statements.Length; i++)
        {
            if (statements[i]?.Paraphrase is { } paraphrase && IsPlaceholder(paraphrase))
            {
                Fail(new Location(RecordKinds.Statement, i, ParaphrasePath), ErrorCodes.DraftPlaceholder, paraphrase, Placeholder(paraphrase));
            }
        }

        static bool IsPlaceholder(string text) => text.StartsWith("TODO:", StringComparison.Ordinal);

        static string Placeholder(string text) => "a draft placeholder is still here; " + text["TODO:".Length..].Trim();
    }

    /// <summary>Whether following "acts for" from an actor comes back to it (a walk of at most as many steps as there are actors; nothing allocated).</summary>
    private bool ActsForLoops(string actorId)
    {
        var current = index.Find<Actor>(actorId)?.ActsForId;
        for (var steps = 0; steps < Event.Actors.Count && !string.IsNullOrEmpty(current); steps++)
        {
            if (current == actorId)
            {
                return true;
            }

            current = index.Find<Actor>(current)?.ActsForId;
        }

        return false;
    }

    private void CheckProvenance(IReadOnlyDictionary<string, string> sourceTexts)
    {
        var sources = Event.Sources.AsSpan();
        for (var k = 0; k < sources.Length; k++)
        {
            if (sources[k] is { Sha256: { } expected, Id: { } id } && Patterns.Sha256().IsMatch(expected)
                && sourceTexts.TryGetValue(id, out var text) && text is not null)
            {
                var actual = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
                if (actual != expected)
                {
                    Fail(new Location(RecordKinds.Source, k, Sha256Path), ErrorCodes.SourceTextMismatch, expected,
                        $"the supplied text of '{id}' has SHA-256 {actual}, not {expected}: it is not the text this event was modeled from.");
                }
            }
        }

        var statements = Event.Statements.AsSpan();
        for (var i = 0; i < statements.Length; i++)
        {
            if (statements[i] is not { SourceId: { } sourceId } statement
                || !sourceTexts.TryGetValue(sourceId, out var text) || text is null)
            {
                continue;
            }

            for (var j = 0; j < statement.Quotations.Count; j++)
            {
                CheckQuotation(statement.Quotations[j], text, sourceId, new Location(RecordKinds.Statement, i, QuotationsPath, j));
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
            Fail($"{path}.{QuotationStartPath}", ErrorCodes.QuotationOutOfRange, quotation.Start,
                string.Create(CultureInfo.InvariantCulture, $"the quotation spans {quotation.Start} to {(long)quotation.Start + quotation.Length}, but the text of '{sourceId}' has only {text.Length} UTF-16 code units."));
            return;
        }

        var actual = text.AsSpan(quotation.Start, quotation.Length);
        if (!actual.SequenceEqual(quotation.Text))
        {
            var found = actual.Length > 80 ? string.Concat(actual[..77], "...") : actual.ToString();
            var located = text.IndexOf(quotation.Text, StringComparison.Ordinal);
            var hint = located >= 0 ? string.Create(CultureInfo.InvariantCulture, $"; the quotation stands at start {located}") : "; the quotation is found nowhere in the text";
            Fail($"{path}.{QuotationTextPath}", ErrorCodes.QuotationMismatch, quotation.Text,
                string.Create(CultureInfo.InvariantCulture, $"the text of '{sourceId}' at {quotation.Start} (length {quotation.Length}) reads \"{found}\", not the quotation{hint}."));
        }
    }

    /// <summary>The <see cref="ValidationFailure.CustomState"/> of every failure found here, so that a rule between records can be told from a rule of one record.</summary>
    public static object Marker { get; } = new();

    private void Fail(string path, string code, object? attemptedValue, string message) =>
        report(new ValidationFailure(path, message, attemptedValue) { ErrorCode = code, Severity = Severity.Error, CustomState = Marker });

    private void Fail(Location path, string code, object? attemptedValue, string message) =>
        Fail(path.ToString(), code, attemptedValue, message);

    /// <summary>Where a value stands, formatted as a path (<c>statements[2].speakerId</c>) only when a failure is reported.</summary>
    private readonly record struct Location(RecordKind Kind, int Index, string Property, int Element = -1)
    {
        public override string ToString() => Element < 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Kind.ListName}[{Index}].{Property}")
            : string.Create(CultureInfo.InvariantCulture, $"{Kind.ListName}[{Index}].{Property}[{Element}]");
    }
}
