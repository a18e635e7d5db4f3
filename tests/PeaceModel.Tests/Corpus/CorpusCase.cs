namespace PeaceModel.Tests.Corpus;

/// <summary>One entry of <c>Corpus/corpus.json</c>: an input and what reading and validating it must give.</summary>
public sealed record CorpusCase
{
    /// <summary>A file of this folder, or <c>generated:NAME</c> for an input too large to keep as a file.</summary>
    public required string Input { get; init; }

    /// <summary><c>json</c> (a JsonException), <c>invalid</c> (a validation failure) or <c>valid</c>.</summary>
    public required string Outcome { get; init; }

    /// <summary>The JSON path of the exception, or the validation path of the failure.</summary>
    public string? Path { get; init; }

    /// <summary>The line of the exception (0-based, as JsonException counts), when the text is malformed.</summary>
    public long? Line { get; init; }

    /// <summary>The validation code expected.</summary>
    public string? Code { get; init; }

    /// <summary>Words the message must hold.</summary>
    public string? Message { get; init; }

    public override string ToString() => Input;
}
