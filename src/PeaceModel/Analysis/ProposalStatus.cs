namespace PeaceModel.Analysis;

/// <summary>Where a proposal stands now, derived from the positions of the parties it was made to (rules S1–S3 in <c>docs/analysis.md</c>).</summary>
public enum ProposalStatus
{
    /// <summary>Nobody has answered it yet, or only without committing.</summary>
    Open,

    /// <summary>Welcomed, without acceptance or conditions.</summary>
    Welcomed,

    /// <summary>Accepted on conditions.</summary>
    ConditionallyAccepted,

    /// <summary>Accepted as it stands.</summary>
    Accepted,

    /// <summary>Answered with a counter-proposal.</summary>
    Countered,

    /// <summary>Rejected or dismissed.</summary>
    Rejected,
}
