using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Serialization;
using PeaceModel.Text;

namespace PeaceModel.Cli.Summary;

/// <summary><c>peacemodel summarize --format json</c>: the analysis as a document, and the JSON Schema of that document.</summary>
internal static class SummaryJson
{
    public const string Version = "2.1";

    public static string Render(DiplomaticEvent diplomaticEvent, DateOnly? asOf = null)
    {
        var index = EventIndex.Create(diplomaticEvent);
        var analysis = asOf is { } day ? EpisodeAnalysis.Analyze(index, day) : EpisodeAnalysis.Analyze(index);
        var document = new SummaryDocument
        {
            SummaryVersion = Version,
            EventId = diplomaticEvent.Id,
            Title = diplomaticEvent.Title,
            AsOf = analysis.AsOf,
            Agreements = [.. analysis.Agreements.Select(a => new AgreementSummary
            {
                Id = a.Agreement.Id,
                Name = a.Agreement.Name,
                Status = a.Status,
                Reason = Reason.Of(a.Reason),
                SignedCount = a.SignedCount,
                PartyCount = a.PartyCount,
                SignedIds = a.SignedIds,
                AgreedIds = a.AgreedIds,
                NotReportedIds = a.NotReportedIds,
                ReservationIds = a.ReservationIds,
                AbstainedIds = a.AbstainedIds,
                ThirdPartyIds = a.ThirdPartyIds,
                ProposalIds = a.ProposalIds,
                ReactionIds = a.ReactionIds,
                Signatures = AnalysisText.Signatures(a, index),
                Compliance = a.Compliance,
                ComplianceReason = a.ComplianceReason is { } reason ? Reason.Of(reason) : null,
                Implementation = a.Implementation,
                Terms = [.. a.Terms.Select(t => new TermSummary { TermId = t.TermId, Status = t.Status, Reason = Reason.Of(t.Reason), SelfReportedIds = t.SelfReportedIds, DeadlinePassed = t.DeadlinePassed, Late = t.Late })],
                Phases = [.. a.Phases.Select(p => new PhaseSummary { Phase = p.Phase, Status = p.Status, TermIds = p.TermIds })],
            })],
            Meetings = [.. analysis.Meetings.Select(m => new MeetingSummary
            {
                Id = m.Meeting.Id,
                Name = m.Meeting.Name,
                Kind = ValuesOfAttribute.Name(m.Meeting.Kind),
                Status = ValuesOfAttribute.Name(m.Status),
                Reason = Reason.Of(m.Reason),
                Date = m.Meeting.Date is { } date ? EventText.Date(date) : null,
                Participation = [.. m.Participation.Select(p => new ParticipationSummary { ActorId = p.ActorId, Status = p.Status, Reason = Reason.Of(p.Reason), Since = p.Since is { } since ? EventText.Date(since) : null })],
            })],
            Proposals = [.. analysis.Proposals.Select(p => new ProposalSummary
            {
                Id = p.Proposal.Id,
                ProposerId = p.Proposal.ProposerId,
                ProposerPartyId = index.PartyOf(p.Proposal.ProposerId),
                AddresseeIds = p.Proposal.AddresseeIds,
                Status = p.Status,
                Reason = Reason.Of(p.Reason),
                Outcome = p.Outcome,
                OutcomeReason = Reason.Of(p.OutcomeReason),
                Standing = p.Standing,
                StandingReason = Reason.Of(p.StandingReason),
                Positions = [.. p.Positions.Select(position => new PositionSummary
                {
                    PartyId = position.ActorId,
                    Position = position.Position,
                    IsAddressee = position.IsAddressee,
                    IsDecisive = position.IsDecisive,
                    Reason = Reason.Of(position.Reason),
                    KeptOpenIds = position.KeptOpenIds,
                    Explanation = AnalysisText.Explain(position, index),
                    Points = [.. position.Points.Select(point => new PointSummary { PointId = point.PointId, Position = point.Position, ReactionIds = point.ReactionIds })],
                })],
                CounterProposalIds = p.CounterProposalIds,
                Deadlines = [.. p.Deadlines.Select(d => new DeadlineSummary { RecordId = d.RecordId, LastDay = d.Deadline.LastDay, Date = EventText.Date(d.Deadline), Passed = d.Passed })],
                Explanation = AnalysisText.Explain(p, index),
            })],
            Votes = [.. analysis.Votes.Select(v => new VoteSummary
            {
                Id = v.Vote.Id,
                BodyId = v.Vote.BodyId,
                DraftId = v.Vote.DraftId,
                Name = v.Vote.Name,
                Status = v.Status,
                Reason = Reason.Of(v.Reason),
                Tally = v.Tally is { } t ? new VoteTally { For = t.For, Against = t.Against, Abstain = t.Abstain } : null,
                VetoIds = v.VetoIds,
                MajorityMet = v.MajorityMet,
                AgreesWithReport = v.AgreesWithReport,
            })],
            Commitments = [.. analysis.Commitments.Select(c => new CommitmentSummary
            {
                Id = c.Commitment.Id,
                CommitterId = c.Commitment.CommitterId,
                BeneficiaryIds = c.Commitment.BeneficiaryIds,
                Summary = c.Commitment.Summary,
                Status = c.Status,
                Reason = Reason.Of(c.Reason),
                Conditional = c.Conditional,
                WaitsForIds = c.WaitsForIds,
                DeadlinePassed = c.DeadlinePassed,
            })],
            Claims = [.. analysis.Claims.Select(c => new ClaimSummary
            {
                Id = c.Claim.Id,
                Kind = ValuesOfAttribute.Name(c.Claim.Kind),
                Attribution = ValuesOfAttribute.Name(c.Claim.Attribution),
                ClaimantId = c.Claim.ClaimantId,
                Summary = c.Claim.Summary,
                Status = c.Status,
                Reason = Reason.Of(c.Reason),
                ConfirmedByIds = c.ConfirmedByIds,
                DeniedByIds = c.DeniedByIds,
            })],
            Timeline = [.. analysis.Timeline.Select(e => new TimelineItem
            {
                FirstDay = e.Date.FirstDay,
                LastDay = e.Date.LastDay,
                Date = EventText.Date(e.Date),
                RecordKind = e.Kind.ListName,
                DateRole = e.Role,
                RecordId = e.RecordId,
                ItemId = e.ItemId,
                Description = AnalysisText.Describe(e, index),
            })],
            Records = [.. RecordKinds.All.Where(k => k.IsHappening).SelectMany(k => k.GetRecords(diplomaticEvent).Select(r => new RecordItem
            {
                Id = r.Id,
                Kind = k.ListName,
                MadeOn = index.MadeOn(r.Id)?.FirstDay,
                AuthorIds = k.GetIds(r, ReferenceRole.Author),
                AddresseeIds = k.GetIds(r, ReferenceRole.Addressee),
                ParticipantIds = k.GetIds(r, ReferenceRole.Participant),
                SubjectIds = k.GetIds(r, ReferenceRole.Subject),
                StatementIds = k.GetIds(r, ReferenceRole.ExpressedIn),
                Description = RecordText.Act(r, index),
            }))],
        };

        return JsonSchemaWriter.TextFile(writer => JsonSerializer.Serialize(writer, document, SummaryJsonContext.Default.SummaryDocument));
    }

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the summary document, generated from its types by the same
    /// writer as the event format's schema (<see cref="JsonSchemaWriter"/>), described from their doc
    /// comments (read at build time into <see cref="SchemaDescriptions"/>).
    /// </summary>
    public static string GetJsonSchema() => JsonSchemaWriter.Write(
        SummaryJsonContext.Default.Options,
        typeof(SummaryDocument),
        new JsonSchemaWriter.Header($"urn:peacemodel:schema:summary:{Version}", "PeaceModel analysis summary", SchemaDescriptions.Of(nameof(SummaryDocument)) ?? "PeaceModel analysis summary"),
        SchemaDescriptions.Of,
        type => type.Namespace == typeof(SummaryDocument).Namespace,
        static (context, schema) =>
        {
            if (context.PropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(ValuesOfAttribute), false).OfType<ValuesOfAttribute>().FirstOrDefault() is { } values && schema is JsonObject valueNode)
            {
                valueNode["enum"] = new JsonArray([.. Enum.GetNames(values.EnumType).Select(n => JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(n)))]);
            }

            if (schema is JsonObject { } obj && obj["type"]?.ToString() == "object" && obj.ContainsKey("properties"))
            {
                obj["additionalProperties"] = false;
            }

            return schema;
        });
}

/// <summary>Enum values written in camelCase, like the event format's.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(CamelCaseEnumConverter<ProposalStatus>),
        typeof(CamelCaseEnumConverter<ProposalStanding>),
        typeof(CamelCaseEnumConverter<Position>),
        typeof(CamelCaseEnumConverter<AgreementStatus>),
        typeof(CamelCaseEnumConverter<DateRole>),
        typeof(CamelCaseEnumConverter<ComplianceStatus>),
        typeof(CamelCaseEnumConverter<ImplementationStatus>),
        typeof(CamelCaseEnumConverter<ClaimStatus>),
        typeof(CamelCaseEnumConverter<VoteStatus>),
        typeof(CamelCaseEnumConverter<CommitmentStatus>),
        typeof(CamelCaseEnumConverter<ParticipationStatus>),
    ])]
[JsonSerializable(typeof(SummaryDocument))]
internal sealed partial class SummaryJsonContext : JsonSerializerContext;
