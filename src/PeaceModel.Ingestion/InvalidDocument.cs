using PeaceModel.Storage;

namespace PeaceModel.Ingestion;

/// <summary>A document the ingestion refused: its original bytes, where it came from, and why (the problems <c>peacemodel validate</c> reports).</summary>
public sealed record InvalidDocument
{
    /// <summary>Gets the message's bytes, exactly as they arrived.</summary>
    public required ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>Gets where the message was in its transport (<see cref="IIngestMessage.Origin"/>).</summary>
    public required string Origin { get; init; }

    /// <summary>Gets the message's position in its transport, or <see langword="null"/>.</summary>
    public ulong? Sequence { get; init; }

    /// <summary>Gets the document's id when it could be read, otherwise <see langword="null"/>.</summary>
    public string? DocumentId { get; init; }

    /// <summary>Gets the problems: path (JSON names, <c>$</c> for the whole document), code (<c>JSON</c> or a validation code such as <c>PM0009</c>) and message. Never empty.</summary>
    public required ValueList<StoreProblem> Problems { get; init; }

    /// <summary>Gets the problems as one line of JSON (<see cref="IngestProblemsJson"/>), the form the invalid subject carries.</summary>
    /// <returns>UTF-8 JSON, ASCII only (other characters escaped), without line breaks.</returns>
    public byte[] ProblemsJson() => IngestProblemsJson.Write(this);
}
