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

    /// <summary>Took place.</summary>
    Held,

    /// <summary>Put off, to a later or an unknown date; <see cref="Meeting.PreviousDate"/> keeps the date it had.</summary>
    Postponed,

    /// <summary>Called off.</summary>
    Cancelled,

    /// <summary>Under way at the time of the report ("discussions were continuing"): begun, not ended. It has taken place, as <see cref="Held"/> has.</summary>
    Ongoing,

    /// <summary>Begun and broken off, to resume or not ("talks were suspended after the delegation was recalled"); the cause is a record of its own (an incident, a statement).</summary>
    Suspended,

    /// <summary>Suspended and then taken up again.</summary>
    Resumed,

    /// <summary>Begun and ended without the result sought, with no resumption foreseen ("the talks collapsed").</summary>
    Collapsed,

    /// <summary>Agreed to be held, with no date set ("agreed in principle to meet"); also what the analysis derives for a meeting an accepted proposal or an agreement foresees without a date.</summary>
    AgreedInPrinciple,
}
