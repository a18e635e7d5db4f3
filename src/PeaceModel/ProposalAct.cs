using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>The speech act a proposal is made with, as the source presents it.</summary>
[JsonConverter(typeof(StrictEnumConverter<ProposalAct>))]
public enum ProposalAct
{
    /// <summary>The proposer offers to do something ("offered to fund the mission").</summary>
    Offer,

    /// <summary>The proposer asks the addressees to do something, without a threat.</summary>
    Request,

    /// <summary>The proposer insists; a demand with a stated consequence is an ultimatum (a <see cref="Condition"/>).</summary>
    Demand,

    /// <summary>The proposer invites the addressees to a meeting or to join something.</summary>
    Invitation,

    /// <summary>The proposer suggests or proposes an idea, often as a third party ("proposed that the ministers meet").</summary>
    Suggestion,

    /// <summary>A general call, such as to show restraint or return to talks.</summary>
    Appeal,
}
