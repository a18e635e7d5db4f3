using System.Text;
using PeaceModel.Analysis;
using PeaceModel.Kinds;
using static PeaceModel.Text.EventText;

namespace PeaceModel.Text;

/// <summary>
/// Words an <see cref="EpisodeAnalysis"/> for people: why each party stands where it does, why a
/// proposal has its status, what each timeline entry is, a status table in Markdown and a timeline
/// in plain text. The analysis itself is data; every sentence about it is made here.
/// </summary>
public static class AnalysisText
{
    /// <summary>
    /// Writes the analysis as Markdown tables: each proposal with its status, standing and the
    /// addressees' positions; each agreement with its signatures; each meeting with its status.
    /// Sections without records are left out.
    /// </summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The tables, each line ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is <see langword="null"/>.</exception>
    public static string StatusTable(EpisodeAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var index = EventIndex.Create(analysis.Event);
        var text = new StringBuilder();
        if (analysis.Proposals.Count > 0)
        {
            text.Append("| proposal | proposed by, to | status | why (rule: records) |\n|---|---|---|---|\n");
            foreach (var proposal in analysis.Proposals)
            {
                var to = proposal.Proposal.AddresseeIds.Count == 0 ? "no one named" : string.Join(", ", proposal.Proposal.AddresseeIds.Select(id => Name(index, id)));
                var why = $"{Explain(proposal, index)} ({Cite(proposal.Reason)})";
                text.Append($"| {Cell(proposal.Proposal.Summary)} | {Cell(Name(index, proposal.Proposal.ProposerId))} to {Cell(to)} | **{Words(proposal.Status)}** | {Cell(why)} |\n");
            }
        }

        if (analysis.Agreements.Count > 0)
        {
            text.Append(text.Length > 0 ? "\n" : string.Empty).Append("| agreement | status | signatures | compliance; implementation | why (rule: records) |\n|---|---|---|---|---|\n");
            foreach (var agreement in analysis.Agreements)
            {
                var title = agreement.Agreement.Name ?? agreement.Agreement.Summary;
                text.Append($"| {Cell(title)} | **{Words(agreement.Status)}** | {Cell(Signatures(agreement, index))} | {Cell(Keeping(agreement))} | {Cite(agreement.Reason)} |\n");
            }
        }

        if (analysis.Meetings.Count > 0)
        {
            text.Append(text.Length > 0 ? "\n" : string.Empty).Append("| meeting | when, where | status | why (rule: records) |\n|---|---|---|---|\n");
            foreach (var meeting in analysis.Meetings)
            {
                var m = meeting.Meeting;
                var when = (m.Date is { } date ? Date(date) : "date not reported") + (m.Venue is { } venue ? ", " + venue.Name : string.Empty);
                text.Append($"| {Cell(m.Name ?? Words(m.Kind))} | {Cell(when)} | **{Words(meeting.Status)}** | {Cite(meeting.Reason)} |\n");
            }
        }

        if (analysis.Votes.Count > 0)
        {
            text.Append(text.Length > 0 ? "\n" : string.Empty).Append("| vote | body, when | outcome | tally; why (rule: records) |\n|---|---|---|---|\n");
            foreach (var vote in analysis.Votes)
            {
                var v = vote.Vote;
                var tally = vote.Tally is { } t ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{t.For} for, {t.Against} against, {t.Abstain} abstaining") : "no tally reported";
                var vetoes = vote.VetoIds.Count > 0 ? $"; veto: {string.Join(", ", vote.VetoIds.Select(id => Name(index, id)))}" : string.Empty;
                var reported = vote.AgreesWithReport == false ? $"; the report says {Words(v.Outcome!.Value)}" : string.Empty;
                text.Append($"| {Cell(v.Name ?? v.Summary)} | {Cell($"{Name(index, v.BodyId)}, {Date(v.Date)}")} | **{Words(vote.Status)}** | {Cell($"{tally}{vetoes}{reported}; {Cite(vote.Reason)}")} |\n");
            }
        }

        if (analysis.Commitments.Count > 0)
        {
            text.Append(text.Length > 0 ? "\n" : string.Empty).Append("| commitment | by | status | why (rule: records) |\n|---|---|---|---|\n");
            foreach (var commitment in analysis.Commitments)
            {
                var c = commitment.Commitment;
                var notes = (commitment.Conditional ? "; conditional" : string.Empty) + (commitment.WaitsForIds.Count > 0 ? $"; waits for {string.Join(", ", commitment.WaitsForIds)}" : string.Empty);
                text.Append($"| {Cell(c.Summary)} | {Cell(Name(index, c.CommitterId))} | **{Words(commitment.Status)}** | {Cell(Cite(commitment.Reason) + notes)} |\n");
            }
        }

        if (analysis.Claims.Count > 0)
        {
            text.Append(text.Length > 0 ? "\n" : string.Empty).Append("| claim | asserted by | status | why (rule: records) |\n|---|---|---|---|\n");
            foreach (var claim in analysis.Claims)
            {
                var by = claim.Claim.ClaimantId is { } claimant ? Name(index, claimant) : claim.Claim.Source ?? Words(claim.Claim.Attribution);
                var denied = claim.DeniedByIds.Count > 0 ? $"; denied by {string.Join(", ", claim.DeniedByIds.Select(id => Name(index, id)))}" : string.Empty;
                var confirmed = claim.ConfirmedByIds.Count > 0 ? $"; confirmed by {string.Join(", ", claim.ConfirmedByIds.Select(id => Name(index, id)))}" : string.Empty;
                text.Append($"| {Cell(claim.Claim.Summary)} | {Cell(by + $" ({Words(claim.Claim.Attribution)})")} | **{Words(claim.Status)}** | {Cell(Cite(claim.Reason) + denied + confirmed)} |\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Words how an agreement is kept and carried out, naming terms and records by id and citing every rule, for analysts' tables: "compliance disputed (K2: ...); pull-back in progress (I3; self-reported); observer-mission partly implemented (I2; later than expected)".</summary>
    /// <param name="agreement">The agreement's analysis.</param>
    /// <returns>The phrase.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is <see langword="null"/>.</exception>
    public static string Keeping(AgreementAnalysis agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return Keeping(agreement, id => id, citeRules: true);
    }

    /// <summary>
    /// Words how an agreement is kept and carried out for people, naming each term by its article or
    /// the start of its summary and each record in words, never by id: "compliance not reported; the
    /// term “Both sides pull their forces back to the Marl Line” in progress (verified by the monitor)".
    /// With <paramref name="citeRules"/>, each status is followed by its rule and records, as in <see cref="Keeping(AgreementAnalysis)"/>.
    /// </summary>
    /// <param name="agreement">The agreement's analysis.</param>
    /// <param name="index">The index of the event.</param>
    /// <param name="citeRules">Whether to cite the rule and records behind each status.</param>
    /// <returns>The phrase.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Keeping(AgreementAnalysis agreement, EventIndex index, bool citeRules)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(index);
        return Keeping(agreement, id => RecordText.Target(id, index), citeRules);
    }

    private static string Keeping(AgreementAnalysis agreement, Func<string, string> name, bool citeRules)
    {
        var compliance = $"compliance {Words(agreement.Compliance)}" + (citeRules && agreement.ComplianceReason is { } reason ? $" ({Cite(reason)})" : string.Empty);
        var terms = agreement.Terms.Where(t => t.Status != ImplementationStatus.NotReported || t.UntilId is not null).Select(t =>
        {
            var notes = new[]
            {
                citeRules ? Cite(t.Reason) : null,
                t.VerifiedIds.Count > 0 ? "verified by the monitor" : null,
                t.SelfReportedIds.Count > 0 ? "self-reported" : null,
                t.WaitsForId is { } waits ? $"waits for {name(waits)}" : null,
                t.UntilId is { } until ? $"{(t.InEffect ? "in effect" : "not in effect")} until {name(until)}" : null,
                t.Late ? "later than expected" : null,
                t.DeadlinePassed ? "deadline passed" : null,
            }.OfType<string>().ToList();
            return $"{name(t.TermId)} {Words(t.Status)}{(notes.Count > 0 ? $" ({string.Join("; ", notes)})" : string.Empty)}";
        }).ToList();
        var phases = agreement.Phases.Count > 0
            ? "; " + string.Join(", ", agreement.Phases.Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"phase {p.Phase} {Words(p.Status)}")))
            : string.Empty;
        return $"{compliance}; {(terms.Count > 0 ? string.Join("; ", terms) : "no progress reported")}{phases}";
    }

    /// <summary>Words an agreement's signatures: "10 of 11 parties (Oskaria with a reservation); agreed, no signature reported: ...; signature not reported: ...; abstained: Brenn; witnesses: Ostrea".</summary>
    /// <param name="agreement">The agreement's analysis.</param>
    /// <param name="index">The index of the event.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Signatures(AgreementAnalysis agreement, EventIndex index)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(index);
        var text = new StringBuilder(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{agreement.SignedCount} of {agreement.PartyCount} parties"));
        if (agreement.ReservationIds.Count > 0)
        {
            text.Append($" ({string.Join(", ", agreement.ReservationIds.Select(id => Name(index, id)))} with a reservation)");
        }

        if (agreement.AgreedIds.Count > 0)
        {
            text.Append($"; agreed, no signature reported: {string.Join(", ", agreement.AgreedIds.Select(id => Name(index, id)))}");
        }

        if (agreement.NotReportedIds.Count > 0)
        {
            text.Append($"; signature not reported: {string.Join(", ", agreement.NotReportedIds.Select(id => Name(index, id)))}");
        }

        if (agreement.AbstainedIds.Count > 0)
        {
            text.Append($"; abstained: {string.Join(", ", agreement.AbstainedIds.Select(id => Name(index, id)))}");
        }

        foreach (var role in agreement.Agreement.Signatories.Where(s => s.Role != SignatoryRole.Party).GroupBy(s => s.Role))
        {
            text.Append($"; {Words(role.Key)}: {string.Join(", ", role.Select(s => Name(index, s.ActorId)))}");
        }

        return text.ToString();
    }

    /// <summary>Writes the timeline, one happening per entry: its date on one line, then what happens, indented.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The timeline, lines ending in <c>\n</c>.</returns>
    public static string Timeline(EpisodeAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var index = EventIndex.Create(analysis.Event);
        var text = new StringBuilder();
        foreach (var entry in analysis.Timeline)
        {
            text.Append(Date(entry.Date)).Append('\n');
            text.Append($"  {entry.Declaration.Noun}: {Describe(entry, index)}\n");
        }

        return text.ToString();
    }

    /// <summary>Says why a proposal has its status: <c>Decided by the party it was made to: ...</c>.</summary>
    /// <param name="proposal">The analysis of the proposal.</param>
    /// <param name="index">The index of the analysed event.</param>
    /// <returns>One or two sentences.</returns>
    public static string Explain(ProposalAnalysis proposal, EventIndex index)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(index);
        var proposer = Name(index, proposal.Proposal.ProposerId);
        var standing = proposal.Standing switch
        {
            ProposalStanding.Withdrawn => $"{proposer} withdrew it{(proposal.StandingReason.RecordIds.Count > 1 ? " after its deadline passed without an acceptance" : string.Empty)}.",
            ProposalStanding.Lapsed => "Its deadline passed without an acceptance.",
            ProposalStanding.Maintained => $"{proposer} says it still stands.",
            _ => null,
        };
        if (proposal.OutcomeReason.Rule == "O7" && proposal.OutcomeReason.RecordIds.Count > 0 && index.Find<Vote>(proposal.OutcomeReason.RecordIds[0]) is { } vote)
        {
            var decision = $"Put to the vote in {Name(index, vote.BodyId)} on {Date(vote.Date)}: {(proposal.Outcome == ProposalStatus.Adopted ? "adopted" : "not adopted")}.";
            return standing is null ? decision : $"{standing} {decision}";
        }

        var decisive = proposal.Positions.Where(p => p.IsDecisive).ToList();
        var others = proposal.Positions.Where(p => !p.IsDecisive).Select(p => Explain(p, index).TrimEnd('.')).ToList();
        var positions = decisive.Count > 0
            ? $"Decided by {(decisive.All(p => p.IsAddressee) ? "the addressees" : "third parties only")}: {string.Join(" ", decisive.Select(p => Explain(p, index)))}"
            : proposal.Positions.Count == 0 ? "Nobody has answered it." : "Pending.";
        var also = others.Count > 0 ? $" {(decisive.Count > 0 ? "Also" : "Positions")}: {string.Join("; ", others)}." : string.Empty;
        var sentence = positions + also;
        return standing is null ? sentence : $"{standing} {sentence}";
    }

    /// <summary>Says why a party stands where it does: <c>Vladimir Putin (RUS) dismissed it as an ultimatum (...)</c>.</summary>
    /// <param name="position">The party's position.</param>
    /// <param name="index">The index of the analysed event.</param>
    /// <returns>A sentence.</returns>
    public static string Explain(PartyPosition position, EventIndex index)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(index);
        var records = position.Reason.RecordIds.Where(id => !position.KeptOpenIds.Contains(id)).ToList();
        var speakers = position.Reason.RecordIds
            .Select(id => index.TryFind(id, out var found) ? found : default)
            .Where(found => found.Record is not null)
            .SelectMany(found => found.Kind.References.Where(r => r.Role == ReferenceRole.Author).SelectMany(r => r.GetIds(found.Record)))
            .Where(id => id != position.ActorId)
            .Distinct()
            .Select(id => index.Find<Actor>(id)?.Name ?? id)
            .ToList();
        var name = Name(index, position.ActorId) + (speakers.Count > 0 ? $" (through {string.Join(", ", speakers)})" : string.Empty);
        var reactions = records.Select(index.Find<Reaction>).OfType<Reaction>().ToList();
        var sentence = position.Position switch
        {
            Position.Countered => records.Select(index.Find<Proposal>).OfType<Proposal>().FirstOrDefault() is { } counter
                ? $"{name} countered it with a proposal of its own ({Clause(counter.Summary)})"
                : $"{name} countered it",
            Position.Rejected => $"{name} {(reactions.Any(r => r.Stance == Stance.Reject) ? "rejected" : "dismissed")} {What(reactions, index)}",
            Position.ConditionallyAccepted => Conditional(name, reactions, [.. records.Select(index.Find<Condition>).OfType<Condition>()]),
            Position.Accepted => $"{name} accepted it",
            Position.Deferred => $"{name} deferred its answer",
            Position.Considering => $"{name} is considering it",
            Position.NoAnswer => $"{name} has not answered",
            Position.Welcomed => $"{name} welcomed it",
            Position.PartlyAccepted => $"{name} accepted it in part: {Points(position, index)}",
            Position.ToBeNegotiated => $"{name} wants it negotiated",
            Position.Undisclosed => $"{name} answered, content not disclosed",
            _ => $"{name} did not commit",
        };
        var open = position.KeptOpenIds.Select(id => index.Find<Reaction>(id)).OfType<Reaction>().ToList();
        var aside = open.Count > 0 ? $", while keeping it open ({string.Join("; ", open.Select(r => Clause(r.Summary ?? r.Id)))})" : string.Empty;
        return sentence + aside + ".";
    }

    /// <summary>Words a party's positions on a plan's points, grouped: "accepted point 2; to be negotiated point 4, point 9; not answered point 7".</summary>
    private static string Points(PartyPosition position, EventIndex index) =>
        string.Join("; ", position.Points.GroupBy(p => p.Position).Select(g => $"{(g.Key == Position.NoAnswer ? "not answered" : Words(g.Key))} {string.Join(", ", g.Select(p => RecordText.Target(p.PointId, index)))}"));

    /// <summary>Says what happens at a timeline entry: <c>Vladimir Putin (RUS): televised address</c>.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="index">The index of the analysed event.</param>
    /// <returns>A few words.</returns>
    public static string Describe(TimelineEntry entry, EventIndex index)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(index);
        switch (index.TryFind(entry.RecordId, out var found) ? found.Record : null)
        {
            case Statement statement:
                var how = statement.Channel is { } channel ? Words(channel) : "remarks, channel not reported";
                return $"{EventText.Speaker(index, statement)}: {how}{(statement.Platform is { } platform ? " on " + platform : string.Empty)}";
            case Proposal proposal when entry.Role == DateRole.Deadline:
                return $"deadline of what {Name(index, proposal.ProposerId)} proposed: {proposal.Summary.TrimEnd('.')}";
            case Proposal proposal:
                var venue = proposal.Terms?.Venue is { } place ? $" in {place.Name}" : string.Empty;
                return $"{Phrase(proposal.Kind)}{venue}, as proposed by {Name(index, proposal.ProposerId)}";
            case Meeting meeting when entry.ItemId is { } actorId && meeting.Participants.FirstOrDefault(p => p?.ActorId == actorId && p.Course is not null) is { Course: { } course }:
                return $"{meeting.Name ?? Words(meeting.Kind)}: {Name(index, actorId)} {Words(course)}";
            case Meeting meeting:
                return meeting.Name ?? $"{Words(meeting.Kind)}{(meeting.Venue is { } where ? " in " + where.Name : string.Empty)}";
            case Agreement agreement when entry.Role == DateRole.Made:
                var act = agreement.Signatories.Any(s => s.Role == SignatoryRole.Party && s.Act == SigningAct.Signed) ? "signed"
                    : agreement.Signatories.Any(s => s.Role == SignatoryRole.Party && s.Act == SigningAct.Agreed) ? "agreed"
                    : "text settled; no party reported signing or agreeing";
                return $"{agreement.Name ?? agreement.Summary.TrimEnd('.')} {act}";
            case Agreement agreement when agreement.Terms.FirstOrDefault(t => t.Id == entry.ItemId) is { } term:
                return $"{agreement.Name ?? agreement.Id}: {(term.Summary ?? term.Id ?? "a term").TrimEnd('.')}";
            case Condition condition when entry.Role == DateRole.Starts:
                return $"start of what {Name(index, condition.SetterId)} requires: {condition.Requirement.TrimEnd('.')}";
            case Condition condition:
                return $"deadline set by {Name(index, condition.SetterId)}: {condition.Requirement.TrimEnd('.')}";
            case { } record:
                return Generic(found.Kind, record, index);
            default:
                return $"'{entry.RecordId}'";
        }
    }

    /// <summary>Words for a record of a kind that has none of its own: its authors (or participants) and its summary, read from the declaration.</summary>
    private static string Generic(RecordKind kind, IDiplomaticRecord record, EventIndex index)
    {
        var actors = kind.GetIds(record, ReferenceRole.Author) is { Count: > 0 } authors ? authors : kind.GetIds(record, ReferenceRole.Participant);
        var who = actors.Count > 0 ? string.Join(", ", actors.Select(id => Name(index, id))) + ": " : string.Empty;
        return who + (kind.GetSummary(record)?.TrimEnd('.') ?? kind.Noun);
    }

    private static string What(List<Reaction> reactions, EventIndex index) =>
        reactions.Count > 0 && index.Find<Condition>(reactions[0].TargetId) is { Kind: ConditionKind.Ultimatum } ultimatum
            ? $"it as an ultimatum (\"{ultimatum.Requirement.TrimEnd('.')}\", or else: {ultimatum.Consequence?.Summary.TrimEnd('.') ?? "unstated"})"
            : "it";

    private static string Conditional(string name, List<Reaction> reactions, List<Condition> preconditions)
    {
        if (preconditions.Count == 0)
        {
            return $"{name} accepted it on conditions";
        }

        var answered = reactions.Any(r => r.Stance == Stance.Welcome) ? "welcomed it" : "accepted it";
        var conditions = string.Join("; ", preconditions.Select(c =>
            c.Requirement.TrimEnd('.') + (c.StartsOn is { } starts ? $", from {Day(starts.Value)}" : string.Empty)));
        return reactions.Count > 0
            ? $"{name} {answered} but made it conditional: {conditions}"
            : $"{name} made it conditional: {conditions}";
    }

    /// <summary>Cites a reason as its rule and records: <c>O3: r1, c1</c>, or the rule alone when it rests on no record.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is <see langword="null"/>.</exception>
    public static string Cite(StatusReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason.RecordIds.Count == 0 ? reason.Rule : $"{reason.Rule}: {string.Join(", ", reason.RecordIds)}";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
