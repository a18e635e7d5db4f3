using System.Text.Json.Serialization;

namespace PeaceModel;

/// <summary>An amount named in terms or reports: 40 monitors, 15 km, about 60 percent.</summary>
/// <example><c>new Quantity { Value = 1000, Unit = "prisoners", Text = "1,000" }</c></example>
public sealed record Quantity
{
    /// <summary>Gets the number; not negative, with at most six decimals.</summary>
    public required decimal Value { get; init; }

    /// <summary>Gets what is counted or measured, such as <c>monitors</c>, <c>km</c> or <c>percent</c>. Not blank; at most 200 characters.</summary>
    public required string Unit { get; init; }

    /// <summary>Gets whether the source gives the amount as approximate ("about 60 percent").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Approximate { get; init; }

    /// <summary>Gets the source's wording, such as <c>1,000 for 1,000</c>, or <see langword="null"/>.</summary>
    public string? Text { get; init; }
}
