using PeaceModel.Tests.Support;
using static PeaceModel.Tests.Episodes.EpisodeFacts;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// <c>episodes/talks-suspended-2026-11-12.txt</c> modeled in C#: talks that go on at the technical level
/// after one party recalled its delegation "for consultations", an accusation denied and one returned,
/// an anonymous judgement, a separate meeting announced for later in the week, a proposal of the
/// mediators not answered by one party, and the strike that once paused the talks.
/// </summary>
internal static class TalksSuspendedModel
{
    public const string Name = "talks-suspended-2026-11-12";

    public const string SourceId = "report-2026-11-12";

    private static readonly DateOnly ReportDate = new(2026, 11, 12);
    private static readonly DateOnly Tuesday = new(2026, 11, 10);
    private static readonly DateOnly Wednesday = new(2026, 11, 11);

    public static DiplomaticEvent Build(string text)
    {
        var quotes = new QuoteFinder(text);
        var malk = quotes.Next("Vilmany came to Sabel");
        var malkRoom = quotes.Next("We will not sit");
        var quist = quotes.Next("We did not walk out");
        var quistResume = quotes.Next("ready to resume");
        var notCollapsed = quotes.Next("not collapsed");
        var message = quotes.Next("a message to Vilmany");
        var technical = quotes.Next("at the technical level");
        var laterThisWeek = quotes.Next("later this week");
        return new DiplomaticEvent
        {
            Id = Name,
            Title = "Ardesh recalls its negotiators from the Sabel talks; the mediators say technical work goes on",
            Date = Inferred(ReportDate),
            Sources = [Source(SourceId, ReportDate, text) with { Dateline = new Place { Name = "Sabel" } }],
            Actors =
            [
                State("ardesh", "Ardesh"),
                State("vilmany", "Vilmany"),
                State("quessa", "Quessa"),
                State("tolmeria", "Tolmeria"),
                new Actor { Id = "sabel-mediators", Name = "The two mediators", Kind = ActorKind.Group, MemberIds = ["quessa", "tolmeria"], Aliases = ["the mediators"] },
                Person("malk", "Teodor Malk", "Chief envoy of Ardesh", "ardesh"),
                Person("quist", "Hana Quist", "Head of the Vilmanian delegation", "vilmany"),
            ],
            Statements =
            [
                new Statement
                {
                    Id = "mediators-exchange-proposal",
                    SpeakerId = "sabel-mediators",
                    SaidOn = new EventDate { Value = new DateOnly(2026, 11, 2), Basis = DateBasis.Inferred, ResolvedAgainst = ReportDate, Modifier = DateModifier.Before },
                    SourceId = SourceId,
                    Paraphrase = "Proposed a phased exchange of prisoners (the report gives neither the day nor the words; it was before Vilmany's response of last week).",
                },
                new Statement
                {
                    Id = "vilmany-written-response",
                    SpeakerId = "vilmany",
                    SaidOn = new EventDate { Value = new DateOnly(2026, 11, 2), End = new DateOnly(2026, 11, 8), Basis = DateBasis.Relative, ResolvedAgainst = ReportDate, Text = "Last week" },
                    Channel = StatementChannel.WrittenStatement,
                    SourceId = SourceId,
                    Paraphrase = "Delivered to the mediators its written response to their proposal for a phased exchange of prisoners; its content has not been disclosed.",
                },
                new Statement
                {
                    Id = "malk-at-airport",
                    SpeakerId = "malk",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [malk, malkRoom],
                    Paraphrase = "Told reporters at the airport that Vilmany was to blame for the walkout.",
                },
                new Statement
                {
                    Id = "quist-answers",
                    SpeakerId = "quist",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [quist, quistResume],
                    Paraphrase = "Rejected the charge, said Ardesh had walked out, and said her team was ready to resume.",
                },
                new Statement
                {
                    Id = "official-not-collapsed",
                    UnnamedSpeaker = new UnnamedSource { Description = "an official familiar with the talks, who spoke on condition of anonymity" },
                    SaidOn = new EventDate { Value = ReportDate, Basis = DateBasis.Inferred, ResolvedAgainst = ReportDate, Modifier = DateModifier.OnOrBefore },
                    SourceId = SourceId,
                    Quotations = [notCollapsed, message],
                    Paraphrase = "Said the talks had not collapsed and called the recall a message to Vilmany.",
                },
                new Statement
                {
                    Id = "mediators-joint-statement",
                    SpeakerId = "sabel-mediators",
                    SaidOn = Relative(Wednesday, "on Wednesday", ReportDate),
                    Channel = StatementChannel.WrittenStatement,
                    SourceId = SourceId,
                    Quotations = [technical, laterThisWeek],
                    Paraphrase = "Said discussions were continuing at the technical level on prisoner lists and maps of the front line, and that they would meet the Vilmanian delegation separately later this week.",
                },
            ],
            Meetings =
            [
                new Meeting
                {
                    Id = "sabel-talks",
                    Kind = MeetingKind.Talks,
                    Name = "Sabel peace talks",
                    Status = MeetingStatus.Ongoing,
                    Date = new EventDate { Value = new DateOnly(2026, 9, 1), Granularity = DateGranularity.Month, Text = "opened in September" },
                    Venue = new Place { Name = "Sabel" },
                    Pauses =
                    [
                        new MeetingPause
                        {
                            Date = EventDate.Stated(new DateOnly(2026, 10, 8), "in response to a strike on October 8") with { Modifier = DateModifier.OnOrAfter },
                            Duration = new Duration { Value = 2, Unit = DurationUnit.Week, Text = "for two weeks" },
                            ResumedOn = EventDate.Stated(new DateOnly(2026, 10, 22), "on October 22"),
                            CauseIds = ["ullmar-market-strike"],
                            Summary = "The mediators paused the talks in response to the strike on the central market in Ullmar.",
                        },
                    ],
                    Agenda =
                    [
                        new AgendaItem { Topic = "prisoner lists", RecordId = "phased-prisoner-exchange" },
                        new AgendaItem { Topic = "maps of the front line" },
                    ],
                    Participants =
                    [
                        new Participant { ActorId = "ardesh", Role = ParticipantRole.Party, Course = ParticipantCourse.Recalled, CourseDate = Relative(Tuesday, "on Tuesday", ReportDate) },
                        new Participant { ActorId = "vilmany", Role = ParticipantRole.Party, Course = ParticipantCourse.Attended },
                        new Participant { ActorId = "malk", Role = ParticipantRole.HeadOfDelegation },
                        new Participant { ActorId = "quist", Role = ParticipantRole.HeadOfDelegation },
                        new Participant { ActorId = "quessa", Role = ParticipantRole.Mediator },
                        new Participant { ActorId = "tolmeria", Role = ParticipantRole.Mediator },
                    ],
                    StatementIds = ["mediators-joint-statement"],
                },
                new Meeting
                {
                    Id = "mediators-vilmany-meeting",
                    Kind = MeetingKind.Talks,
                    Name = "The mediators' separate meeting with the Vilmanian delegation",
                    Status = MeetingStatus.Scheduled,
                    Date = Relative(new DateOnly(2026, 11, 15), "later this week", Wednesday) with { Modifier = DateModifier.OnOrBefore },
                    Participants =
                    [
                        new Participant { ActorId = "vilmany", Role = ParticipantRole.Party },
                        new Participant { ActorId = "quessa", Role = ParticipantRole.Mediator },
                        new Participant { ActorId = "tolmeria", Role = ParticipantRole.Mediator },
                    ],
                    StatementIds = ["mediators-joint-statement"],
                },
            ],
            Proposals =
            [
                new Proposal
                {
                    Id = "phased-prisoner-exchange",
                    ProposerId = "sabel-mediators",
                    AddresseeIds = ["ardesh", "vilmany"],
                    Kind = ProposalKind.PrisonerExchange,
                    Summary = "A phased exchange of prisoners.",
                    StatementIds = ["mediators-exchange-proposal"],
                    Terms = new Term(),
                },
            ],
            Claims =
            [
                new Claim
                {
                    Id = "stalling-accusation",
                    Kind = ClaimKind.Accusation,
                    Attribution = ClaimAttribution.OnRecord,
                    ClaimantId = "malk",
                    Summary = "Vilmany came to Sabel to buy time, not to make peace, and is to blame for the walkout.",
                    AboutIds = ["sabel-talks"],
                    StatementIds = ["malk-at-airport"],
                    Codes = [Plover("ACCUSE", null)],
                },
                new Claim
                {
                    Id = "walkout-accusation",
                    Kind = ClaimKind.Accusation,
                    Attribution = ClaimAttribution.OnRecord,
                    ClaimantId = "quist",
                    Summary = "Ardesh, not Vilmany, walked out, and must explain why.",
                    AboutIds = ["sabel-talks"],
                    StatementIds = ["quist-answers"],
                    Codes = [Plover("ACCUSE", null)],
                },
                new Claim
                {
                    Id = "not-collapsed",
                    Kind = ClaimKind.Assessment,
                    Attribution = ClaimAttribution.AnonymousSource,
                    Source = "An official familiar with the talks, who spoke on condition of anonymity",
                    Summary = "The talks have not collapsed; the recall is a message to Vilmany, not a slammed door.",
                    AboutIds = ["sabel-talks"],
                    StatementIds = ["official-not-collapsed"],
                },
            ],
            Commitments =
            [
                new Commitment
                {
                    Id = "separate-meeting",
                    CommitterId = "sabel-mediators",
                    BeneficiaryIds = ["vilmany"],
                    Kind = CommitmentKind.Action,
                    Summary = "The mediators will meet the Vilmanian delegation separately later this week.",
                    StatementIds = ["mediators-joint-statement"],
                    SubjectId = "mediators-vilmany-meeting",
                },
            ],
            Reactions =
            [
                new Reaction { Id = "vilmany-answers-exchange", ReactorId = "vilmany", TargetId = "phased-prisoner-exchange", Stance = Stance.Undisclosed, StatementIds = ["vilmany-written-response"], Summary = "Vilmany's written response; its content has not been disclosed." },
                new Reaction { Id = "vilmany-denies-stalling", ReactorId = "quist", TargetId = "stalling-accusation", Stance = Stance.Deny, StatementIds = ["quist-answers"] },
            ],
            Incidents =
            [
                new Incident
                {
                    Id = "ullmar-market-strike",
                    Summary = "A strike on the central market in Ullmar killed 27 people.",
                    Date = EventDate.Stated(new DateOnly(2026, 10, 8), "on October 8"),
                    Location = new Place { Name = "Central market, Ullmar" },
                    Quantities = [new Quantity { Value = 27, Unit = "people killed" }],
                },
            ],
        };
    }
}
