namespace PeaceModel.Analysis;

/// <summary>Where one agreement stands and who did what with it. An agreement is not a proposal: nobody needs to accept it.</summary>
public sealed record AgreementAnalysis
{
    /// <summary>Gets the agreement.</summary>
    public required Agreement Agreement { get; init; }

    /// <summary>Gets the derived status.</summary>
    public required AgreementStatus Status { get; init; }

    /// <summary>Gets why: the rule and the records behind it.</summary>
    public required StatusReason Reason { get; init; }

    /// <summary>
    /// Gets how many parties signed (not those that agreed without a signature, nor those whose act is not
    /// reported): a group's counted entry ("ten of them") stands for its members, including those with entries of their own.
    /// </summary>
    public required int SignedCount { get; init; }

    /// <summary>Gets how many parties there are to sign: a counted group's stated member count, plus the other parties listed.</summary>
    public required int PartyCount { get; init; }

    /// <summary>Gets the ids of the parties that signed, as listed (a counted group by its own id).</summary>
    public required ValueList<string> SignedIds { get; init; }

    /// <summary>Gets the ids of the parties that agreed to it, no signature of theirs reported ("the Front accepts this agreement").</summary>
    public required ValueList<string> AgreedIds { get; init; }

    /// <summary>Gets the ids of the parties whose signing or agreeing the report does not mention (<see cref="SigningAct.NotReported"/>): unknown, not "no".</summary>
    public required ValueList<string> NotReportedIds { get; init; }

    /// <summary>Gets the ids of the parties that signed with a reservation.</summary>
    public required ValueList<string> ReservationIds { get; init; }

    /// <summary>Gets the ids of the parties that abstained.</summary>
    public required ValueList<string> AbstainedIds { get; init; }

    /// <summary>Gets the ids of the witnesses and guarantors.</summary>
    public required ValueList<string> ThirdPartyIds { get; init; }

    /// <summary>Gets the ids of the proposals about the agreement (offers to support it, as <see cref="Proposal.SubjectId"/> says).</summary>
    public required ValueList<string> ProposalIds { get; init; }

    /// <summary>Gets the ids of the reactions to the agreement (a welcome by a third state).</summary>
    public required ValueList<string> ReactionIds { get; init; }

    /// <summary>Gets what the claims about the agreement say of its keeping (rules K1–K4), a separate axis from <see cref="Status"/>.</summary>
    public ComplianceStatus Compliance { get; init; }

    /// <summary>Gets why the compliance is what it is: the accusations, denials and assessments.</summary>
    public StatusReason? ComplianceReason { get; init; }

    /// <summary>Gets how far the agreement is carried out overall: implemented when every term is, partly when any progress is reported.</summary>
    public ImplementationStatus Implementation { get; init; }

    /// <summary>Gets the progress of each term that has an id, in the order of the terms.</summary>
    public ValueList<TermProgress> Terms { get; init; }

    /// <summary>Gets the progress of each phase, in order, when the terms have phases (<see cref="Term.Phase"/>); empty otherwise.</summary>
    public ValueList<PhaseProgress> Phases { get; init; }

    /// <summary>Gets the ids of the earlier agreements (or resolutions) this one builds on, implements, supersedes or amends, as its links name them.</summary>
    public ValueList<string> BasisIds { get; init; }
}
