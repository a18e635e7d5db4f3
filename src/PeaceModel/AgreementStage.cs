using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>The stage of a peace process an agreement belongs to (after PA-X's agreement stages).</summary>
[JsonConverter(typeof(StrictEnumConverter<AgreementStage>))]
public enum AgreementStage
{
    /// <summary>About talks themselves: who meets, where, on which agenda.</summary>
    PreNegotiation,

    /// <summary>A ceasefire or related arrangement.</summary>
    Ceasefire,

    /// <summary>Settles some substantive issues (a declaration on shared water, a prisoner exchange).</summary>
    Partial,

    /// <summary>A framework or comprehensive settlement.</summary>
    Comprehensive,

    /// <summary>Implements or renegotiates an earlier agreement.</summary>
    Implementation,

    /// <summary>Renews an earlier agreement.</summary>
    Renewal,
}
