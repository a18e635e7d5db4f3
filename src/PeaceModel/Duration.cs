namespace PeaceModel;

/// <summary>A stated length of time, such as the "30-day" of a proposed ceasefire, with the source's wording.</summary>
public sealed record Duration
{
    /// <summary>Gets how many <see cref="Unit"/>s; at least 1.</summary>
    public required int Value { get; init; }

    /// <summary>Gets the unit of <see cref="Value"/>.</summary>
    public required DurationUnit Unit { get; init; }

    /// <summary>Gets the source's wording, such as <c>30-day</c>, or <see langword="null"/>.</summary>
    public string? Text { get; init; }
}
