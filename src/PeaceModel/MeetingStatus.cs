using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>Where a meeting stands (after schema.org's <c>EventStatusType</c>).</summary>
[JsonConverter(typeof(StrictEnumConverter<MeetingStatus>))]
public enum MeetingStatus
{
    /// <summary>Proposed by someone, not yet agreed.</summary>
    Proposed,

    /// <summary>Agreed or announced for a date.</summary>
    Scheduled,

    /// <summary>Took place (or is taking place).</summary>
    Held,

    /// <summary>Put off, to a later or an unknown date; <see cref="Meeting.PreviousDate"/> keeps the date it had.</summary>
    Postponed,

    /// <summary>Called off.</summary>
    Cancelled,
}
