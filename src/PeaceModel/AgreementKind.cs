using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>What an <see cref="Agreement"/> is, whatever stage of the process it belongs to (<see cref="AgreementStage"/>).</summary>
[JsonConverter(typeof(StrictEnumConverter<AgreementKind>))]
public enum AgreementKind
{
    /// <summary>A ceasefire or truce.</summary>
    Ceasefire,

    /// <summary>An exchange or release of prisoners, detainees or the dead.</summary>
    PrisonerExchange,

    /// <summary>A framework agreement: the outline later agreements fill in.</summary>
    Framework,

    /// <summary>A declaration of principles or a joint declaration.</summary>
    DeclarationOfPrinciples,

    /// <summary>A peace agreement or settlement.</summary>
    PeaceAgreement,

    /// <summary>A humanitarian arrangement: a corridor, access for aid, an evacuation.</summary>
    Humanitarian,

    /// <summary>Anything else; say what in the summary.</summary>
    Other,
}
