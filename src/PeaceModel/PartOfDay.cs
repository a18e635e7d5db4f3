using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>A part of the day named without a time (TimeML's <c>MO</c>, <c>AF</c>, <c>EV</c>, <c>NI</c>).</summary>
[JsonConverter(typeof(StrictEnumConverter<PartOfDay>))]
public enum PartOfDay
{
    /// <summary>"in the morning".</summary>
    Morning,

    /// <summary>"in the afternoon".</summary>
    Afternoon,

    /// <summary>"in the evening", "Sunday evening".</summary>
    Evening,

    /// <summary>"at night", "overnight".</summary>
    Night,
}
