using PeaceModel.Tests.Support;
using static PeaceModel.Tests.Episodes.EpisodeFacts;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// <c>episodes/port-amrel-ceasefire-2026-04-14.txt</c> modeled in C#: a ceasefire agreement signed
/// jointly after talks hosted by a third state, with witnesses, terms, a deferred request and an offer.
/// </summary>
internal static class PortAmrelModel
{
    public const string Name = "port-amrel-ceasefire-2026-04-14";

    public const string SourceId = "report-2026-04-14";

    /// <summary>The negotiation thread this report and the breach report of 2026-04-20 belong to.</summary>
    public const string ThreadId = "port-amrel-process";

    private static readonly DateOnly ReportDate = new(2026, 4, 14);

    public static DiplomaticEvent Build(string text)
    {
        var quotes = new QuoteFinder(text);
        return new DiplomaticEvent
        {
            Id = "port-amrel-ceasefire-2026-04-14",
            ThreadId = ThreadId,
            Title = "Keldor and Varsh sign a ceasefire in Port Amrel; coastal observers to monitor the line",
            Date = Relative(ReportDate, "on Tuesday", ReportDate),
            Sources = [Source(SourceId, ReportDate, text)],
            Actors =
            [
                State("keldor", "Keldor"),
                State("varsh", "Varsh"),
                State("ostrea", "Ostrea"),
                State("tessaly", "Tessaly"),
                new Actor { Id = "union", Name = "Union of Coastal States", Kind = ActorKind.InternationalOrganization, Aliases = ["the Union"] },
                new Actor { Id = "observer-mission", Name = "Union observer mission", Kind = ActorKind.Group, MemberCount = 40, ActsForId = "union" },
                Person("rask", "Ivo Rask", "Defence Minister", "keldor"),
                Person("celik", "Nadia Celik", "Deputy Prime Minister", "varsh"),
                Person("marwick", "Lena Marwick", "Foreign Minister", "ostrea"),
                Person("oduya", "Samir Oduya", "Special envoy of the Union of Coastal States", "union"),
            ],
            Statements =
            [
                new Statement
                {
                    Id = "rask-after-signing",
                    SpeakerId = "rask",
                    SaidOn = Inferred(ReportDate) with { Time = new TimeOnly(16, 30), Modifier = DateModifier.After },
                    AudienceIds = [],
                    SourceId = SourceId,
                    Quotations = [quotes.Next("Nobody won this war")],
                    Paraphrase = "Told reporters after the signing ceremony that nobody won the war and that the fighting stops today.",
                },
                new Statement
                {
                    Id = "celik-remarks",
                    SpeakerId = "celik",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("a floor, not a ceiling")],
                    Paraphrase = "Called the agreement a floor, not a ceiling, and said Varsh had asked for the Amrel bridge to be reopened to civilian traffic within a month.",
                },
                new Statement
                {
                    Id = "rask-on-bridge",
                    SpeakerId = "rask",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Paraphrase = "Said Keldor had taken note of the bridge request and would discuss it in the second round, without committing to a date.",
                },
                new Statement
                {
                    Id = "marwick-remarks",
                    SpeakerId = "marwick",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("Both delegations showed courage")],
                },
                new Statement
                {
                    Id = "oduya-on-monitors",
                    SpeakerId = "oduya",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("within 48 hours")],
                    Paraphrase = "Said the first monitors would arrive within 48 hours.",
                },
                new Statement
                {
                    Id = "tessaly-website-statement",
                    SpeakerId = "tessaly",
                    SaidOn = Inferred(ReportDate),
                    Channel = StatementChannel.WrittenStatement,
                    Platform = "government website",
                    SourceId = SourceId,
                    Paraphrase = "Welcomed the ceasefire and offered to fund the observer mission's first three months.",
                    Codes = [Cameo("051", "Praise or endorse")],
                },
            ],
            Meetings =
            [
                new Meeting
                {
                    Id = "port-amrel-talks",
                    Kind = MeetingKind.Talks,
                    Name = "Port Amrel talks",
                    Status = MeetingStatus.Held,
                    Date = new EventDate { Value = new(2026, 4, 12), End = ReportDate, Basis = DateBasis.Inferred, ResolvedAgainst = ReportDate, Text = "after three days of talks" },
                    Venue = new Place { Name = "Port Amrel" },
                    Participants =
                    [
                        new Participant { ActorId = "keldor", Role = ParticipantRole.Party },
                        new Participant { ActorId = "varsh", Role = ParticipantRole.Party },
                        new Participant { ActorId = "ostrea", Role = ParticipantRole.Host },
                        new Participant { ActorId = "marwick", Role = ParticipantRole.Chair },
                        new Participant { ActorId = "union", Role = ParticipantRole.Facilitator },
                        new Participant { ActorId = "oduya", Role = ParticipantRole.Facilitator },
                        new Participant { ActorId = "rask", Role = ParticipantRole.HeadOfDelegation },
                        new Participant { ActorId = "celik", Role = ParticipantRole.HeadOfDelegation },
                    ],
                    Codes = [Cameo("046", "Engage in negotiation"), Plover("CONSULT", "third-party")],
                },
                new Meeting
                {
                    Id = "second-round",
                    Kind = MeetingKind.Talks,
                    Name = "Second round of talks",
                    Date = new EventDate { Value = new(2026, 5, 16), End = new(2026, 5, 31), Basis = DateBasis.Relative, ResolvedAgainst = ReportDate, Text = "in the second half of May" },
                    Participants =
                    [
                        new Participant { ActorId = "keldor", Role = ParticipantRole.Party },
                        new Participant { ActorId = "varsh", Role = ParticipantRole.Party },
                    ],
                },
            ],
            Agreements =
            [
                new Agreement
                {
                    Id = "port-amrel-ceasefire",
                    Name = "Port Amrel ceasefire agreement",
                    Stage = AgreementStage.Ceasefire,
                    Summary = "Keldor and Varsh stop all fighting along their shared frontier, pull heavy weapons back, return the remains of fallen soldiers, and accept Union monitors.",
                    Date = Relative(ReportDate, "on Tuesday", ReportDate) with { Time = new TimeOnly(16, 30) },
                    MeetingId = "port-amrel-talks",
                    Signatories =
                    [
                        new Signatory { ActorId = "keldor", Role = SignatoryRole.Party, Act = SigningAct.Signed },
                        new Signatory { ActorId = "varsh", Role = SignatoryRole.Party, Act = SigningAct.Signed },
                        new Signatory { ActorId = "ostrea", Role = SignatoryRole.Witness, Act = SigningAct.Signed },
                        new Signatory { ActorId = "union", Role = SignatoryRole.Witness, Act = SigningAct.Signed },
                    ],
                    Terms =
                    [
                        new Term
                        {
                            Id = "ceasefire",
                            Summary = "Stop all fighting along the shared frontier.",
                            Date = Relative(new DateOnly(2026, 4, 16), "from 06:00 local time on Thursday", ReportDate) with { Time = new TimeOnly(6, 0) },
                        },
                        new Term
                        {
                            Id = "pull-back",
                            Summary = "Pull heavy weapons 15 kilometres back from the frontier.",
                            Deadline = Relative(new DateOnly(2026, 4, 21), "within seven days of signing", ReportDate) with { Offset = new Duration { Value = 7, Unit = DurationUnit.Day }, Modifier = DateModifier.OnOrBefore },
                            Quantities = [new Quantity { Value = 15, Unit = "km", Text = "15 kilometres" }],
                        },
                        new Term
                        {
                            Id = "remains",
                            Summary = "Return the remains of fallen soldiers through the Amrel crossing.",
                            Venue = new Place { Name = "Amrel crossing" },
                        },
                        new Term
                        {
                            Id = "observer-mission",
                            Summary = "The Union deploys an observer mission of 40 monitors to verify the ceasefire; the first monitors arrive within 48 hours, as its envoy said.",
                            Date = Relative(new DateOnly(2026, 4, 16), "within 48 hours", ReportDate) with { Offset = new Duration { Value = 48, Unit = DurationUnit.Hour }, Modifier = DateModifier.OnOrBefore },
                            Quantities = [new Quantity { Value = 40, Unit = "monitors", Text = "40 monitors" }],
                            ActorIds = ["union", "observer-mission"],
                        },
                        new Term
                        {
                            Id = "second-round",
                            Summary = "Hold a second round of talks in the second half of May.",
                            MeetingId = "second-round",
                        },
                    ],
                    Codes = [Cameo("057", "Sign formal agreement"), Plover("AGREE", null)],
                },
            ],
            Proposals =
            [
                new Proposal
                {
                    Id = "amrel-bridge-request",
                    ProposerId = "varsh",
                    AddresseeIds = ["keldor"],
                    Kind = ProposalKind.Access,
                    Act = ProposalAct.Request,
                    Summary = "Keldor reopens the Amrel bridge to civilian traffic within a month.",
                    StatementIds = ["celik-remarks"],
                    Terms = new Term
                    {
                        Venue = new Place { Name = "Amrel bridge" },
                        Deadline = Relative(new DateOnly(2026, 5, 14), "within a month", ReportDate) with { Offset = new Duration { Value = 1, Unit = DurationUnit.Month }, Modifier = DateModifier.OnOrBefore },
                    },
                },
                new Proposal
                {
                    Id = "tessaly-funding-offer",
                    ProposerId = "tessaly",
                    AddresseeIds = ["union"],
                    Kind = ProposalKind.Assistance,
                    Act = ProposalAct.Offer,
                    SubjectId = "port-amrel-ceasefire",
                    Summary = "Tessaly funds the observer mission's first three months.",
                    StatementIds = ["tessaly-website-statement"],
                    Terms = new Term
                    {
                        Duration = new Duration { Value = 3, Unit = DurationUnit.Month, Text = "first three months" },
                        ActorIds = ["observer-mission"],
                    },
                    Codes = [Cameo("0331", "Express intent to provide economic aid")],
                },
            ],
            Reactions =
            [
                new Reaction
                {
                    Id = "keldor-defers-bridge",
                    ReactorId = "rask",
                    TargetId = "amrel-bridge-request",
                    Stance = Stance.Defer,
                    StatementIds = ["rask-on-bridge"],
                    Summary = "Took note of the request, to be discussed in the second round; no commitment to a date.",
                },
                new Reaction
                {
                    Id = "tessaly-welcomes-ceasefire",
                    ReactorId = "tessaly",
                    TargetId = "port-amrel-ceasefire",
                    Stance = Stance.Welcome,
                    StatementIds = ["tessaly-website-statement"],
                    Codes = [Cameo("051", "Praise or endorse")],
                },
            ],
        };
    }
}
