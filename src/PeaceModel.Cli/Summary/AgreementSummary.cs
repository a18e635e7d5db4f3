using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

internal sealed record AgreementSummary
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public required AgreementStatus Status { get; init; }

    public required Reason Reason { get; init; }

    /// <summary>How many parties signed, not counting those that agreed without a signature or whose act is not reported (a group's counted entry stands for its members).</summary>
    public required int SignedCount { get; init; }

    /// <summary>How many parties there are to sign.</summary>
    public required int PartyCount { get; init; }

    public required IReadOnlyList<string> SignedIds { get; init; }

    /// <summary>Parties that agreed to it without a reported signature.</summary>
    public required IReadOnlyList<string> AgreedIds { get; init; }

    /// <summary>Parties whose signing or agreeing the report does not mention: unknown, not no.</summary>
    public required IReadOnlyList<string> NotReportedIds { get; init; }

    public required IReadOnlyList<string> ReservationIds { get; init; }

    public required IReadOnlyList<string> AbstainedIds { get; init; }

    /// <summary>Witnesses and guarantors.</summary>
    public required IReadOnlyList<string> ThirdPartyIds { get; init; }

    /// <summary>Proposals about the agreement, such as offers to support it.</summary>
    public required IReadOnlyList<string> ProposalIds { get; init; }

    public required IReadOnlyList<string> ReactionIds { get; init; }

    public required string Signatures { get; init; }

    /// <summary>What the claims about the agreement say of its keeping: notReported, alleged, disputed, violated.</summary>
    public required ComplianceStatus Compliance { get; init; }

    public Reason? ComplianceReason { get; init; }

    /// <summary>How far the agreement is carried out overall.</summary>
    public required ImplementationStatus Implementation { get; init; }

    /// <summary>The progress of each term that has an id.</summary>
    public required IReadOnlyList<TermSummary> Terms { get; init; }

    /// <summary>How far each phase is carried out, when the terms are phased (empty otherwise).</summary>
    public required IReadOnlyList<PhaseSummary> Phases { get; init; }
}
