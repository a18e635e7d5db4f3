using PeaceModel.Tests.Support;
using static PeaceModel.Tests.Episodes.EpisodeFacts;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// <c>episodes/halvard-declaration-2026-09-12.txt</c> modeled in C#: a group of eleven governments of
/// which four are named, ten signatures (one with a reservation), an abstention, observers, and two offers.
/// </summary>
internal static class HalvardModel
{
    public const string Name = "halvard-declaration-2026-09-12";

    public const string SourceId = "report-2026-09-12";

    private static readonly DateOnly ReportDate = new(2026, 9, 12);
    private static readonly EventDate ByMarch2027 = new() { Value = new(2027, 3, 1), Granularity = DateGranularity.Month, Text = "by March 2027", Modifier = DateModifier.OnOrBefore };

    public static DiplomaticEvent Build(string text)
    {
        var quotes = new QuoteFinder(text);
        return new DiplomaticEvent
        {
            Id = "halvard-declaration-2026-09-12",
            Title = "Ten states sign the Halvard Declaration on the Sarn river; Oskaria adds a reservation, Brenn abstains",
            Date = Relative(ReportDate, "on Saturday", ReportDate),
            Sources = [Source(SourceId, ReportDate, text)],
            Actors =
            [
                new Actor
                {
                    Id = "sarn-basin-governments",
                    Name = "Governments of the Sarn river basin",
                    Kind = ActorKind.Group,
                    MemberIds = ["norvane", "oskaria", "telmar", "brenn"],
                    MemberCount = 11,
                },
                State("norvane", "Norvane"),
                State("oskaria", "Oskaria"),
                State("telmar", "Telmar"),
                State("brenn", "Brenn"),
                Person("haugen", "Ilse Haugen", "Prime Minister", "norvane"),
                Person("vos", "Pieter Vos", "Spokesman for the Brenn government", "brenn"),
                new Actor { Id = "river-basin-authority", Name = "River Basin Authority", Kind = ActorKind.InternationalOrganization, Role = "Regional body" },
                new Actor { Id = "sarn-development-bank", Name = "Sarn Development Bank", Kind = ActorKind.InternationalOrganization, Aliases = ["the bank"] },
            ],
            Statements =
            [
                new Statement
                {
                    Id = "oskaria-interpretive-statement",
                    SpeakerId = "oskaria",
                    SaidOn = Inferred(ReportDate),
                    Channel = StatementChannel.WrittenStatement,
                    SourceId = SourceId,
                    Quotations = [quotes.Next("does not limit projects")],
                    Paraphrase = "Interpretive statement: Article 4 on new dam construction does not limit projects already under way.",
                },
                new Statement
                {
                    Id = "vos-on-abstention",
                    SpeakerId = "vos",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("We cannot support a text"), quotes.Next("on a bilateral basis")],
                    Paraphrase = "Explained Brenn's abstention and said Brenn remained ready to share flow data bilaterally.",
                },
                new Statement
                {
                    Id = "bank-financing-statement",
                    SpeakerId = "sarn-development-bank",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Paraphrase = "Said it would finance the first two years of the commission's secretariat if the commission met by the agreed date.",
                },
                new Statement
                {
                    Id = "haugen-after-signing",
                    SpeakerId = "haugen",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("Water has never respected borders")],
                },
            ],
            Meetings =
            [
                new Meeting
                {
                    Id = "halvard-summit",
                    Kind = MeetingKind.Summit,
                    Name = "Sarn basin summit in Halvard",
                    Status = MeetingStatus.Held,
                    Date = Relative(ReportDate, "on Saturday", ReportDate),
                    Venue = new Place { Name = "Halvard" },
                    Participants =
                    [
                        new Participant { ActorId = "sarn-basin-governments", Role = ParticipantRole.Party },
                        new Participant { ActorId = "norvane", Role = ParticipantRole.Host },
                        new Participant { ActorId = "haugen", Role = ParticipantRole.Chair },
                        new Participant { ActorId = "river-basin-authority", Role = ParticipantRole.Observer },
                        new Participant { ActorId = "sarn-development-bank", Role = ParticipantRole.Observer },
                    ],
                    Codes = [Plover("CONSULT", "multilateral")],
                },
            ],
            Agreements =
            [
                new Agreement
                {
                    Id = "halvard-declaration",
                    Name = "Halvard Declaration",
                    Stage = AgreementStage.Partial,
                    Summary = "The signatories share water-flow data within six months and convene a joint river commission by March 2027.",
                    Date = Relative(ReportDate, "on Saturday", ReportDate),
                    MeetingId = "halvard-summit",
                    Signatories =
                    [
                        new Signatory { ActorId = "sarn-basin-governments", Role = SignatoryRole.Party, Act = SigningAct.Signed, Count = 10 },
                        new Signatory { ActorId = "norvane", Role = SignatoryRole.Party, Act = SigningAct.Signed },
                        new Signatory
                        {
                            ActorId = "oskaria",
                            Role = SignatoryRole.Party,
                            Act = SigningAct.Signed,
                            Reservation = "Article 4 (new dam construction) does not limit projects already under way.",
                            StatementId = "oskaria-interpretive-statement",
                        },
                        new Signatory { ActorId = "telmar", Role = SignatoryRole.Party, Act = SigningAct.Signed },
                        new Signatory { ActorId = "brenn", Role = SignatoryRole.Party, Act = SigningAct.Abstained, StatementId = "vos-on-abstention" },
                    ],
                    Terms =
                    [
                        new Term
                        {
                            Id = "flow-data",
                            Summary = "Share water-flow data.",
                            Deadline = Relative(new DateOnly(2027, 3, 12), "within six months", ReportDate) with { Offset = new Duration { Value = 6, Unit = DurationUnit.Month }, Modifier = DateModifier.OnOrBefore },
                        },
                        new Term { Id = "river-commission", Summary = "Convene a joint river commission.", Deadline = ByMarch2027 },
                        new Term { Id = "new-dams", Article = "4", Summary = "Covers new dam construction." },
                    ],
                    Codes = [Cameo("057", "Sign formal agreement"), Plover("AGREE", null)],
                },
            ],
            Proposals =
            [
                new Proposal
                {
                    Id = "brenn-bilateral-data",
                    ProposerId = "brenn",
                    AddresseeIds = ["sarn-basin-governments"],
                    Kind = ProposalKind.Cooperation,
                    Act = ProposalAct.Offer,
                    SubjectId = "halvard-declaration",
                    Summary = "Brenn shares flow data on a bilateral basis, instead of under the declaration.",
                    StatementIds = ["vos-on-abstention"],
                    Terms = new Term(),
                },
                new Proposal
                {
                    Id = "bank-secretariat-financing",
                    ProposerId = "sarn-development-bank",
                    AddresseeIds = ["sarn-basin-governments"],
                    Kind = ProposalKind.Assistance,
                    Act = ProposalAct.Offer,
                    SubjectId = "halvard-declaration",
                    Summary = "The bank finances the first two years of the river commission's secretariat.",
                    StatementIds = ["bank-financing-statement"],
                    Terms = new Term { Duration = new Duration { Value = 2, Unit = DurationUnit.Year, Text = "first two years" } },
                },
            ],
            Conditions =
            [
                new Condition
                {
                    Id = "commission-meets-in-time",
                    SetterId = "sarn-development-bank",
                    ProposalId = "bank-secretariat-financing",
                    Kind = ConditionKind.Precondition,
                    Requirement = "The joint river commission meets by the date the declaration sets (March 2027).",
                    Deadline = ByMarch2027 with { Text = "by the agreed date" },
                    StatementIds = ["bank-financing-statement"],
                },
            ],
        };
    }
}
