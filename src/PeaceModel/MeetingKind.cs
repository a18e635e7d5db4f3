using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>The form of a meeting (PLOVER's CONSULT modes: visit, third-party, multilateral, phone).</summary>
[JsonConverter(typeof(StrictEnumConverter<MeetingKind>))]
public enum MeetingKind
{
    /// <summary>Negotiations between delegations, possibly over several days or rounds.</summary>
    Talks,

    /// <summary>A meeting of heads of state or government, or of many governments.</summary>
    Summit,

    /// <summary>A telephone or video call.</summary>
    Call,

    /// <summary>A visit by one side to the other.</summary>
    Visit,

    /// <summary>A session or sitting of a body that decides by vote: a council, a parliament, a party congress.</summary>
    Session,
}
