using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>The capacity in which an actor signs or is asked to sign an agreement (after PA-X).</summary>
[JsonConverter(typeof(StrictEnumConverter<SignatoryRole>))]
public enum SignatoryRole
{
    /// <summary>A party bound by the agreement.</summary>
    Party,

    /// <summary>A third-party signatory who witnesses the signing; not bound, not a party.</summary>
    Witness,

    /// <summary>A third-party signatory who guarantees the agreement; not a party.</summary>
    Guarantor,
}
