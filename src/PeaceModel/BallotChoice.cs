using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>How one member of a body voted on a <see cref="Vote"/>.</summary>
[JsonConverter(typeof(StrictEnumConverter<BallotChoice>))]
public enum BallotChoice
{
    /// <summary>Voted in favour.</summary>
    For,

    /// <summary>Voted against. A permanent member's vote against is a veto where the rule gives one.</summary>
    Against,

    /// <summary>Abstained: present and voting neither way.</summary>
    Abstain,

    /// <summary>Was absent from the vote.</summary>
    Absent,

    /// <summary>Present but did not take part in the vote ("did not participate").</summary>
    NotParticipating,
}
