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
    private readonly bool citeRules;
    private readonly StringBuilder text = new();

    private EpisodeSummary(EventIndex index, bool citeRules)
    {
        this.index = index;
        this.citeRules = citeRules;
        episode = index.Event;
    }

    /// <summary>Renders the account.</summary>
    /// <param name="episode">The event, or the thread merged into one.</param>
    /// <param name="asOf">The day of the analysis, or <see langword="null"/> for the event's date.</param>
    /// <param name="citeRules">Whether each status is followed by the rule and records behind it (docs/analysis.md); without, a note under each heading says how to see them.</param>
    public static string Render(DiplomaticEvent episode, DateOnly? asOf = null, bool citeRules = false)
    {
        var index = EventIndex.Create(episode);
        var summary = new EpisodeSummary(index, citeRules);
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
            var details = new[] { source.Title, source.Publisher, source.PublishedAt is { } publishedAt ? $"published {Instant(publishedAt)}" : source.PublishedOn is { } published ? $"published {Day(published)}" : null, source.UpdatedAt is { } updated ? $"updated {Instant(updated)}" : null, source.Url }.OfType<string>();
            Line(details.Any() ? $"Source: {string.Join(", ", details)}" : $"Source: {source.Id}");
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
            Heading("Where each agreement stands");
            foreach (var agreement in analysis.Agreements)
            {
                Line();
                Wrap($"  {agreement.Agreement.Name ?? agreement.Agreement.Id}: {agreement.Agreement.Summary}", "    ");
                Line($"    Status: {Words(agreement.Status).ToUpperInvariant()}{Rule(agreement.Reason)}, as of {Day(analysis.AsOf)}");
                Wrap($"    Signed by {AnalysisText.Signatures(agreement, index)}", "      ");
                Wrap($"    Kept and carried out: {AnalysisText.Keeping(agreement, index, citeRules)}", "      ");
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
            Heading("Where each meeting stands");
            foreach (var meeting in analysis.Meetings)
            {
                var m = meeting.Meeting;
                var roles = m.Participants.GroupBy(p => p.Role).Select(g => $"{Words(g.Key)}: {string.Join(", ", g.Select(p => Name(p.ActorId)))}");
                Line();
                Wrap($"  {m.Name ?? Words(m.Kind)}{(m.Venue is { } venue ? ", " + venue.Name : string.Empty)}{(m.Date is { } date ? $" [{Date(date)}]" : string.Empty)}", "    ");
                Line($"    Status: {Words(meeting.Status).ToUpperInvariant()}{Rule(meeting.Reason)}");
                if (m.Participants.Count > 0)
                {
                    Wrap($"    {string.Join("; ", roles)}", "      ");
                }

                if (meeting.Participation.Any(p => p.Status is not (ParticipationStatus.TakingPart or ParticipationStatus.Expected)))
                {
                    var taking = meeting.Participation.GroupBy(p => p.Status).Select(g =>
                        $"{Words(g.Key)}{(citeRules ? $" (rule {g.First().Reason.Rule})" : string.Empty)}: {string.Join(", ", g.Select(p => Name(p.ActorId) + (p.Since is { } since ? $" (since {Date(since)})" : string.Empty)))}");
                    Wrap($"    Taking part: {string.Join("; ", taking)}", "      ");
                }
            }
        }

        if (analysis.Claims.Count > 0)
        {
            Line();
            Heading("Where each claim stands");
            foreach (var claim in analysis.Claims)
            {
                var by = claim.Claim.ClaimantId is { } claimant ? Name(claimant) : claim.Claim.Source ?? "the reporter";
                Line();
                Wrap($"  {by} ({Words(claim.Claim.Attribution)}): {claim.Claim.Summary}", "    ");
                Wrap($"    Status: {Words(claim.Status).ToUpperInvariant()}{Cited(claim.Reason)}{(claim.Claim.Evidence is { } evidence ? "; evidence: " + evidence : string.Empty)}", "      ");
            }
        }

        if (analysis.Votes.Count > 0)
        {
            Line();
            Heading("Where each vote stands");
            foreach (var vote in analysis.Votes)
            {
                var v = vote.Vote;
                var tally = vote.Tally is { } t ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{t.For} for, {t.Against} against, {t.Abstain} abstaining") : "no tally reported";
                var vetoes = vote.VetoIds.Count > 0 ? $"; vetoed by {string.Join(", ", vote.VetoIds.Select(Name))}" : string.Empty;
                var reported = vote.AgreesWithReport == false ? $"; the report says {Words(v.Outcome!.Value)}" : string.Empty;
                Line();
                Wrap($"  {Name(v.BodyId)}: {v.Name ?? v.Summary} [{Date(v.Date)}]", "    ");
                Wrap($"    Outcome: {Words(vote.Status).ToUpperInvariant()}{Cited(vote.Reason)}; {tally}{vetoes}{reported}", "      ");
            }
        }

        if (analysis.Commitments.Count > 0)
        {
            Line();
            Heading("Where each commitment stands");
            foreach (var commitment in analysis.Commitments)
            {
                var c = commitment.Commitment;
                var to = c.BeneficiaryIds.Count > 0 ? " to " + string.Join(", ", c.BeneficiaryIds.Select(Name)) : string.Empty;
                var notes = new[]
                {
                    commitment.Conditional ? "conditional" : null,
                    commitment.WaitsForIds.Count > 0 ? "waits for " + string.Join(", ", commitment.WaitsForIds.Select(id => RecordText.Target(id, index))) : null,
                    commitment.DeadlinePassed ? "deadline passed" : null,
                }.OfType<string>().ToList();
                Line();
                Wrap($"  {Name(c.CommitterId)}{to}: {c.Summary}", "    ");
                Wrap($"    Status: {Words(commitment.Status).ToUpperInvariant()}{Cited(commitment.Reason)}{(notes.Count > 0 ? "; " + string.Join("; ", notes) : string.Empty)}", "      ");
            }
        }

        Line();
        Heading("Where each proposal stands");
        foreach (var proposal in analysis.Proposals)
        {
            var to = proposal.Proposal.AddresseeIds.Count > 0 ? " to " + string.Join(", ", proposal.Proposal.AddresseeIds.Select(Name)) : string.Empty;
            Line();
            Wrap($"  {Name(proposal.Proposal.ProposerId)}{to}: {proposal.Proposal.Summary}", "    ");
            Line($"    Status: {Words(proposal.Status).ToUpperInvariant()}{Rule(proposal.Reason)}; proposer's side: {Words(proposal.Standing)}{Rule(proposal.StandingReason)}");
            foreach (var deadline in proposal.Deadlines)
            {
                var of = index.TryFind(deadline.RecordId, out var holder) && holder.Record is not Proposal ? $" (set by {RecordText.Target(deadline.RecordId, index)})" : string.Empty;
                Wrap($"    Deadline {Date(deadline.Deadline)}: {(deadline.Passed ? "passed" : "not passed")} as of {Day(analysis.AsOf)}{of}", "      ");
            }

            foreach (var position in proposal.Positions)
            {
                var role = position.IsAddressee ? "addressee" : "third party";
                Wrap($"    - {Words(position.Position)}, {role}{Cited(position.Reason)}: {AnalysisText.Explain(position, index)}", "      ");
            }
        }
    }

    /// <summary>A section heading; without rules cited, followed once by how to see them.</summary>
    private void Heading(string heading)
    {
        Line(heading);
        if (!citeRules)
        {
            Line("  (the rule behind each status: --rules, and docs/analysis.md)");
        }
    }

    /// <summary>" (rule O3)" when rules are cited, else nothing.</summary>
    private string Rule(StatusReason reason) => citeRules ? $" (rule {reason.Rule})" : string.Empty;

    /// <summary>" (O3: r1, c1)" when rules are cited, else nothing.</summary>
    private string Cited(StatusReason reason) => citeRules ? $" ({AnalysisText.Cite(reason)})" : string.Empty;

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

        // The timeline orders dates by day and time of day; the account follows it. A statement is told
        // with every record it made; a record no statement made is told on the day it was made (or
        // takes place, or is said to have happened); a record with neither is told at the end.
        var told = new HashSet<string>(StringComparer.Ordinal);
        var entries = analysis.Timeline
            .Where(e => e.Role is DateRole.Made or DateRole.TakesPlace or DateRole.Asserted && IsToldOnItsOwn(e.RecordId))
            .DistinctBy(e => e.RecordId)
            .ToList();
        foreach (var day in entries.GroupBy(e => e.Date.FirstDay))
        {
            Line();
            Line(Day(day.Key));
            foreach (var entry in day)
            {
                told.Add(entry.RecordId);
                if (index.Find<Statement>(entry.RecordId) is { } statement)
                {
                    WriteStatement(statement, told);
                }
                else if (index.TryFind(entry.RecordId, out var found))
                {
                    Line();
                    Wrap($"  {Capitalized(RecordText.Act(found.Record, index))} [{Date(entry.Date)}]", "    ");
                }
            }
        }

        var undated = RecordKinds.All.Where(k => k.IsHappening).SelectMany(k => k.GetRecords(episode)).Where(r => !told.Contains(r.Id)).ToList();
        if (undated.Count > 0)
        {
            Line();
            Line("Not dated");
            foreach (var record in undated)
            {
                Line();
                Wrap($"  {Capitalized(RecordText.Act(record, index))}", "    ");
            }
        }
    }

    /// <summary>Whether a record is told at its own date: a statement always; any other record only when no statement of the event made it.</summary>
    private bool IsToldOnItsOwn(string recordId) =>
        index.TryFind(recordId, out var found)
        && (found.Record is Statement || found.Kind.GetIds(found.Record, ReferenceRole.ExpressedIn).All(id => index.Find<Statement>(id) is null));

    private void WriteStatement(Statement statement, HashSet<string> told)
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
        Wrap($"  {EventText.Speaker(index, statement)}{(how.Count > 0 ? ", " + string.Join(", ", how) : string.Empty)} [{Date(statement.SaidOn)}]", "    ");
        if (statement.Paraphrase is { } paraphrase)
        {
            Wrap($"    Reported: {paraphrase}", "      ");
        }

        foreach (var quotation in statement.Quotations)
        {
            Wrap($"    \u201C{quotation.Text}{(quotation.Unclosed ? string.Empty : "\u201D")}", "     ");
        }

        foreach (var made in index.ReferencesTo(statement.Id).Where(r => r.Reference.Role == ReferenceRole.ExpressedIn).Select(r => r.From).DistinctBy(r => r.Record.Id))
        {
            told.Add(made.Record.Id);
            Wrap($"    -> {RecordText.Act(made.Record, index, statement.SpeakerId)}", "       ");
        }
    }

    private static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);

    private static string Capitalized(string text) => text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private string Name(string id) => EventText.Name(index, id);

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
