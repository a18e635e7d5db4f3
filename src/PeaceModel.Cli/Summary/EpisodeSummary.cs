using System.Text;
using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Text;
using static PeaceModel.Text.EventText;

namespace PeaceModel.Cli.Summary;

/// <summary>
/// A human-readable, dated account of an episode for a terminal: who said what and when, and what
/// each statement proposed, conditioned or answered, with the quotations.
/// </summary>
internal sealed class EpisodeSummary
{
    private const int Width = 100;

    private readonly DiplomaticEvent episode;
    private readonly EventIndex index;
    private readonly StringBuilder text = new();

    private EpisodeSummary(EventIndex index)
    {
        this.index = index;
        episode = index.Event;
    }

    public static string Render(DiplomaticEvent episode, DateOnly? asOf = null)
    {
        var index = EventIndex.Create(episode);
        var summary = new EpisodeSummary(index);
        var analysis = asOf is { } day ? EpisodeAnalysis.Analyze(index, day) : EpisodeAnalysis.Analyze(index);
        summary.WriteHeader();
        summary.WriteActors();
        summary.WriteStatus(analysis);
        summary.WriteTimeline(analysis);
        summary.WriteAccount(analysis);
        return summary.text.ToString();
    }

    private void WriteHeader()
    {
        Line(episode.Title);
        Line(new string('=', Math.Min(episode.Title.Length, Width)));
        Line($"Date: {Date(episode.Date)}");
        foreach (var source in episode.Sources)
        {
            var details = new[] { source.Title, source.Publisher, $"published {Day(source.PublishedOn)}", source.Url }.OfType<string>();
            Line($"Source: {source.Id} ({string.Join(", ", details)})");
        }

        Line(string.Join(", ", RecordKinds.All.Where(k => k != RecordKinds.Source).Select(k => Count(k.GetRecords(episode).Count, k.Noun))));
    }

    private void WriteActors()
    {
        Line();
        Line("Actors");
        foreach (var actor in episode.Actors)
        {
            var details = new[] { Words(actor.Kind), actor.Role, actor.Country, actor.WikidataId }.OfType<string>();
            var aliases = actor.Aliases.Count > 0 ? $"; also \"{string.Join("\", \"", actor.Aliases)}\"" : string.Empty;
            Line($"  {actor.Name} ({string.Join(", ", details)}{aliases})");
        }
    }

    private void WriteStatus(EpisodeAnalysis analysis)
    {
        if (analysis.Agreements.Count > 0)
        {
            Line();
            Line("Where each agreement stands");
            foreach (var agreement in analysis.Agreements)
            {
                Line();
                Wrap($"  {agreement.Agreement.Name ?? agreement.Agreement.Id}: {agreement.Agreement.Summary}", "    ");
                Line($"    Status: {Words(agreement.Status).ToUpperInvariant()} (rule {agreement.Reason.Rule}), as of {Day(analysis.AsOf)}");
                Wrap($"    Signed by {AnalysisText.Signatures(agreement, index)}", "      ");
                Wrap($"    Kept and carried out: {AnalysisText.Keeping(agreement)}", "      ");
                foreach (var term in agreement.Agreement.Terms)
                {
                    var when = new[] { term.Date is { } from ? $"from {Date(from)}" : null, term.Deadline is { } by ? By(by) : null }.OfType<string>();
                    var timing = when.Any() ? $" ({string.Join("; ", when)})" : string.Empty;
                    Wrap($"    - {(term.Article is { } article ? $"Article {article}: " : string.Empty)}{term.Summary ?? term.Id}{timing}", "      ");
                }
            }
        }

        if (analysis.Meetings.Count > 0)
        {
            Line();
            Line("Where each meeting stands");
            foreach (var meeting in analysis.Meetings)
            {
                var m = meeting.Meeting;
                var roles = m.Participants.GroupBy(p => p.Role).Select(g => $"{Words(g.Key)}: {string.Join(", ", g.Select(p => Name(p.ActorId)))}");
                Line();
                Wrap($"  {m.Name ?? Words(m.Kind)}{(m.Venue is { } venue ? ", " + venue.Name : string.Empty)}{(m.Date is { } date ? $" [{Date(date)}]" : string.Empty)}", "    ");
                Line($"    Status: {Words(meeting.Status).ToUpperInvariant()} (rule {meeting.Reason.Rule})");
                if (m.Participants.Count > 0)
                {
                    Wrap($"    {string.Join("; ", roles)}", "      ");
                }
            }
        }

        if (analysis.Claims.Count > 0)
        {
            Line();
            Line("Where each claim stands");
            foreach (var claim in analysis.Claims)
            {
                var by = claim.Claim.ClaimantId is { } claimant ? Name(claimant) : claim.Claim.Source ?? "the reporter";
                Line();
                Wrap($"  {by} ({Words(claim.Claim.Attribution)}): {claim.Claim.Summary}", "    ");
                Wrap($"    Status: {Words(claim.Status).ToUpperInvariant()} ({AnalysisText.Cite(claim.Reason)}){(claim.Claim.Evidence is { } evidence ? "; evidence: " + evidence : string.Empty)}", "      ");
            }
        }

        Line();
        Line("Where each proposal stands");
        foreach (var proposal in analysis.Proposals)
        {
            var to = string.Join(", ", proposal.Proposal.AddresseeIds.Select(Name));
            Line();
            Wrap($"  {Name(proposal.Proposal.ProposerId)} to {to}: {proposal.Proposal.Summary}", "    ");
            Line($"    Status: {Words(proposal.Status).ToUpperInvariant()} (rule {proposal.Reason.Rule}); proposer's side: {Words(proposal.Standing)} (rule {proposal.StandingReason.Rule})");
            foreach (var deadline in proposal.Deadlines)
            {
                Wrap($"    Deadline {Date(deadline.Deadline)}: {(deadline.Passed ? "passed" : "not passed")} as of {Day(analysis.AsOf)} ({deadline.RecordId})", "      ");
            }

            foreach (var position in proposal.Positions)
            {
                var role = position.IsAddressee ? "addressee" : "third party";
                Wrap($"    - {Words(position.Position)}, {role} ({AnalysisText.Cite(position.Reason)}): {AnalysisText.Explain(position, index)}", "      ");
            }
        }
    }

    private void WriteTimeline(EpisodeAnalysis analysis)
    {
        Line();
        Line("Timeline");
        foreach (var line in AnalysisText.Timeline(analysis).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Wrap("  " + line, "      ");
        }
    }

    private void WriteAccount(EpisodeAnalysis analysis)
    {
        Line();
        Line("Account, in date order (within a day: by time of day where known, then as reported)");

        // The timeline orders statements by day and time of day; the account follows it.
        var rank = analysis.Timeline
            .Where(e => e.Kind == TimelineEntryKind.Statement)
            .Select((entry, order) => (entry.RecordId, order))
            .DistinctBy(e => e.RecordId)
            .ToDictionary(e => e.RecordId, e => e.order, StringComparer.Ordinal);
        var days = episode.Statements
            .Select((statement, order) => (statement, order))
            .OrderBy(s => rank.GetValueOrDefault(s.statement.Id, int.MaxValue))
            .ThenBy(s => s.order)
            .GroupBy(s => s.statement.SaidOn.FirstDay);
        foreach (var day in days)
        {
            Line();
            Line(Day(day.Key));
            foreach (var (statement, _) in day)
            {
                WriteStatement(statement);
            }
        }
    }

    private void WriteStatement(Statement statement)
    {
        var how = new List<string>();
        if (statement.Channel is { } channel)
        {
            how.Add(statement.Platform is { } platform ? $"{Words(channel)} on {platform}" : Words(channel));
        }

        if (statement.Location is { } location)
        {
            how.Add($"in {location.Name}");
        }

        if (statement.AudienceIds.Count > 0)
        {
            how.Add("to " + string.Join(", ", statement.AudienceIds.Select(Name)));
        }

        Line();
        Wrap($"  {Name(statement.SpeakerId)}{(how.Count > 0 ? ", " + string.Join(", ", how) : string.Empty)} [{Date(statement.SaidOn)}]", "    ");
        if (statement.Paraphrase is { } paraphrase)
        {
            Wrap($"    Reported: {paraphrase}", "      ");
        }

        foreach (var quotation in statement.Quotations)
        {
            Wrap($"    \u201C{quotation.Text}\u201D", "     ");
        }

        foreach (var proposal in index.Referrers<Proposal>(statement.Id, ReferenceRole.Expression))
        {
            var to = proposal.AddresseeIds.Count > 0 ? " to " + string.Join(", ", proposal.AddresseeIds.Select(Name)) : string.Empty;
            var counters = proposal.CountersId is { } countered ? $", countering {Target(countered)}" : string.Empty;
            Wrap($"    -> {Who(proposal.ProposerId, statement)}{Verb(proposal.Act)} {Phrase(proposal.Kind)}{to}{counters}: {proposal.Summary}{Terms(proposal.Terms)}", "       ");
        }

        foreach (var condition in index.Referrers<Condition>(statement.Id, ReferenceRole.Expression))
        {
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
            Wrap($"    -> {Who(condition.SetterId, statement)}sets {kind} on {Target(condition.ProposalId)}: {condition.Requirement.TrimEnd('.')}{timing}{orElse}", "       ");
        }

        foreach (var meeting in index.Referrers<Meeting>(statement.Id, ReferenceRole.Expression))
        {
            Wrap($"    -> reports {meeting.Name ?? Words(meeting.Kind)}{(meeting.Status is { } status ? ": " + Words(status) : string.Empty)}", "       ");
        }

        foreach (var agreement in index.Referrers<Agreement>(statement.Id, ReferenceRole.Expression))
        {
            Wrap($"    -> on {agreement.Name ?? "the agreement"}: {agreement.Summary}", "       ");
        }

        foreach (var reaction in index.Referrers<Reaction>(statement.Id, ReferenceRole.Expression))
        {
            var summary = reaction.Summary is { } s ? $": {s}" : string.Empty;
            Wrap($"    -> {Who(reaction.ReactorId, statement)}{Verb(reaction.Stance)} {Target(reaction.TargetId)}{summary}", "       ");
        }
    }

    private string Target(string id) => index.TryFind(id, out var found) ? found.Record switch
    {
        Proposal proposal => $"{Possessive(Name(proposal.ProposerId))} proposal of {Phrase(proposal.Kind)}",
        Condition condition => $"{Possessive(Name(condition.SetterId))} {Words(condition.Kind)}",
        Statement statement => $"{Possessive(Name(statement.SpeakerId))} statement of {Day(statement.SaidOn.Value)}",
        Agreement agreement => agreement.Name ?? $"the agreement '{id}'",
        Meeting meeting => meeting.Name ?? $"the meeting '{id}'",
        _ => $"{found.Kind.Noun} '{id}'",
    }
    : $"'{id}'";

    private static string Terms(Term terms)
    {
        var parts = new[]
        {
            terms.Venue is { } venue ? $"in {venue.Name}" : null,
            terms.Date is { } date ? $"on {Date(date)}" : null,
            terms.Duration is { } duration ? $"for {Count(duration.Value, Words(duration.Unit))}" : null,
            terms.Deadline is { } deadline ? By(deadline) : null,
            terms.Quantities.Count > 0 ? string.Join(", ", terms.Quantities.Select(q => q.Text ?? $"{(q.Approximate ? "about " : string.Empty)}{q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {q.Unit}")) : null,
            terms.Preconditions switch
            {
                PreconditionStance.ExplicitlyExcluded => "without preconditions",
                PreconditionStance.Required => "with preconditions",
                _ => null,
            },
        }.OfType<string>().ToList();
        return parts.Count > 0 ? $" [{string.Join("; ", parts)}]" : string.Empty;
    }

    private string Name(string id) => EventText.Name(index, id);

    /// <summary>
    /// Who acts, when it is not the speaker under whose statement the act is listed (a reaction that a
    /// report gives through another party's statement): the act is credited to whoever made it.
    /// </summary>
    private string Who(string actorId, Statement statement) =>
        actorId == statement.SpeakerId ? string.Empty : Name(actorId) + " ";

    private void Line(string line = "") => text.Append(line).Append('\n');

    /// <summary>Writes a line, wrapped at the width on spaces, continuing with <paramref name="indent"/>.</summary>
    private void Wrap(string line, string indent)
    {
        while (line.Length > Width)
        {
            var cut = line.LastIndexOf(' ', Width);
            if (cut <= indent.Length)
            {
                break;
            }

            Line(line[..cut]);
            line = indent + line[(cut + 1)..];
        }

        Line(line);
    }
}
