using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>What a <see cref="Proposal"/> proposes.</summary>
[JsonConverter(typeof(StrictEnumConverter<ProposalKind>))]
public enum ProposalKind
{
    /// <summary>Direct negotiations between the parties, such as Putin's proposed talks in Istanbul.</summary>
    DirectNegotiations,

    /// <summary>Negotiations through a mediator or third party.</summary>
    MediatedNegotiations,

    /// <summary>A meeting of leaders or delegations.</summary>
    Meeting,

    /// <summary>A general ceasefire, such as the European demand of a 30-day unconditional ceasefire.</summary>
    Ceasefire,

    /// <summary>A limited or temporary truce (local, holiday, energy infrastructure, ...).</summary>
    Truce,

    /// <summary>An exchange of prisoners or of the dead.</summary>
    PrisonerExchange,

    /// <summary>A humanitarian arrangement, such as a corridor or an aid delivery.</summary>
    HumanitarianArrangement,

    /// <summary>A peace agreement or settlement.</summary>
    PeaceAgreement,

    /// <summary>Funding, equipment or other support offered or asked for (to fund an observer mission).</summary>
    Assistance,

    /// <summary>Cooperation on a shared matter (sharing river-flow data, a joint commission).</summary>
    Cooperation,

    /// <summary>Passage or access: a corridor, a crossing or a bridge opened, a blockade lifted.</summary>
    Access,

    /// <summary>Anything else; say what in the summary.</summary>
    Other,

    /// <summary>Troops or weapons withdrawn from somewhere ("withdraw two battalions from the pass").</summary>
    Withdrawal,

    /// <summary>Observers, monitors or a fact-finding mission sent somewhere.</summary>
    Monitoring,
}
