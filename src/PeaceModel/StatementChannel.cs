using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>Through which channel a <see cref="Statement"/> was made.</summary>
[JsonConverter(typeof(StrictEnumConverter<StatementChannel>))]
public enum StatementChannel
{
    /// <summary>An address broadcast on television, such as Putin's late-night statement from the Kremlin.</summary>
    TelevisedAddress,

    /// <summary>A post on a social-media platform named in <see cref="Statement.Platform"/>, such as X or Truth Social.</summary>
    SocialMediaPost,

    /// <summary>Remarks at a press conference or to reporters.</summary>
    PressConference,

    /// <summary>An interview given to a journalist or outlet.</summary>
    Interview,

    /// <summary>A speech before an audience.</summary>
    Speech,

    /// <summary>A written statement, letter or communiqué.</summary>
    WrittenStatement,

    /// <summary>Words spoken at a meeting or summit with other parties.</summary>
    Meeting,

    /// <summary>A telephone or video call.</summary>
    PhoneCall,

    /// <summary>A government's written account of a call or meeting.</summary>
    Readout,
}
