using PeaceModel.Tests.Support;
using static PeaceModel.Tests.Episodes.EpisodeFacts;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// <c>episodes/aramor-quell-call-2026-10-05.txt</c> modeled in C#: a call held on an evening, two
/// readouts that differ, a denial of what one readout says was agreed, a vague future date, and an
/// invitation under review.
/// </summary>
internal static class AramorModel
{
    public const string Name = "aramor-quell-call-2026-10-05";

    public const string SourceId = "report-2026-10-05";

    private static readonly DateOnly ReportDate = new(2026, 10, 5);
    private static readonly DateOnly Sunday = new(2026, 10, 4);

    public static DiplomaticEvent Build(string text)
    {
        var quotes = new QuoteFinder(text);
        var afterTheCall = new EventDate { Value = Sunday, Basis = DateBasis.Inferred, ResolvedAgainst = Sunday, Modifier = DateModifier.OnOrAfter };
        return new DiplomaticEvent
        {
            Id = "aramor-quell-call-2026-10-05",
            Title = "Aramor and Quell leaders hold their first call in a year; readouts differ on prisoner talks",
            Date = EventDate.Stated(ReportDate),
            Sources = [Source(SourceId, ReportDate, text)],
            Actors =
            [
                State("aramor", "Aramor"),
                State("quell", "Quell"),
                Person("ostrov", "Daniel Ostrov", "President", "aramor"),
                Person("sarkis", "Yelena Sarkis", "President", "quell"),
                new Actor { Id = "aramor-presidency", Name = "Aramorian presidency", Kind = ActorKind.Government, ActsForId = "aramor" },
                new Actor { Id = "quell-presidency", Name = "Quell presidency", Kind = ActorKind.Government, ActsForId = "quell" },
                Person("adler", "Ruben Adler", "Presidential spokesman", "quell-presidency"),
            ],
            Statements =
            [
                new Statement
                {
                    Id = "aramor-readout",
                    SpeakerId = "aramor-presidency",
                    SaidOn = afterTheCall,
                    Channel = StatementChannel.Readout,
                    SourceId = SourceId,
                    Quotations = [quotes.Next("agreed to begin talks"), quotes.Next("in the coming weeks")],
                    Paraphrase = "Said the presidents agreed to begin talks on the release of detained citizens and to keep in contact, that Ostrov proposed a foreign ministers' meeting, and that Sarkis invited Ostrov to the Lake Vell summit.",
                },
                new Statement
                {
                    Id = "quell-readout",
                    SpeakerId = "quell-presidency",
                    SaidOn = afterTheCall,
                    Channel = StatementChannel.Readout,
                    SourceId = SourceId,
                    Quotations = [quotes.Next("exchanged views on bilateral issues")],
                    Paraphrase = "Said only that the leaders exchanged views on bilateral issues, without mentioning detainees, and that Sarkis invited Ostrov to the Lake Vell summit.",
                },
                new Statement
                {
                    Id = "adler-on-monday",
                    SpeakerId = "adler",
                    SaidOn = Relative(ReportDate, "on Monday", ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("There is no agreement on any talks")],
                },
                new Statement
                {
                    Id = "aramor-on-invitation",
                    SpeakerId = "aramor",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("under review")],
                },
            ],
            Meetings =
            [
                new Meeting
                {
                    Id = "presidents-call",
                    Kind = MeetingKind.Call,
                    Name = "Telephone call between the presidents, the first in more than a year",
                    Status = MeetingStatus.Held,
                    Date = Relative(Sunday, "on Sunday evening", ReportDate) with { PartOfDay = PartOfDay.Evening },
                    Participants =
                    [
                        new Participant { ActorId = "aramor", Role = ParticipantRole.Party },
                        new Participant { ActorId = "quell", Role = ParticipantRole.Party },
                        new Participant { ActorId = "ostrov", Role = ParticipantRole.HeadOfDelegation },
                        new Participant { ActorId = "sarkis", Role = ParticipantRole.HeadOfDelegation },
                    ],
                    Codes = [Plover("CONSULT", "phone")],
                },
                new Meeting
                {
                    Id = "foreign-ministers-meeting",
                    Kind = MeetingKind.Talks,
                    Name = "Foreign ministers' meeting",
                    Date = new EventDate { Value = Sunday, Basis = DateBasis.Relative, Text = "in the coming weeks", ResolvedAgainst = Sunday, Modifier = DateModifier.After },
                    Participants = [new Participant { ActorId = "aramor", Role = ParticipantRole.Party }, new Participant { ActorId = "quell", Role = ParticipantRole.Party }],
                },
                new Meeting
                {
                    Id = "lake-vell-summit",
                    Kind = MeetingKind.Summit,
                    Name = "Lake Vell summit of regional leaders",
                    Date = new EventDate { Value = new(2026, 11, 1), Granularity = DateGranularity.Month, Text = "in November" },
                    Venue = new Place { Name = "Lake Vell" },
                },
            ],
            Proposals =
            [
                new Proposal
                {
                    Id = "foreign-ministers-proposal",
                    ProposerId = "ostrov",
                    AddresseeIds = ["quell"],
                    Kind = ProposalKind.Meeting,
                    Act = ProposalAct.Suggestion,
                    Summary = "The two foreign ministers meet in the coming weeks (according to Aramor's readout only).",
                    StatementIds = ["aramor-readout"],
                    Terms = new Term { MeetingId = "foreign-ministers-meeting" },
                },
                new Proposal
                {
                    Id = "lake-vell-invitation",
                    ProposerId = "sarkis",
                    AddresseeIds = ["aramor"],
                    Kind = ProposalKind.Meeting,
                    Act = ProposalAct.Invitation,
                    Summary = "Ostrov attends the Lake Vell summit of regional leaders in November.",
                    StatementIds = ["aramor-readout", "quell-readout"],
                    Terms = new Term { MeetingId = "lake-vell-summit" },
                },
            ],
            Reactions =
            [
                new Reaction { Id = "quell-denies-talks-agreement", ReactorId = "adler", TargetId = "aramor-account-of-the-call", Stance = Stance.Deny, StatementIds = ["adler-on-monday"] },
                new Reaction { Id = "aramor-reviews-invitation", ReactorId = "aramor", TargetId = "lake-vell-invitation", Stance = Stance.Consider, StatementIds = ["aramor-on-invitation"] },
            ],
            Claims =
            [
                new Claim
                {
                    Id = "aramor-account-of-the-call",
                    Kind = ClaimKind.AgreementReached,
                    Attribution = ClaimAttribution.Readout,
                    ClaimantId = "aramor-presidency",
                    Summary = "The presidents agreed to begin talks on the release of detained citizens and to keep in contact.",
                    AboutIds = ["presidents-call"],
                    StatementIds = ["aramor-readout"],
                },
                new Claim
                {
                    Id = "quell-account-of-the-call",
                    Kind = ClaimKind.Account,
                    Attribution = ClaimAttribution.Readout,
                    ClaimantId = "quell-presidency",
                    Summary = "The presidents exchanged views on bilateral issues (detainees not mentioned).",
                    AboutIds = ["presidents-call"],
                    StatementIds = ["quell-readout"],
                },
            ],
        };
    }
}
