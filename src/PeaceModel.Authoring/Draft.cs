namespace PeaceModel.Authoring;

/// <summary>A drafted event and what the drafter found for each quoted passage.</summary>
public sealed record Draft
{
    /// <summary>Gets the drafted event. Its placeholders (texts starting with <c>TODO:</c>) fail validation with <c>PM0028</c> until a person fills them in.</summary>
    public required DiplomaticEvent Event { get; init; }

    /// <summary>Gets every quoted passage in reading order, with the speaker found for it (<see langword="null"/> when none was).</summary>
    public required ValueList<DraftedPassage> Passages { get; init; }

    /// <summary>Gets the report's time expressions, resolved where they can be (<see cref="TimeExpressions"/>), to copy into the records a person adds.</summary>
    public ValueList<DraftedDate> Dates { get; init; }

    /// <summary>Gets the sentences of reported speech (no quotation marks), each with the statement drafted for it. Empty when there are none.</summary>
    public ValueList<DraftedReportedSpeech> ReportedSpeech { get; init; }

    /// <summary>Gets the report's date the draft used: the text's date line, else <see cref="DraftOptions.ReportDate"/>, else the date of its dateline or a date line above the body.</summary>
    public DateOnly ReportDate { get; init; }

    /// <summary>Gets the place of the report's dateline ("MOSCOW" in "MOSCOW, March 3 (Interfax) -"), or <see langword="null"/> when it has none; never a speaker.</summary>
    public string? Dateline { get; init; }
}

/// <summary>One quoted passage of a report, as the drafter found it.</summary>
public sealed record DraftedPassage
{
    /// <summary>Gets the quotation (verbatim, with its offsets).</summary>
    public required Quotation Quotation { get; init; }

    /// <summary>Gets the speaker's name as the report gives it, or <see langword="null"/> when no attribution was found.</summary>
    public string? Speaker { get; init; }

    /// <summary>Gets the id of the statement the passage was put in.</summary>
    public required string StatementId { get; init; }
}
