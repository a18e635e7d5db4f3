namespace PeaceModel.Analysis;

/// <summary>
/// Where a proposal stands as of the report's date, in one word: the proposer's own acts first
/// (<see cref="ProposalStanding"/>: withdrawn, lapsed), otherwise the combined answer of its addressees
/// (<see cref="ProposalAnalysis.Outcome"/>). Rules in <c>docs/analysis.md</c>.
/// </summary>
public enum ProposalStatus
{
    /// <summary>Pending: no answer yet, only welcomes or noncommittal words, or mixed answers short of a decision (some accepted, others silent).</summary>
    Open,

    /// <summary>Every addressee accepted, at least one on conditions of its own (O3).</summary>
    ConditionallyAccepted,

    /// <summary>Every addressee accepted as it stands (O3).</summary>
    Accepted,

    /// <summary>An addressee answered with a counter-proposal or a counter stance (O2).</summary>
    Countered,

    /// <summary>An addressee rejected or dismissed it, or the ultimatum or deadline its proposer attached (O1).</summary>
    Rejected,

    /// <summary>Every addressee deferred its answer ("took note, will discuss it later") (O4).</summary>
    Deferred,

    /// <summary>Every addressee is considering it or deferred, at least one considering (O5).</summary>
    UnderConsideration,

    /// <summary>Its proposer withdrew it (W1).</summary>
    Withdrawn,

    /// <summary>A deadline its proposer set passed before the report's date without an acceptance (W2).</summary>
    Lapsed,

    /// <summary>Put to the vote in a body and adopted (O7): a draft resolution that passed.</summary>
    Adopted,

    /// <summary>Put to the vote in a body and not adopted, failed or vetoed (O7). Not a rejection by the addressees: a majority may have voted for it.</summary>
    NotAdopted,
}
