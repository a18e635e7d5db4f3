using System.Globalization;
using PeaceModel.Kinds;
using static PeaceModel.Text.EventText;

namespace PeaceModel.Text;

/// <summary>
/// Words for one record of any kind, as an account tells it: what a proposal, a condition, a reaction
/// or a meeting does, and how to name a record that another one answers. A kind without words of
/// its own here is told from its declaration (its authors, noun and summary), so a new kind reads
/// sensibly with no code; give it words of its own in <see cref="Act"/> and <see cref="Target"/>.
/// </summary>
public static class RecordText
{
    /// <summary>
    /// Says what a record does: <c>proposes direct negotiations to Volodymyr Zelensky (UKR): ...</c>,
    /// <c>rejects Vladimir Putin's proposal of direct negotiations</c>. The actor is left out when it is
    /// <paramref name="speakerId"/>, the speaker under whose statement the act is told.
    /// </summary>
    /// <param name="record">The record, of any declared kind.</param>
    /// <param name="index">The index of its event.</param>
    /// <param name="speakerId">The speaker the account is telling, or <see langword="null"/> to name every actor.</param>
    /// <returns>A clause, without a full stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="index"/> is <see langword="null"/>.</exception>
    public static string Act(IDiplomaticRecord record, EventIndex index, string? speakerId = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(index);
        string Who(string actorId) => actorId == speakerId ? string.Empty : Name(index, actorId) + " ";
        switch (record)
        {
            case Proposal proposal:
                var to = proposal.AddresseeIds.Count > 0 ? " to " + string.Join(", ", proposal.AddresseeIds.Select(id => Name(index, id))) : string.Empty;
                var counters = proposal.CountersId is { } countered ? $", countering {Target(countered, index)}" : string.Empty;
                return $"{Who(proposal.ProposerId)}{Verb(proposal.Act)} {Phrase(proposal.Kind)}{to}{counters}: {proposal.Summary}{Terms(proposal.Terms)}";
            case Condition condition:
                var when = new[]
                {
                    condition.StartsOn is { } starts ? $"starting {Date(starts)}" : null,
                    condition.Deadline is { } deadline ? By(deadline) : null,
                }.OfType<string>();
                var timing = when.Any() ? $" ({string.Join(", ", when)})" : string.Empty;
                var orElse = condition.Consequence is { } consequence ? $"; or else: {consequence.Summary}" : string.Empty;
                var kind = condition.Kind switch
                {
                    ConditionKind.Ultimatum => "an ultimatum",
                    ConditionKind.Deadline => "a deadline",
                    ConditionKind.Exchange => "what it asks in return",
                    _ => "a precondition",
                };
                return $"{Who(condition.SetterId)}sets {kind} on {Target(condition.ProposalId, index)}: {condition.Requirement.TrimEnd('.')}{timing}{orElse}";
            case Meeting meeting:
                var held = $"{meeting.Name ?? Words(meeting.Kind)}{(meeting.Status is { } status ? ": " + Words(status) : string.Empty)}";
                return speakerId is null ? held : "reports " + held;
            case Agreement agreement:
                return $"on {agreement.Name ?? "the agreement"}: {agreement.Summary}";
            case Reaction reaction:
                var summary = reaction.Summary is { } s ? $": {s}" : string.Empty;
                return $"{Who(reaction.ReactorId)}{Verb(reaction.Stance)} {Target(reaction.TargetId, index)}{summary}";
            case Implementation implementation:
                var by = implementation.ReportedById ?? implementation.ActorId;
                var onWhat = implementation.AgreementId ?? implementation.CommitmentId;
                var what = onWhat is null ? string.Empty : " on " + Target(onWhat, index) + (implementation.TermId is { } termId && Part(termId, index) is { } term ? $" ({term})" : string.Empty);
                var facts = new[]
                {
                    implementation.Quantity is { } quantity && !implementation.Summary.Contains(Amount(quantity), StringComparison.OrdinalIgnoreCase) ? Amount(quantity) : null,
                    implementation.Completed ? "completed" : null,
                    implementation.VerifiedById is { } verifier ? "verified by " + Name(index, verifier) : null,
                }.OfType<string>().ToList();
                return $"{(by is null ? string.Empty : Who(by))}reports progress{what}: {implementation.Summary}{(facts.Count > 0 ? $" ({string.Join("; ", facts)})" : string.Empty)}";
            default:
                return Generic(record, index, speakerId);
        }
    }

    /// <summary>Names a record that another one answers or is about: <c>the proposal of direct negotiations by Vladimir Putin (Russia)</c> (never "Putin (Russia)'s"), <c>the Istanbul talks</c>, <c>the incident “Shelling of two villages”</c>; a part of a record (<c>point 4</c>, <c>the term “Both sides pull…”</c>); a record of another document that is not loaded with this one by the report it is in (<c>a record of another report (port-amrel-ceasefire-2026-04-14)</c>).</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="index">The index of its event.</param>
    /// <returns>A noun phrase.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is <see langword="null"/>.</exception>
    public static string Target(string id, EventIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.TryFind(id, out var found) ? found.Record switch
        {
            Proposal proposal => $"the proposal of {Phrase(proposal.Kind)} by {Name(index, proposal.ProposerId)}",
            Condition condition => $"the {Words(condition.Kind)} set by {Name(index, condition.SetterId)}",
            Statement statement => $"the statement of {Day(statement.SaidOn.Value)} by {EventText.Speaker(index, statement)}",
            Agreement agreement => agreement.Name ?? Described(found.Kind, agreement),
            Meeting meeting => meeting.Name ?? $"the {Words(meeting.Kind)}{(meeting.Venue is { } venue ? " in " + venue.Name : string.Empty)}",
            Vote vote => vote.Name ?? Described(found.Kind, vote),
            _ => Described(found.Kind, found.Record),
        }
        : Part(id, index) is { } part ? part
        : id.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash && slash < id.Length - 1 ? $"a record of another report ({id[..slash]})"
        : $"'{id}'";
    }

    /// <summary>
    /// Names a part of a record (a plan's point, an agreement's term) by its number or the start of its
    /// summary: <c>point 4</c>, <c>article 9</c>, <c>the term “Both sides pull their forces back…”</c>; or
    /// <see langword="null"/> when no part has the id.
    /// </summary>
    private static string? Part(string id, EventIndex index)
    {
        foreach (var proposal in index.Event.Proposals)
        {
            if (proposal.Points.FirstOrDefault(p => p.Id == id) is { } point)
            {
                return point.Article is { } number ? $"point {number}" : point.Summary is { Length: > 0 } summary ? $"the point \u201C{Shortened(summary)}\u201D" : "a point";
            }
        }

        foreach (var agreement in index.Event.Agreements)
        {
            if (agreement.Terms.FirstOrDefault(t => t.Id == id) is { } term)
            {
                return term.Article is { } number ? $"article {number}" : term.Summary is { Length: > 0 } summary ? $"the term \u201C{Shortened(summary)}\u201D" : "a term";
            }
        }

        return null;
    }

    /// <summary>
    /// Names a record by its noun and the start of its summary, never by its id: <c>the claim "Varsh's
    /// forces have not fired a single shell"</c>; words for people, not for the model.
    /// </summary>
    private static string Described(RecordKind kind, IDiplomaticRecord record)
    {
        if (kind.GetSummary(record) is not { Length: > 0 } summary)
        {
            return $"the {kind.Noun}";
        }

        return $"the {kind.Noun} \u201C{Shortened(summary)}\u201D";
    }

    /// <summary>A record of a kind without words of its own: its authors (or the actors taking part), its noun, its summary, what it is about.</summary>
    private static string Generic(IDiplomaticRecord record, EventIndex index, string? speakerId)
    {
        var kind = index.TryFind(record.Id, out var found) && ReferenceEquals(found.Record, record) ? found.Kind : RecordKinds.Of(record.GetType());
        var actors = kind.GetIds(record, ReferenceRole.Author) is { Count: > 0 } authors ? authors : kind.GetIds(record, ReferenceRole.Participant);
        var who = string.Join(", ", actors.Where(id => id != speakerId).Select(id => Name(index, id)));
        var about = kind.GetIds(record, ReferenceRole.Subject) is { Count: > 0 } subjects ? " about " + string.Join(", ", subjects.Select(id => Target(id, index))) : string.Empty;
        var summary = kind.GetSummary(record) is { Length: > 0 } text ? ": " + text : string.Empty;
        return $"{(who.Length > 0 ? who + ", " : string.Empty)}{kind.Noun}{about}{summary}";
    }

    /// <summary>An amount as the source words it, or its number and unit: <c>about 60 percent</c>.</summary>
    private static string Amount(Quantity quantity) =>
        quantity.Text ?? $"{(quantity.Approximate ? "about " : string.Empty)}{quantity.Value.ToString(CultureInfo.InvariantCulture)} {quantity.Unit}";

    private static string Terms(Term? terms)
    {
        if (terms is null)
        {
            return string.Empty;
        }

        var parts = new[]
        {
            terms.Venue is { } venue ? $"in {venue.Name}" : null,
            terms.Date is { } date ? $"on {Date(date)}" : null,
            terms.Duration is { } duration ? $"for {Count(duration.Value, Words(duration.Unit))}" : null,
            terms.Deadline is { } deadline ? By(deadline) : null,
            terms.Quantities.Count > 0 ? string.Join(", ", terms.Quantities.Select(Amount)) : null,
            terms.Preconditions switch
            {
                PreconditionStance.ExplicitlyExcluded => "without preconditions",
                PreconditionStance.Required => "with preconditions",
                _ => null,
            },
        }.OfType<string>().ToList();
        return parts.Count > 0 ? $" [{string.Join("; ", parts)}]" : string.Empty;
    }
}
