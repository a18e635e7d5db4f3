using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>What a signatory did with the agreement's text.</summary>
[JsonConverter(typeof(StrictEnumConverter<SigningAct>))]
public enum SigningAct
{
    /// <summary>Signed it (possibly with a reservation).</summary>
    Signed,

    /// <summary>Agreed to it, or accepted it, without a signature reported ("both agreed to ...", "accepts this agreement").</summary>
    Agreed,

    /// <summary>Took part but did not sign.</summary>
    Abstained,

    /// <summary>
    /// A party to the agreement whose signing or agreeing the report does not mention ("the government
    /// said in a statement that did not say whether the Front had also signed"): unknown, not "no".
    /// It counts among the parties, not among those that signed or agreed.
    /// </summary>
    NotReported,
}
