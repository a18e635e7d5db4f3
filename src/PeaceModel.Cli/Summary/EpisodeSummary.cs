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
            var details = new[] { source.Title, source.Publisher, source.PublishedOn is { } published ? $"published {Day(published)}" : null, source.UpdatedAt is { } updated ? $"updated {updated.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture)}" : null, source.Url }.OfType<string>();
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
            Wrap($"    \u201C{quotation.Text}\u201D", "     ");
        }

        foreach (var made in index.ReferencesTo(statement.Id).Where(r => r.Reference.Role == ReferenceRole.ExpressedIn).Select(r => r.From).DistinctBy(r => r.Record.Id))
        {
            told.Add(made.Record.Id);
            Wrap($"    -> {RecordText.Act(made.Record, index, statement.SpeakerId)}", "       ");
        }
    }

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
