using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>The unit of a <see cref="Duration"/>.</summary>
[JsonConverter(typeof(StrictEnumConverter<DurationUnit>))]
public enum DurationUnit
{
    /// <summary>Days.</summary>
    Day,

    /// <summary>Weeks.</summary>
    Week,

    /// <summary>Calendar months.</summary>
    Month,

    /// <summary>Calendar years.</summary>
    Year,

    /// <summary>Hours ("within 48 hours", "72 hours").</summary>
    Hour,
}
