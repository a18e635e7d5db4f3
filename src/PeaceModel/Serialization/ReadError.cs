namespace PeaceModel.Serialization;

/// <summary>
/// Why and where a document could not be read, as data: carried by every <see cref="JsonReadException"/>.
/// The exception's message is composed from it in one place; code switches on <see cref="Reason"/>.
/// </summary>
public sealed record ReadError
{
    /// <summary>Gets why the document could not be read.</summary>
    public required ReadErrorReason Reason { get; init; }

    /// <summary>Gets the JSON path of the offending value, such as <c>$.actors[0].kind</c>; <c>$</c> for the whole document.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the line of the failure, counted from 0 as <see cref="System.Text.Json.JsonException.LineNumber"/> does, or <see langword="null"/> when unknown.</summary>
    public long? LineNumber { get; init; }

    /// <summary>Gets the byte in that line, counted from 0 as <see cref="System.Text.Json.JsonException.BytePositionInLine"/> does, or <see langword="null"/> when unknown.</summary>
    public long? BytePositionInLine { get; init; }

    /// <summary>Gets the property concerned (unknown or duplicate), or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the names that go with the reason: the known properties, the missing ones, or the allowed values.</summary>
    public ValueList<string> Names { get; init; }

    /// <summary>Gets the offending value as written (<c>"persn"</c>) or its JSON kind (<c>number</c>), or <see langword="null"/>.</summary>
    public string? Found { get; init; }

    /// <summary>Gets the .NET type the format expects at <see cref="Path"/>, or <see langword="null"/> when it is not known.</summary>
    public Type? ExpectedType { get; init; }

    /// <summary>Gets the name of the broken <see cref="ReadLimits"/> property, such as <c>MaxStringBytes</c>, for <see cref="ReadErrorReason.LimitExceeded"/>.</summary>
    public string? Limit { get; init; }

    /// <summary>Gets the bound that was broken, for <see cref="ReadErrorReason.LimitExceeded"/>.</summary>
    public long? LimitValue { get; init; }

    /// <summary>Gets the size found, where it is known (the string's bytes), for <see cref="ReadErrorReason.LimitExceeded"/>.</summary>
    public long? Actual { get; init; }

    /// <summary>Gets what is wrong and what would be right, without the path and the position: <c>"persn" is not allowed here; expected one of ...</c>.</summary>
    public string Description => ReadErrors.Describe(this);

    /// <summary>Returns the whole message: path, description, and position (line and byte counted from 1).</summary>
    /// <returns>The message, such as <c>$.actors[0].kind: "persn" is not allowed here; ... (line 23, byte 22)</c>.</returns>
    public override string ToString() => ReadErrors.Message(this);
}
