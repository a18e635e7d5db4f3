using System.Security.Cryptography;
using System.Text;
using PeaceModel.Tests.Support;
using static PeaceModel.Tests.Episodes.EpisodeFacts;

namespace PeaceModel.Tests.Seed;

/// <summary>
/// The seed report (<c>seeds/000_f59af2df9e05eeb5.txt</c>, 11 May 2025) modeled in C#. Quotation
/// positions are found in the seed text itself, so the model cannot drift from its source.
/// </summary>
internal static class SeedModel
{
    public const string SourceId = "report-2025-05-11";

    private static readonly DateOnly ReportDate = new(2025, 5, 11);

    private static readonly EventCode Cameo036 = Cameo("036", "Express intent to meet or negotiate");

    public static DiplomaticEvent Build(string text)
    {
        var quotes = new QuoteFinder(text);
        return new DiplomaticEvent
        {
            Id = "putin-proposes-istanbul-talks-2025-05-11",
            Title = "Putin proposes direct talks in Istanbul; Zelensky demands a ceasefire first",
            Date = EventDate.Stated(ReportDate, "Sunday, May 11"),
            Sources =
            [
                new SourceDocument
                {
                    Id = SourceId,
                    PublishedOn = ReportDate,
                    Language = "en",
                    Sha256 = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant(),
                },
            ],
            Actors =
            [
                new Actor
                {
                    Id = "putin",
                    Name = "Vladimir Putin",
                    Kind = ActorKind.Person,
                    Role = "President of Russia",
                    Country = "RUS",
                    WikidataId = "Q7747",
                    CameoCode = "RUSGOV",
                    ActsForId = "russia",
                },
                new Actor
                {
                    Id = "zelensky",
                    Name = "Volodymyr Zelensky",
                    Kind = ActorKind.Person,
                    Aliases = ["Volodymyr Zelenskiy", "Zelenskiy"],
                    Role = "President of Ukraine",
                    Country = "UKR",
                    WikidataId = "Q3874799",
                    CameoCode = "UKRGOV",
                    ActsForId = "ukraine",
                },
                new Actor
                {
                    Id = "trump",
                    Name = "Donald Trump",
                    Kind = ActorKind.Person,
                    Role = "President of the United States",
                    Country = "USA",
                    WikidataId = "Q22686",
                    CameoCode = "USAGOV",
                    ActsForId = "united-states",
                },
                new Actor
                {
                    Id = "european-leaders",
                    Name = "European leaders",
                    Kind = ActorKind.Group,
                },
                new Actor
                {
                    Id = "russia",
                    Name = "Russia",
                    Kind = ActorKind.State,
                    Aliases = ["Moscow"],
                    Country = "RUS",
                    WikidataId = "Q159",
                },
                new Actor
                {
                    Id = "ukraine",
                    Name = "Ukraine",
                    Kind = ActorKind.State,
                    Aliases = ["Kyiv", "the Kyiv authorities"],
                    Country = "UKR",
                    WikidataId = "Q212",
                },
                new Actor
                {
                    Id = "united-states",
                    Name = "United States",
                    Kind = ActorKind.State,
                    Aliases = ["U.S."],
                    Country = "USA",
                    WikidataId = "Q30",
                },
            ],
            Meetings =
            [
                new Meeting
                {
                    Id = "istanbul-talks",
                    Kind = MeetingKind.Talks,
                    Name = "Direct Russia–Ukraine talks in Istanbul",
                    Date = EventDate.Relative(new DateOnly(2025, 5, 15), "as early as Thursday", ReportDate) with { Modifier = DateModifier.OnOrAfter },
                    Venue = new Place { Name = "Istanbul", Country = "TUR", WikidataId = "Q406" },
                    Participants =
                    [
                        new Participant { ActorId = "russia", Role = ParticipantRole.Party },
                        new Participant { ActorId = "ukraine", Role = ParticipantRole.Party },
                    ],
                },
            ],
            Statements =
            [
                new Statement
                {
                    Id = "putin-kremlin-address",
                    SpeakerId = "putin",
                    SaidOn = EventDate.Stated(ReportDate, "Sunday, May 11"),
                    Channel = StatementChannel.TelevisedAddress,
                    Location = new Place { Name = "the Kremlin", Country = "RUS" },
                    AudienceIds = ["ukraine"],
                    SourceId = SourceId,
                    Quotations =
                    [
                        quotes.Next("We are proposing that Kyiv resume direct negotiations"),
                        quotes.Next("We offer the Kyiv authorities"),
                    ],
                    Paraphrase = "Proposed the resumption of direct peace talks with Ukraine, suggesting negotiations could begin as early as Thursday in Istanbul.",
                    Codes = [Cameo036],
                },
                new Statement
                {
                    Id = "zelensky-x-post",
                    SpeakerId = "zelensky",
                    SaidOn = EventDate.InferredFrom(ReportDate),
                    Channel = StatementChannel.SocialMediaPost,
                    Platform = "X",
                    AudienceIds = ["russia"],
                    SourceId = SourceId,
                    Quotations =
                    [
                        quotes.Next("a positive sign"),
                        quotes.Next("The very first step"),
                        quotes.Next("We expect Russia to confirm"),
                    ],
                    Paraphrase = "Welcomed the move but said Ukraine would not engage in talks without an immediate cessation of hostilities.",
                },
                new Statement
                {
                    Id = "european-leaders-kyiv",
                    SpeakerId = "european-leaders",
                    SaidOn = EventDate.Relative(new DateOnly(2025, 5, 10), "on Saturday", ReportDate),
                    Location = new Place { Name = "Kyiv", Country = "UKR", WikidataId = "Q1899" },
                    AudienceIds = ["russia"],
                    SourceId = SourceId,
                    Paraphrase = "Urged Moscow to accept a 30-day unconditional ceasefire or face expanded sanctions.",
                },
                new Statement
                {
                    Id = "putin-remarks-on-truces",
                    SpeakerId = "putin",
                    SaidOn = EventDate.InferredFrom(ReportDate),
                    SourceId = SourceId,
                    Quotations =
                    [
                        quotes.Next("ultimatums"),
                        quotes.Next("I do not rule out"),
                        quotes.Next("sustainable peace."),
                    ],
                    Paraphrase = "Dismissed what he called ultimatums from Europe but did not rule out interim truces being discussed during future negotiations.",
                },
                new Statement
                {
                    Id = "trump-truth-social-post",
                    SpeakerId = "trump",
                    SaidOn = EventDate.InferredFrom(ReportDate),
                    Channel = StatementChannel.SocialMediaPost,
                    Platform = "Truth Social",
                    SourceId = SourceId,
                    Quotations =
                    [
                        quotes.Next("A Potentially Great Day"),
                        quotes.Next("bloodbath"),
                        quotes.Next("a potentially great day"),
                        quotes.Next("Think of the hundreds of thousands"),
                    ],
                    Paraphrase = "Called the developments a potentially great day for both Russia and Ukraine if the bloodbath could be stopped, and urged both sides to seize the opportunity.",
                    Codes = [Cameo("013", "Make optimistic comment")],
                },
            ],
            Proposals =
            [
                new Proposal
                {
                    Id = "istanbul-direct-talks",
                    ProposerId = "putin",
                    AddresseeIds = ["ukraine"],
                    Kind = ProposalKind.DirectNegotiations,
                    Act = ProposalAct.Offer,
                    Summary = "Resume direct peace negotiations with Ukraine, without any preconditions, as early as Thursday in Istanbul.",
                    StatementIds = ["putin-kremlin-address"],
                    Terms = new Term
                    {
                        Venue = new Place { Name = "Istanbul", Country = "TUR", WikidataId = "Q406" },
                        Date = EventDate.Relative(new DateOnly(2025, 5, 15), "Thursday", ReportDate),
                        Preconditions = PreconditionStance.ExplicitlyExcluded,
                        MeetingId = "istanbul-talks",
                    },
                    Codes = [Cameo036, Plover("AGREE", mode: null)],
                },
                new Proposal
                {
                    Id = "european-30-day-ceasefire",
                    ProposerId = "european-leaders",
                    AddresseeIds = ["russia"],
                    Kind = ProposalKind.Ceasefire,
                    Act = ProposalAct.Demand,
                    Summary = "Russia accepts a 30-day unconditional ceasefire.",
                    StatementIds = ["european-leaders-kyiv"],
                    Terms = new Term
                    {
                        Duration = new Duration { Value = 30, Unit = DurationUnit.Day, Text = "30-day" },
                        Preconditions = PreconditionStance.ExplicitlyExcluded,
                    },
                    Codes = [Cameo("1056", "Demand de-escalation"), Plover("REQUEST", "yield")],
                },
            ],
            Conditions =
            [
                new Condition
                {
                    Id = "zelensky-ceasefire-first",
                    SetterId = "zelensky",
                    ProposalId = "istanbul-direct-talks",
                    Kind = ConditionKind.Precondition,
                    Requirement = "Russia confirms a full, lasting and reliable ceasefire before any talks.",
                    AddresseeIds = ["russia"],
                    StartsOn = EventDate.Relative(new DateOnly(2025, 5, 12), "tomorrow, May 12th", ReportDate),
                    StatementIds = ["zelensky-x-post"],
                    Codes = [Cameo("1056", "Demand de-escalation"), Plover("AGREE", mode: null)],
                },
                new Condition
                {
                    Id = "european-ceasefire-or-sanctions",
                    SetterId = "european-leaders",
                    ProposalId = "european-30-day-ceasefire",
                    Kind = ConditionKind.Ultimatum,
                    Requirement = "Russia accepts a 30-day unconditional ceasefire.",
                    AddresseeIds = ["russia"],
                    Consequence = new Consequence
                    {
                        Summary = "Russia faces expanded sanctions.",
                        Codes = [Cameo("1312", "Threaten to boycott, embargo or sanction"), Plover("THREATEN", "restrict")],
                    },
                    StatementIds = ["european-leaders-kyiv"],
                    Codes = [Cameo("139", "Give ultimatum")],
                },
            ],
            Reactions =
            [
                new Reaction
                {
                    Id = "zelensky-welcomes-talks",
                    ReactorId = "zelensky",
                    TargetId = "istanbul-direct-talks",
                    Stance = Stance.Welcome,
                    StatementIds = ["zelensky-x-post"],
                    Summary = "Called the Russian overture a positive sign, but made talks conditional on a ceasefire.",
                    Codes = [Cameo("051", "Praise or endorse")],
                },
                new Reaction
                {
                    Id = "putin-dismisses-ultimatum",
                    ReactorId = "putin",
                    TargetId = "european-ceasefire-or-sanctions",
                    Stance = Stance.Dismiss,
                    StatementIds = ["putin-remarks-on-truces"],
                    Summary = "Dismissed what he called ultimatums from Europe.",
                    Codes = [Cameo("12", "Reject (nearest root; rejecting an ultimatum has no code of its own)"), Plover("REJECT", "yield")],
                },
                new Reaction
                {
                    Id = "putin-open-to-truces",
                    ReactorId = "putin",
                    TargetId = "european-30-day-ceasefire",
                    Stance = Stance.Noncommittal,
                    StatementIds = ["putin-remarks-on-truces"],
                    Summary = "Did not rule out new truces, a new ceasefire, being agreed during the talks in Turkey.",
                },
                new Reaction
                {
                    Id = "trump-welcomes-talks",
                    ReactorId = "trump",
                    TargetId = "istanbul-direct-talks",
                    Stance = Stance.Welcome,
                    StatementIds = ["trump-truth-social-post"],
                    Summary = "Called the developments a potentially great day for both Russia and Ukraine.",
                    Codes = [Cameo("013", "Make optimistic comment")],
                },
            ],
        };
    }
}
