using System.CommandLine;

namespace PeaceModel.Cli.Summary;

/// <summary>The options and output shared by <c>peacemodel summarize</c> and <c>peacemodel store summarize</c>.</summary>
internal static class SummaryOutput
{
    /// <summary>The <c>--rules</c> option: cite the rule and records behind each status in the text account.</summary>
    public static Option<bool> Rules() => new("--rules")
    {
        Description = "In the text account, follow each status with the rule and records behind it (docs/analysis.md); the JSON always carries them.",
    };

    /// <summary>Renders an episode as the text account or the summary JSON.</summary>
    public static string Render(string? format, DiplomaticEvent episode, DateOnly? asOf, bool citeRules) =>
        format == "json" ? SummaryJson.Render(episode, asOf) : EpisodeSummary.Render(episode, asOf, citeRules);
}
