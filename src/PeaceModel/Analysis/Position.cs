namespace PeaceModel.Analysis;

/// <summary>Where one party stands on a proposal, derived from what those who act for it did (rules P1–P9 in <c>docs/analysis.md</c>).</summary>
public enum Position
{
    /// <summary>Neither yes nor no: noncommittal words, a precondition without a yes, or a rejected precondition of the proposer's (P9).</summary>
    Noncommittal,

    /// <summary>Welcomed it without committing (P8). A welcome is not an acceptance.</summary>
    Welcomed,

    /// <summary>Accepted it as it stands (P4).</summary>
    Accepted,

    /// <summary>Accepted it conditionally, or welcomed or accepted it while setting a precondition of its own (P3).</summary>
    ConditionallyAccepted,

    /// <summary>Answered it with a counter-proposal or a counter stance (P1); a counter outranks a rejection said with it.</summary>
    Countered,

    /// <summary>Rejected or dismissed it, or the ultimatum or deadline its proposer attached to it (P2).</summary>
    Rejected,

    /// <summary>Deferred its answer (P5).</summary>
    Deferred,

    /// <summary>Said it is considering it (P6).</summary>
    Considering,

    /// <summary>An addressee that has not answered (P7). Silence is not acceptance.</summary>
    NoAnswer,

    /// <summary>Accepted some points of a plan and not others (rejected, to be negotiated, or left unanswered) (P11); <see cref="PartyPosition.Points"/> gives each point.</summary>
    PartlyAccepted,

    /// <summary>Wants it negotiated: takes it as a basis for talks without accepting its content (P12).</summary>
    ToBeNegotiated,

    /// <summary>Answered, but the content of the answer is not disclosed (P13): known to have answered, position unknown.</summary>
    Undisclosed,
}
