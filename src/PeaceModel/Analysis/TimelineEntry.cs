namespace PeaceModel.Analysis;

/// <summary>One dated happening of an episode, placed by the period its date stands for.</summary>
public sealed record TimelineEntry
{
    /// <summary>Gets the date, with its granularity, wording and basis.</summary>
    public required EventDate Date { get; init; }

    /// <summary>Gets what happens on that date.</summary>
    public required TimelineEntryKind Kind { get; init; }

    /// <summary>Gets the id of the statement, proposal or condition the entry comes from.</summary>
    public required string RecordId { get; init; }

    /// <summary>Gets the happening in a few words, such as <c>Vladimir Putin: televised address</c>.</summary>
    public required string Description { get; init; }

    /// <summary>Gets whether the date is coarser than a day (a month-granular "early April" is approximate, not 1 April).</summary>
    public bool IsApproximate => Date.Granularity != DateGranularity.Day;

    /// <summary>Gets whether the date was resolved from relative wording, such as "Thursday".</summary>
    public bool IsResolvedFromRelativeWording => Date.Basis == DateBasis.Relative;

    /// <summary>Gets a label for the date: <c>2025-05-15</c>, <c>April 2025 (approximate)</c>, with <c>, from "Thursday"</c> or <c>, not stated</c> as it applies.</summary>
    public string DateLabel
    {
        get
        {
            var label = Date.Granularity switch
            {
                DateGranularity.Month => $"{Date.Value:yyyy-MM} (approximate: month)",
                DateGranularity.Year => $"{Date.Value:yyyy} (approximate: year)",
                _ => $"{Date.Value:yyyy-MM-dd}",
            };
            return Date.Basis switch
            {
                DateBasis.Relative => $"{label}, from \"{Date.Text}\"",
                DateBasis.Inferred => $"{label}, not stated",
                _ => label,
            };
        }
    }
}
