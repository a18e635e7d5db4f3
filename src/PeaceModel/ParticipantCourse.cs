using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>What one participant did in a meeting, kept apart from what the meeting did (<see cref="MeetingStatus"/>).</summary>
[JsonConverter(typeof(StrictEnumConverter<ParticipantCourse>))]
public enum ParticipantCourse
{
    /// <summary>Took part.</summary>
    Attended,

    /// <summary>Was expected or invited and did not come ("the opposition stayed away").</summary>
    StayedAway,

    /// <summary>Took part, then left in protest before the end.</summary>
    WalkedOut,

    /// <summary>Took part, then was called home by its own side ("recalled for consultations").</summary>
    Recalled,
}
