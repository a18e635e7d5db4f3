using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>What a claim asserts.</summary>
[JsonConverter(typeof(StrictEnumConverter<ClaimKind>))]
public enum ClaimKind
{
    /// <summary>A state of affairs ("two battalions are in the pass", "back-channel talks continue").</summary>
    Fact,

    /// <summary>That another actor did something wrong: an alleged violation of an agreement, an attack.</summary>
    Accusation,

    /// <summary>That something was agreed ("both agreed to begin talks"), as one side's account.</summary>
    AgreementReached,

    /// <summary>A judgement of how things stand ("the ceasefire is largely holding"), such as a monitor's.</summary>
    Assessment,

    /// <summary>What happened at a meeting or call, as one side tells it (a readout's "exchanged views").</summary>
    Account,

    /// <summary>A claim of credit: "we brokered it", "our pressure made it possible".</summary>
    Credit,

    /// <summary>A forecast: what the claimant says will happen ("the exchange will take place next week").</summary>
    Forecast,
}
