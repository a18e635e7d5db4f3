using System.ComponentModel;
using PeaceModel.Analysis;

namespace PeaceModel.Cli.Summary;

internal sealed record AgreementSummary
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public required AgreementStatus Status { get; init; }

    public required Reason Reason { get; init; }

    [Description("How many parties signed, not counting those that agreed without a signature or whose act is not reported (a group's counted entry stands for its members).")]
    public required int SignedCount { get; init; }

    [Description("How many parties there are to sign.")]
    public required int PartyCount { get; init; }

    public required IReadOnlyList<string> SignedIds { get; init; }

    [Description("Parties that agreed to it without a reported signature.")]
    public required IReadOnlyList<string> AgreedIds { get; init; }

    [Description("Parties whose signing or agreeing the report does not mention: unknown, not no.")]
    public required IReadOnlyList<string> NotReportedIds { get; init; }

    public required IReadOnlyList<string> ReservationIds { get; init; }

    public required IReadOnlyList<string> AbstainedIds { get; init; }

    [Description("Witnesses and guarantors.")]
    public required IReadOnlyList<string> ThirdPartyIds { get; init; }

    [Description("Proposals about the agreement, such as offers to support it.")]
    public required IReadOnlyList<string> ProposalIds { get; init; }

    public required IReadOnlyList<string> ReactionIds { get; init; }

    public required string Signatures { get; init; }

    [Description("What the claims about the agreement say of its keeping: notReported, alleged, disputed, violated.")]
    public required ComplianceStatus Compliance { get; init; }

    public Reason? ComplianceReason { get; init; }

    [Description("How far the agreement is carried out overall.")]
    public required ImplementationStatus Implementation { get; init; }

    [Description("The progress of each term that has an id.")]
    public required IReadOnlyList<TermSummary> Terms { get; init; }
}
