namespace PeaceModel;

/// <summary>
/// A verbatim passage of a source text, with its exact position in it. Positions count UTF-16 code
/// units (the <see cref="string"/> indices of .NET) of the source text decoded from UTF-8, without a
/// byte-order mark and with its line breaks as they are.
/// </summary>
/// <example>
/// Putin's words in the seed report: <c>new Quotation { Text = "We are proposing that Kyiv resume direct
/// negotiations without any preconditions,", Start = 585, Length = 80 }</c>. The text is everything
/// between the quotation marks, punctuation included, exactly as the source prints it.
/// </example>
public sealed record Quotation
{
    /// <summary>Gets the quoted text, exactly as in the source. Not blank; at most 10,000 characters.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the position of the quotation's first character in the source text, in UTF-16 code units from 0.</summary>
    public required int Start { get; init; }

    /// <summary>Gets the length of the quotation in UTF-16 code units; equal to the length of <see cref="Text"/>.</summary>
    public required int Length { get; init; }

    /// <summary>
    /// Gets whether the source opens the quotation and never closes it (a quotation that runs to the end
    /// of a paragraph or of the text): an account then prints the opening mark only. Defaults to
    /// <see langword="false"/>, left out of the JSON.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Unclosed { get; init; }
}
