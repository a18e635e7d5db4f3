using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>What a signatory did with the agreement's text.</summary>
[JsonConverter(typeof(StrictEnumConverter<SigningAct>))]
public enum SigningAct
{
    /// <summary>Signed it (possibly with a reservation).</summary>
    Signed,

    /// <summary>Agreed to it without a signature reported ("both agreed to ...").</summary>
    Agreed,

    /// <summary>Took part but did not sign.</summary>
    Abstained,
}
