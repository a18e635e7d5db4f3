using PeaceModel.Kinds;
using PeaceModel.Tests.Support;
using static PeaceModel.Tests.Episodes.EpisodeFacts;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// <c>episodes/port-amrel-breach-claims-2026-04-20.txt</c> modeled in C#: six days after the Port Amrel
/// report, in the same thread. It names the agreement of that report by a stable id
/// (<c>port-amrel-ceasefire-2026-04-14/port-amrel-ceasefire</c>) and records accusations and a denial,
/// the incidents they are about, a monitor's assessment, and progress on two terms.
/// </summary>
internal static class PortAmrelBreachModel
{
    public const string Name = "port-amrel-breach-claims-2026-04-20";

    public const string SourceId = "report-2026-04-20";

    /// <summary>The agreement modeled from the earlier report.</summary>
    public static readonly string Agreement = ExternalId.Create(PortAmrelModel.Name, "port-amrel-ceasefire");

    private static readonly DateOnly ReportDate = new(2026, 4, 20);

    public static DiplomaticEvent Build(string text)
    {
        var quotes = new QuoteFinder(text);
        return new DiplomaticEvent
        {
            Id = "port-amrel-breach-claims-2026-04-20",
            ThreadId = PortAmrelModel.ThreadId,
            Title = "Keldor accuses Varsh of breaking the Port Amrel ceasefire; the first monitors are on the ground",
            Date = Relative(ReportDate, "on Monday", ReportDate),
            Sources = [Source(SourceId, ReportDate, text)],
            Actors =
            [
                State("keldor", "Keldor"),
                State("varsh", "Varsh"),
                new Actor { Id = "union", Name = "Union of Coastal States", Kind = ActorKind.InternationalOrganization, Aliases = ["the Union"] },
                new Actor { Id = "observer-mission", Name = "Union observer mission", Kind = ActorKind.Group, MemberCount = 40, ActsForId = "union" },
                Person("rask", "Ivo Rask", "Defence Minister", "keldor"),
                Person("oduya", "Samir Oduya", "Special envoy of the Union of Coastal States", "union"),
                new Actor { Id = "varsh-defence-ministry", Name = "Varsh's defence ministry", Kind = ActorKind.Government, ActsForId = "varsh" },
            ],
            Statements =
            [
                new Statement
                {
                    Id = "rask-in-teslin",
                    SpeakerId = "rask",
                    SaidOn = Relative(ReportDate, "on Monday", ReportDate),
                    Channel = StatementChannel.PressConference,
                    Location = new Place { Name = "Teslin" },
                    SourceId = SourceId,
                    Quotations = [quotes.Next("This is not what a ceasefire looks like"), quotes.Next("respond proportionately")],
                    Paraphrase = "Accused Varsh of shelling two villages near the frontier on Sunday night; Keldor would respond proportionately if the shelling continued but would keep to the agreement for now.",
                },
                new Statement
                {
                    Id = "varsh-defence-statement",
                    SpeakerId = "varsh-defence-ministry",
                    SaidOn = Inferred(ReportDate),
                    Channel = StatementChannel.WrittenStatement,
                    SourceId = SourceId,
                    Quotations = [quotes.Next("not fired a single shell")],
                    Paraphrase = "Denied the accusation and said Keldorian drones had crossed the line on Saturday.",
                },
                new Statement
                {
                    Id = "oduya-assessment",
                    SpeakerId = "oduya",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("largely holding")],
                    Paraphrase = "Said the ceasefire was largely holding and that his team would visit both villages on Tuesday.",
                },
                new Statement
                {
                    Id = "varsh-on-pull-back",
                    SpeakerId = "varsh",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Paraphrase = "Said it had already pulled back about 60 percent of its heavy weapons.",
                },
            ],
            Meetings =
            [
                new Meeting
                {
                    Id = "village-visits",
                    Kind = MeetingKind.Visit,
                    Name = "Monitors' visit to both villages",
                    Status = MeetingStatus.Scheduled,
                    Date = Relative(new DateOnly(2026, 4, 21), "on Tuesday", ReportDate),
                    Participants = [new Participant { ActorId = "observer-mission", Role = ParticipantRole.Observer }],
                    StatementIds = ["oduya-assessment"],
                },
            ],
            Proposals =
            [
                new Proposal
                {
                    Id = "stop-the-shelling",
                    ProposerId = "rask",
                    AddresseeIds = ["varsh"],
                    Kind = ProposalKind.Ceasefire,
                    Act = ProposalAct.Demand,
                    SubjectId = Agreement,
                    Summary = "Varsh stops shelling across the line.",
                    StatementIds = ["rask-in-teslin"],
                    Terms = new Term(),
                },
            ],
            Conditions =
            [
                new Condition
                {
                    Id = "proportionate-response",
                    SetterId = "rask",
                    ProposalId = "stop-the-shelling",
                    Kind = ConditionKind.Ultimatum,
                    Requirement = "The shelling does not continue.",
                    AddresseeIds = ["varsh"],
                    Consequence = new Consequence { Summary = "Keldor responds proportionately.", Codes = [Plover("THREATEN", null)] },
                    StatementIds = ["rask-in-teslin"],
                },
            ],
            Reactions =
            [
                new Reaction { Id = "varsh-denies-shelling", ReactorId = "varsh-defence-ministry", TargetId = "shelling-accusation", Stance = Stance.Deny, StatementIds = ["varsh-defence-statement"], Summary = "Varsh's forces have not fired a single shell." },
                new Reaction { Id = "keldor-keeps-to-agreement", ReactorId = "rask", TargetId = Agreement, Stance = Stance.Maintain, StatementIds = ["rask-in-teslin"], Summary = "Keldor keeps to the agreement for now." },
            ],
            Claims =
            [
                new Claim
                {
                    Id = "shelling-accusation",
                    Kind = ClaimKind.Accusation,
                    Attribution = ClaimAttribution.OnRecord,
                    ClaimantId = "rask",
                    Summary = "Varsh broke the ceasefire by shelling two villages near the frontier on Sunday night.",
                    AboutIds = ["village-shelling", Agreement],
                    StatementIds = ["rask-in-teslin"],
                    Codes = [Plover("ACCUSE", null)],
                },
                new Claim
                {
                    Id = "drone-accusation",
                    Kind = ClaimKind.Accusation,
                    Attribution = ClaimAttribution.OnRecord,
                    ClaimantId = "varsh-defence-ministry",
                    Summary = "Keldorian drones crossed the ceasefire line on Saturday.",
                    AboutIds = ["drone-incursion", Agreement],
                    StatementIds = ["varsh-defence-statement"],
                    Codes = [Plover("ACCUSE", null)],
                },
                new Claim
                {
                    Id = "largely-holding",
                    Kind = ClaimKind.Assessment,
                    Attribution = ClaimAttribution.OnRecord,
                    ClaimantId = "oduya",
                    Summary = "The ceasefire is largely holding.",
                    AboutIds = [Agreement],
                    StatementIds = ["oduya-assessment"],
                },
            ],
            Incidents =
            [
                new Incident
                {
                    Id = "village-shelling",
                    Summary = "Shelling of two villages near the frontier.",
                    AllegedPerpetratorIds = ["varsh"],
                    Date = Relative(new DateOnly(2026, 4, 19), "on Sunday night", ReportDate) with { PartOfDay = PartOfDay.Night },
                    Quantities = [new Quantity { Value = 2, Unit = "villages" }],
                    Codes = [Plover("ASSAULT", null)],
                },
                new Incident
                {
                    Id = "drone-incursion",
                    Summary = "Keldorian drones crossed the ceasefire line.",
                    AllegedPerpetratorIds = ["keldor"],
                    Date = Relative(new DateOnly(2026, 4, 18), "on Saturday", ReportDate),
                },
            ],
            Implementations =
            [
                new Implementation
                {
                    Id = "first-monitors-arrive",
                    AgreementId = Agreement,
                    TermId = "observer-mission",
                    ActorId = "union",
                    Summary = "The first 12 of the 40 monitors arrived, four days after the signing.",
                    Date = Relative(new DateOnly(2026, 4, 18), "on Saturday", ReportDate),
                    Quantity = new Quantity { Value = 12, Unit = "monitors", Text = "the first 12 of the 40 monitors" },
                },
                new Implementation
                {
                    Id = "varsh-pull-back",
                    AgreementId = Agreement,
                    TermId = "pull-back",
                    ActorId = "varsh",
                    ReportedById = "varsh",
                    Summary = "Varsh says it has pulled back about 60 percent of its heavy weapons, a day before the deadline.",
                    Date = Inferred(ReportDate),
                    Quantity = new Quantity { Value = 60, Unit = "percent", Approximate = true, Text = "about 60 percent" },
                    StatementIds = ["varsh-on-pull-back"],
                },
            ],
        };
    }
}
