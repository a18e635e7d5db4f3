using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>How the value of an <see cref="EventDate"/> was obtained from the source.</summary>
[JsonConverter(typeof(StrictEnumConverter<DateBasis>))]
public enum DateBasis
{
    /// <summary>The source states the date itself, such as "on Sunday, May 11" in a report of 2025.</summary>
    Stated,

    /// <summary>
    /// The source gives relative wording ("Thursday", "tomorrow", "on Saturday"), resolved against the
    /// date in <see cref="EventDate.ResolvedAgainst"/> (usually the report's or the statement's date).
    /// </summary>
    Relative,

    /// <summary>
    /// The source gives no date for this; it was inferred from context, such as the date of the
    /// report that tells of it, held in <see cref="EventDate.ResolvedAgainst"/>.
    /// </summary>
    Inferred,
}
