namespace PeaceModel.Authoring;

/// <summary>A sentence of a report that reports what someone said without quoting them ("The ministry said it would consider the offer"), as the drafter found it.</summary>
public sealed record DraftedReportedSpeech
{
    /// <summary>Gets where the sentence starts in the report (a UTF-16 offset).</summary>
    public required int Start { get; init; }

    /// <summary>Gets the sentence's length in UTF-16 code units.</summary>
    public required int Length { get; init; }

    /// <summary>Gets the speaker's name as the drafter read it.</summary>
    public required string Speaker { get; init; }

    /// <summary>Gets the id of the statement drafted for it, whose paraphrase is a placeholder to fill in.</summary>
    public required string StatementId { get; init; }
}
