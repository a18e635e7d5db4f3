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
            text.Append($"| {Cell(proposal.Proposal.Summary)} | {Cell(index.Name(proposal.Proposal.ProposerId))} to {Cell(to)} | **{Words(proposal.Status)}** | {Cell(why)} |\n");
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
            text.Append($"{entry.DateLabel.PadRight(width)}  {Words(entry.Kind)}: {entry.Description}\n");
        }

        return text.ToString();
    }

    /// <summary>Describes a stance as the verb of a sentence: <c>welcomes</c>, <c>accepts on conditions</c>, <c>dismisses</c>, ...</summary>
    /// <param name="stance">The stance.</param>
    /// <returns>The verb phrase.</returns>
    public static string Verb(Stance stance) => stance switch
    {
        Stance.Welcome => "welcomes",
        Stance.Accept => "accepts",
        Stance.ConditionalAcceptance => "accepts on conditions",
        Stance.Reject => "rejects",
        Stance.Dismiss => "dismisses",
        Stance.Noncommittal => "is noncommittal towards",
        Stance.Counter => "counters",
        _ => Words(stance),
    };

    /// <summary>Describes what a proposal proposes as a noun phrase: <c>direct negotiations</c>, <c>a ceasefire</c>, ...</summary>
    /// <param name="kind">The kind of proposal.</param>
    /// <returns>The noun phrase.</returns>
    public static string Phrase(ProposalKind kind) => kind switch
    {
        ProposalKind.DirectNegotiations => "direct negotiations",
        ProposalKind.MediatedNegotiations => "mediated negotiations",
        ProposalKind.Meeting => "a meeting",
        ProposalKind.Ceasefire => "a ceasefire",
        ProposalKind.Truce => "a truce",
        ProposalKind.PrisonerExchange => "a prisoner exchange",
        ProposalKind.HumanitarianArrangement => "a humanitarian arrangement",
        ProposalKind.PeaceAgreement => "a peace agreement",
        _ => Words(kind),
    };

    /// <summary>Turns an enum member into lower-case words: <c>TelevisedAddress</c> becomes <c>televised address</c>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The words.</returns>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
