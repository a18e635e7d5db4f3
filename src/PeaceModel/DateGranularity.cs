using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>How precise an <see cref="EventDate"/> is.</summary>
[JsonConverter(typeof(StrictEnumConverter<DateGranularity>))]
public enum DateGranularity
{
    /// <summary>A single day, such as "Thursday" resolved to 2025-05-15.</summary>
    Day,

    /// <summary>A whole month, such as "early April"; the date's value is the first day of the month.</summary>
    Month,

    /// <summary>A whole year, such as "in 2022"; the date's value is the first of January.</summary>
    Year,
}
