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
    /// <summary>Writes one Markdown table row per proposal: proposal, proposer, status, and why.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The table, lines ending in <c>\n</c>.</returns>
    public static string StatusTable(EpisodeAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var index = EventIndex.Create(analysis.Event);
        var text = new StringBuilder("| proposal | proposed by, to | status | why (rule: records) |\n|---|---|---|---|\n");
        foreach (var proposal in analysis.Proposals)
        {
            var to = string.Join(", ", proposal.Proposal.AddresseeIds.Select(id => Name(index, id)));
            var why = $"{Explain(proposal, index)} ({proposal.Reason.Rule}: {string.Join(", ", proposal.Reason.RecordIds)})";
            text.Append($"| {Cell(proposal.Proposal.Summary)} | {Cell(Name(index, proposal.Proposal.ProposerId))} to {Cell(to)} | **{Words(proposal.Status)}** | {Cell(why)} |\n");
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
            text.Append($"  {Words(entry.Kind)}: {Describe(entry, index)}\n");
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
        if (proposal.Reason.Rule == "S1")
        {
            return "Nobody has answered it.";
        }

        var decisive = proposal.Positions.Where(p => p.IsDecisive).ToList();
        var others = proposal.Positions.Where(p => !p.IsDecisive).Select(p => Explain(p, index).TrimEnd('.')).ToList();
        var also = others.Count > 0 ? $" Also: {string.Join("; ", others)}." : string.Empty;
        var who = proposal.Reason.Rule == "S2" ? "the party it was made to" : "third parties only";
        return $"Decided by {who}: {string.Join(" ", decisive.Select(p => Explain(p, index)))}{also}";
    }

    /// <summary>Says why a party stands where it does: <c>Vladimir Putin (RUS) dismissed it as an ultimatum (...)</c>.</summary>
    /// <param name="position">The party's position.</param>
    /// <param name="index">The index of the analysed event.</param>
    /// <returns>A sentence.</returns>
    public static string Explain(PartyPosition position, EventIndex index)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(index);
        var name = Name(index, position.ActorId);
        var records = position.Reason.RecordIds.Where(id => !position.KeptOpenIds.Contains(id)).ToList();
        var reactions = records.Select(index.Find<Reaction>).OfType<Reaction>().ToList();
        var sentence = position.Reason.Rule switch
        {
            "P1" => $"{name} rejected {What(reactions, index)}",
            "P2" => $"{name} dismissed {What(reactions, index)}",
            "P3" => $"{name} countered it",
            "P4" => Conditional(name, reactions, [.. records.Select(index.Find<Condition>).OfType<Condition>()]),
            "P5" => $"{name} accepted it",
            "P6" => $"{name} welcomed it",
            _ => $"{name} did not commit",
        };
        var open = position.KeptOpenIds.Select(id => index.Find<Reaction>(id)).OfType<Reaction>().ToList();
        var aside = open.Count > 0 ? $", while keeping it open ({string.Join("; ", open.Select(r => Clause(r.Summary ?? r.Id)))})" : string.Empty;
        return sentence + aside + ".";
    }

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
                return $"{Name(index, statement.SpeakerId)}: {how}{(statement.Platform is { } platform ? " on " + platform : string.Empty)}";
            case Proposal proposal:
                var venue = proposal.Terms?.Venue is { } place ? $" in {place.Name}" : string.Empty;
                return $"{Phrase(proposal.Kind)}{venue}, as proposed by {Name(index, proposal.ProposerId)}";
            case Condition condition when entry.Kind == TimelineEntryKind.ConditionStart:
                return $"start of what {Name(index, condition.SetterId)} requires: {condition.Requirement.TrimEnd('.')}";
            case Condition condition:
                return $"deadline set by {Name(index, condition.SetterId)}: {condition.Requirement.TrimEnd('.')}";
            default:
                return $"'{entry.RecordId}'";
        }
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

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
