namespace PeaceModel.Storage;

/// <summary>
/// Why a document was refused: the same path, code and message <c>peacemodel validate</c> reports. A document that
/// cannot be read has one problem of code <c>JSON</c>; a validation rule gives its stable code (<c>PM0009</c>);
/// a rule across the documents of a thread gives its code with the path of the document it was found in.
/// </summary>
public sealed record StoreProblem
{
    /// <summary>The code of a problem reading the JSON.</summary>
    public const string JsonCode = "JSON";

    /// <summary>Gets the path in the document, in JSON names (<c>statements[2].speakerId</c>; <c>$</c> for the whole document).</summary>
    public required string Path { get; init; }

    /// <summary>Gets the code: <see cref="JsonCode"/> or a validation code such as <c>PM0009</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets what is wrong and what would be right.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the id of the other stored document a thread problem was found in, or <see langword="null"/> when it is in the document put.</summary>
    public string? DocumentId { get; init; }

    /// <inheritdoc/>
    public override string ToString() => DocumentId is null ? $"{Path}: {Code}: {Message}" : $"{DocumentId}: {Path}: {Code}: {Message}";
}
