using System.Globalization;
using System.Text;
using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

/// <summary>
/// A human-readable, dated account of an episode for a terminal: who said what and when, and what
/// each statement proposed, conditioned or answered, with the quotations.
/// </summary>
internal sealed class EpisodeSummary
{
    private const int Width = 100;

    private readonly DiplomaticEvent episode;
    private readonly Dictionary<string, Actor> actors;
    private readonly Dictionary<string, Statement> statements;
    private readonly Dictionary<string, Proposal> proposals;
    private readonly Dictionary<string, Condition> conditions;
    private readonly ILookup<string, Proposal> proposalsByStatement;
    private readonly ILookup<string, Condition> conditionsByStatement;
    private readonly ILookup<string, Reaction> reactionsByStatement;
    private readonly StringBuilder text = new();

    private EpisodeSummary(DiplomaticEvent episode)
    {
        this.episode = episode;
        actors = episode.Actors.DistinctBy(a => a.Id).ToDictionary(a => a.Id);
        statements = episode.Statements.DistinctBy(s => s.Id).ToDictionary(s => s.Id);
        proposals = episode.Proposals.DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        conditions = episode.Conditions.DistinctBy(c => c.Id).ToDictionary(c => c.Id);

        // One pass each, so that writing every statement's consequences stays linear in the event's size.
        proposalsByStatement = episode.Proposals.SelectMany(p => p.StatementIds.Distinct().Select(id => (id, p))).ToLookup(x => x.id, x => x.p);
        conditionsByStatement = episode.Conditions.SelectMany(c => c.StatementIds.Distinct().Select(id => (id, c))).ToLookup(x => x.id, x => x.c);
        reactionsByStatement = episode.Reactions.SelectMany(r => r.StatementIds.Distinct().Select(id => (id, r))).ToLookup(x => x.id, x => x.r);
    }

    public static string Render(DiplomaticEvent episode)
    {
        var summary = new EpisodeSummary(episode);
        var analysis = EpisodeAnalysis.Analyze(episode);
        summary.WriteHeader();
        summary.WriteActors();
        summary.WriteStatus(analysis);
        summary.WriteTimeline(analysis);
        summary.WriteAccount();
        return summary.text.ToString();
    }

    private void WriteHeader()
    {
        Line(episode.Title);
        Line(new string('=', Math.Min(episode.Title.Length, Width)));
        Line($"Date: {Describe(episode.Date)}");
        foreach (var source in episode.Sources)
        {
            var details = new[] { source.Title, source.Publisher, $"published {source.PublishedOn:yyyy-MM-dd}", source.Url }.OfType<string>();
            Line($"Source: {source.Id} ({string.Join(", ", details)})");
        }

        Line($"{episode.Actors.Count} actors, {episode.Statements.Count} statements, {episode.Proposals.Count} proposals, {episode.Conditions.Count} conditions, {episode.Reactions.Count} reactions");
    }

    private void WriteActors()
    {
        Line();
        Line("Actors");
        foreach (var actor in episode.Actors)
        {
            var details = new[] { AnalysisText.Words(actor.Kind), actor.Role, actor.Country, actor.WikidataId }.OfType<string>();
            var aliases = actor.Aliases.Count > 0 ? $"; also \"{string.Join("\", \"", actor.Aliases)}\"" : string.Empty;
            Line($"  {actor.Name} ({string.Join(", ", details)}{aliases})");
        }
    }

    private void WriteStatus(EpisodeAnalysis analysis)
    {
        Line();
        Line("Where each proposal stands");
        foreach (var proposal in analysis.Proposals)
        {
            var to = string.Join(", ", proposal.Proposal.AddresseeIds.Select(Name));
            Line();
            Wrap($"  {Name(proposal.Proposal.ProposerId)} to {to}: {proposal.Proposal.Summary}", "    ");
            Line($"    Status: {AnalysisText.Words(proposal.Status).ToUpperInvariant()} (rule {proposal.Reason.Rule})");
            foreach (var position in proposal.Positions)
            {
                var role = position.IsAddressee ? "addressee" : "third party";
                Wrap($"    - {AnalysisText.Words(position.Position)}, {role} ({position.Reason.Rule}: {string.Join(", ", position.Reason.RecordIds)}): {position.Reason.Explanation}", "      ");
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

    private void WriteAccount()
    {
        Line();
        Line("Account, in date order");
        var days = episode.Statements
            .Select((statement, order) => (statement, order))
            .OrderBy(s => s.statement.SaidOn.FirstDay)
            .ThenBy(s => s.order)
            .GroupBy(s => s.statement.SaidOn.FirstDay);
        foreach (var day in days)
        {
            Line();
            Line(day.Key.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture));
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
            how.Add(statement.Platform is { } platform ? $"{AnalysisText.Words(channel)} on {platform}" : AnalysisText.Words(channel));
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
        Wrap($"  {Name(statement.SpeakerId)}{(how.Count > 0 ? ", " + string.Join(", ", how) : string.Empty)} [{Describe(statement.SaidOn)}]", "    ");
        if (statement.Paraphrase is { } paraphrase)
        {
            Wrap($"    Reported: {paraphrase}", "      ");
        }

        foreach (var quotation in statement.Quotations)
        {
            Wrap($"    \u201C{quotation.Text}\u201D", "     ");
        }

        foreach (var proposal in proposalsByStatement[statement.Id])
        {
            var to = proposal.AddresseeIds.Count > 0 ? " to " + string.Join(", ", proposal.AddresseeIds.Select(Name)) : string.Empty;
            Wrap($"    -> proposes {AnalysisText.Phrase(proposal.Kind)}{to}: {proposal.Summary}{Terms(proposal.Terms)}", "       ");
        }

        foreach (var condition in conditionsByStatement[statement.Id])
        {
            var when = new[]
            {
                condition.StartsOn is { } starts ? $"starting {Describe(starts)}" : null,
                condition.Deadline is { } deadline ? $"by {Describe(deadline)}" : null,
            }.OfType<string>();
            var timing = when.Any() ? $" ({string.Join(", ", when)})" : string.Empty;
            var orElse = condition.Consequence is { } consequence ? $"; or else: {consequence.Summary}" : string.Empty;
            var kind = condition.Kind == ConditionKind.Ultimatum ? "an ultimatum" : "a precondition";
            Wrap($"    -> sets {kind} on {Target(condition.ProposalId)}: {condition.Requirement.TrimEnd('.')}{timing}{orElse}", "       ");
        }

        foreach (var reaction in reactionsByStatement[statement.Id])
        {
            var summary = reaction.Summary is { } s ? $": {s}" : string.Empty;
            Wrap($"    -> {AnalysisText.Verb(reaction.Stance)} {Target(reaction.TargetId)}{summary}", "       ");
        }
    }

    private string Target(string id)
    {
        if (proposals.TryGetValue(id, out var proposal))
        {
            return $"{Possessive(proposal.ProposerId)} proposal of {AnalysisText.Phrase(proposal.Kind)}";
        }

        if (conditions.TryGetValue(id, out var condition))
        {
            return $"{Possessive(condition.SetterId)} {AnalysisText.Words(condition.Kind)}";
        }

        return statements.TryGetValue(id, out var statement)
            ? $"{Possessive(statement.SpeakerId)} statement of {statement.SaidOn.Value:yyyy-MM-dd}"
            : $"'{id}'";
    }

    private static string Terms(ProposalTerms terms)
    {
        var parts = new[]
        {
            terms.Venue is { } venue ? $"in {venue.Name}" : null,
            terms.Date is { } date ? $"on {Describe(date)}" : null,
            terms.Duration is { } duration ? $"for {duration.Value} {AnalysisText.Words(duration.Unit)}{(duration.Value == 1 ? string.Empty : "s")}" : null,
            terms.Preconditions switch
            {
                PreconditionStance.ExplicitlyExcluded => "without preconditions",
                PreconditionStance.Required => "with preconditions",
                _ => null,
            },
        }.OfType<string>().ToList();
        return parts.Count > 0 ? $" [{string.Join("; ", parts)}]" : string.Empty;
    }

    /// <summary>A date as a reader wants it: the value, how precise, the source's words, how it was obtained.</summary>
    private static string Describe(EventDate date)
    {
        var value = date.Granularity switch
        {
            DateGranularity.Month => $"{date.Value:MMMM yyyy} (month; approximate)",
            DateGranularity.Year => $"{date.Value:yyyy} (year; approximate)",
            _ => date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (date.Time is { } time)
        {
            value += $" {time:HH:mm}{(date.TimeZone is { } zone ? " " + zone : string.Empty)}";
        }

        return date.Basis switch
        {
            DateBasis.Relative => $"{value}, \"{date.Text}\" resolved against {date.ResolvedAgainst:yyyy-MM-dd}",
            DateBasis.Inferred => $"{value}, not stated; taken from the report",
            _ => date.Text is { } text ? $"{value}, \"{text}\"" : value,
        };
    }

    private string Possessive(string id)
    {
        var name = Name(id);
        return name.EndsWith('s') ? name + "'" : name + "'s";
    }

    private string Name(string id) => actors.TryGetValue(id, out var actor) ? actor.Name : $"'{id}'";

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
