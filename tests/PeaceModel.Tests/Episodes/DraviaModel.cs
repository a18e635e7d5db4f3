using PeaceModel.Tests.Support;
using static PeaceModel.Tests.Episodes.EpisodeFacts;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// <c>episodes/dravia-corridor-withdrawn-2026-06-03.txt</c> modeled in C#: an offer with something
/// asked in return, a counter-proposal, a deadline that passed, a withdrawal, and a meeting proposed
/// by a third party that one side accepted.
/// </summary>
internal static class DraviaModel
{
    public const string Name = "dravia-corridor-withdrawn-2026-06-03";

    public const string SourceId = "report-2026-06-03";

    private static readonly DateOnly ReportDate = new(2026, 6, 3);
    private static readonly DateOnly Proposed = new(2026, 5, 20);
    private static readonly DateOnly Countered = new(2026, 5, 25);
    private static readonly DateOnly Monday = new(2026, 6, 1);
    private static readonly DateOnly Tuesday = new(2026, 6, 2);

    public static DiplomaticEvent Build(string text)
    {
        var quotes = new QuoteFinder(text);
        var betweenCounterAndDeadline = new EventDate { Value = Countered, Basis = DateBasis.Inferred, ResolvedAgainst = Countered, Modifier = DateModifier.OnOrAfter };
        return new DiplomaticEvent
        {
            Id = "dravia-corridor-withdrawn-2026-06-03",
            Title = "Dravia withdraws its grain-corridor offer after the deadline passes",
            Date = EventDate.Stated(ReportDate),
            Sources = [Source(SourceId, ReportDate, text)],
            Actors =
            [
                State("dravia", "Dravia"),
                State("merrow", "Merrow"),
                new Actor { Id = "maritime-council", Name = "Maritime Council", Kind = ActorKind.InternationalOrganization, Aliases = ["the Council"] },
                Person("lind", "Oskar Lind", "Prime Minister", "dravia"),
                Person("holm", "Tereza Holm", "Foreign Minister", "merrow"),
                Person("feld", "Jonas Feld", "Secretary-General of the Maritime Council", "maritime-council"),
                new Actor { Id = "dravia-foreign-ministry", Name = "Dravian foreign ministry", Kind = ActorKind.Government, ActsForId = "dravia" },
            ],
            Statements =
            [
                new Statement
                {
                    Id = "dravia-corridor-offer",
                    SpeakerId = "dravia",
                    SaidOn = EventDate.Stated(Proposed, "on May 20"),
                    SourceId = SourceId,
                    Paraphrase = "Proposed a 90-day grain corridor through the Selm Strait for Merrow-bound ships if Merrow lifted its port sanctions on Dravian vessels.",
                },
                new Statement
                {
                    Id = "merrow-counter-offer",
                    SpeakerId = "merrow",
                    SaidOn = Relative(Countered, "Five days later", Proposed) with { Offset = new Duration { Value = 5, Unit = DurationUnit.Day } },
                    SourceId = SourceId,
                    Paraphrase = "Answered with a 120-day corridor with no link to sanctions.",
                },
                new Statement
                {
                    Id = "lind-on-counter",
                    SpeakerId = "lind",
                    SaidOn = betweenCounterAndDeadline,
                    SourceId = SourceId,
                    Quotations = [quotes.Next("not a serious answer")],
                },
                new Statement
                {
                    Id = "dravia-sets-deadline",
                    SpeakerId = "dravia",
                    SaidOn = Relative(Countered, "then", Countered) with { Modifier = DateModifier.OnOrAfter, AnchorId = "lind-on-counter" },
                    SourceId = SourceId,
                    Paraphrase = "Gave Merrow until midnight on Sunday to accept the original terms.",
                },
                new Statement
                {
                    Id = "lind-to-parliament",
                    SpeakerId = "lind",
                    SaidOn = Relative(Monday, "on Monday", ReportDate),
                    Channel = StatementChannel.Speech,
                    Location = new Place { Name = "parliament" },
                    SourceId = SourceId,
                    Quotations = [quotes.Next("The deadline has passed")],
                    Paraphrase = "Said Dravia had withdrawn its offer after Merrow let the deadline pass without accepting the terms.",
                },
                new Statement
                {
                    Id = "holm-remarks",
                    SpeakerId = "holm",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("never received a formal text"), quotes.Next("through press conferences")],
                    Paraphrase = "Said Merrow never received a formal text, accused Dravia of negotiating through press conferences, and said Merrow's 120-day proposal still stood.",
                },
                new Statement
                {
                    Id = "feld-appeal",
                    SpeakerId = "feld",
                    SaidOn = Relative(Tuesday, "on Tuesday", ReportDate),
                    AudienceIds = ["dravia", "merrow"],
                    SourceId = SourceId,
                    Paraphrase = "Appealed to both governments to return to talks and proposed that their foreign ministers meet in Valmont on June 10 under the Council's auspices.",
                    Codes = [Cameo("026", "Appeal to others to meet or negotiate")],
                },
                new Statement
                {
                    Id = "dravia-ministry-accepts",
                    SpeakerId = "dravia-foreign-ministry",
                    SaidOn = Relative(Tuesday, "within hours", Tuesday) with { Modifier = DateModifier.OnOrAfter, AnchorId = "feld-appeal" },
                    SourceId = SourceId,
                    Paraphrase = "Accepted the invitation to meet in Valmont.",
                },
            ],
            Meetings =
            [
                new Meeting
                {
                    Id = "valmont-ministers-meeting",
                    Kind = MeetingKind.Talks,
                    Name = "Foreign ministers' meeting in Valmont",
                    Date = EventDate.Stated(new DateOnly(2026, 6, 10), "June 10"),
                    Venue = new Place { Name = "Valmont" },
                    Participants =
                    [
                        new Participant { ActorId = "dravia", Role = ParticipantRole.Party },
                        new Participant { ActorId = "merrow", Role = ParticipantRole.Party },
                        new Participant { ActorId = "maritime-council", Role = ParticipantRole.CoOrganiser },
                    ],
                },
            ],
            Proposals =
            [
                new Proposal
                {
                    Id = "grain-corridor",
                    ProposerId = "dravia",
                    AddresseeIds = ["merrow"],
                    Kind = ProposalKind.Access,
                    Act = ProposalAct.Offer,
                    Summary = "Merrow-bound grain ships pass the Selm Strait through Dravian waters for 90 days.",
                    StatementIds = ["dravia-corridor-offer"],
                    Terms = new Term
                    {
                        Venue = new Place { Name = "Selm Strait" },
                        Duration = new Duration { Value = 90, Unit = DurationUnit.Day, Text = "90 days" },
                    },
                },
                new Proposal
                {
                    Id = "merrow-120-day-corridor",
                    ProposerId = "merrow",
                    AddresseeIds = ["dravia"],
                    Kind = ProposalKind.Access,
                    Act = ProposalAct.Offer,
                    CountersId = "grain-corridor",
                    Summary = "A 120-day grain corridor with no link to sanctions.",
                    StatementIds = ["merrow-counter-offer"],
                    Terms = new Term { Duration = new Duration { Value = 120, Unit = DurationUnit.Day, Text = "120-day" } },
                },
                new Proposal
                {
                    Id = "return-to-talks",
                    ProposerId = "feld",
                    AddresseeIds = ["dravia", "merrow"],
                    Kind = ProposalKind.DirectNegotiations,
                    Act = ProposalAct.Appeal,
                    Summary = "Dravia and Merrow return to talks.",
                    StatementIds = ["feld-appeal"],
                    Terms = new Term(),
                    Codes = [Cameo("026", "Appeal to others to meet or negotiate")],
                },
                new Proposal
                {
                    Id = "valmont-meeting-proposal",
                    ProposerId = "feld",
                    AddresseeIds = ["dravia", "merrow"],
                    Kind = ProposalKind.Meeting,
                    Act = ProposalAct.Invitation,
                    Summary = "The two foreign ministers meet in Valmont on June 10 under the Maritime Council's auspices.",
                    StatementIds = ["feld-appeal"],
                    Terms = new Term { Venue = new Place { Name = "Valmont" }, Date = EventDate.Stated(new DateOnly(2026, 6, 10), "June 10"), MeetingId = "valmont-ministers-meeting" },
                    Codes = [Plover("AGREE", null)],
                },
            ],
            Conditions =
            [
                new Condition
                {
                    Id = "lift-port-sanctions",
                    SetterId = "dravia",
                    ProposalId = "grain-corridor",
                    Kind = ConditionKind.Exchange,
                    Requirement = "Merrow lifts the port sanctions it imposed on Dravian vessels last year.",
                    AddresseeIds = ["merrow"],
                    StatementIds = ["dravia-corridor-offer"],
                },
                new Condition
                {
                    Id = "accept-by-sunday",
                    SetterId = "dravia",
                    ProposalId = "grain-corridor",
                    Kind = ConditionKind.Deadline,
                    Requirement = "Merrow accepts the original terms.",
                    AddresseeIds = ["merrow"],
                    Deadline = Relative(new DateOnly(2026, 5, 31), "until midnight on Sunday", ReportDate) with { EndOfDay = true },
                    StatementIds = ["dravia-sets-deadline"],
                },
            ],
            Reactions =
            [
                new Reaction
                {
                    Id = "lind-rejects-counter",
                    ReactorId = "lind",
                    TargetId = "merrow-120-day-corridor",
                    Stance = Stance.Reject,
                    StatementIds = ["lind-on-counter"],
                    Summary = "Called the counter-proposal not a serious answer.",
                },
                new Reaction
                {
                    Id = "dravia-withdraws-offer",
                    ReactorId = "lind",
                    TargetId = "grain-corridor",
                    Stance = Stance.Withdraw,
                    StatementIds = ["lind-to-parliament"],
                    Summary = "The offer is off the table.",
                },
                new Reaction
                {
                    Id = "merrow-maintains-counter",
                    ReactorId = "holm",
                    TargetId = "merrow-120-day-corridor",
                    Stance = Stance.Maintain,
                    StatementIds = ["holm-remarks"],
                    Summary = "Merrow's 120-day proposal still stands.",
                },
                new Reaction
                {
                    Id = "dravia-accepts-valmont",
                    ReactorId = "dravia-foreign-ministry",
                    TargetId = "valmont-meeting-proposal",
                    Stance = Stance.Accept,
                    StatementIds = ["dravia-ministry-accepts"],
                },
            ],
            Claims =
            [
                new Claim
                {
                    Id = "no-formal-text",
                    Kind = ClaimKind.Fact,
                    Attribution = ClaimAttribution.OnRecord,
                    ClaimantId = "holm",
                    Summary = "Merrow never received a formal text of Dravia's offer or deadline; Dravia negotiated through press conferences.",
                    AboutIds = ["grain-corridor", "accept-by-sunday"],
                    StatementIds = ["holm-remarks"],
                    Codes = [Plover("ACCUSE", null)],
                },
            ],
        };
    }
}
