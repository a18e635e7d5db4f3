using System.Text;

namespace PeaceModel.Analysis;

/// <summary>Renders an <see cref="EpisodeAnalysis"/> for people: a status table in Markdown and a timeline in plain text.</summary>
public static class AnalysisText
{
    /// <summary>Writes one Markdown table row per proposal: proposal, proposer, status, and why.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="diplomaticEvent">The event it was made from (for actor names).</param>
    /// <returns>The table, lines ending in <c>\n</c>.</returns>
    public static string StatusTable(EpisodeAnalysis analysis, DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        var index = new EpisodeIndex(diplomaticEvent);
        var text = new StringBuilder("| proposal | proposed by, to | status | why (rule: records) |\n|---|---|---|---|\n");
        foreach (var proposal in analysis.Proposals)
        {
            var to = string.Join(", ", proposal.Proposal.AddresseeIds.Select(index.Name));
            var why = $"{proposal.Reason.Explanation} ({proposal.Reason.Rule}: {string.Join(", ", proposal.Reason.RecordIds)})";
            text.Append($"| {Cell(proposal.Proposal.Summary)} | {Cell(index.Name(proposal.Proposal.ProposerId))} to {Cell(to)} | **{TimelineBuilder.Words(proposal.Status.ToString())}** | {Cell(why)} |\n");
        }

        return text.ToString();
    }

    /// <summary>Writes the timeline, one happening per line: date label, kind, description.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The timeline, lines ending in <c>\n</c>.</returns>
    public static string Timeline(EpisodeAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var width = analysis.Timeline.Count == 0 ? 0 : analysis.Timeline.Max(e => e.DateLabel.Length);
        var text = new StringBuilder();
        foreach (var entry in analysis.Timeline)
        {
            text.Append($"{entry.DateLabel.PadRight(width)}  {TimelineBuilder.Words(entry.Kind.ToString())}: {entry.Description}\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
