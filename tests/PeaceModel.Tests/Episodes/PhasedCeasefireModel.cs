using PeaceModel.Tests.Support;
using static PeaceModel.Tests.Episodes.EpisodeFacts;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// <c>episodes/phased-ceasefire-2026-12-16.txt</c> modeled in C#: an agreement signed by one side and
/// accepted without a reported signature by the other, in force from 12:00 local time on the report's day
/// (the report updated at 14:10), a first withdrawal confirmed by the named monitor, final-status talks
/// with no date, and the declaration of principles it builds on.
/// </summary>
internal static class PhasedCeasefireModel
{
    public const string Name = "phased-ceasefire-2026-12-16";

    public const string SourceId = "report-2026-12-16";

    /// <summary>"12:00 local time (10:00 GMT)": local time is GMT+2 throughout the report.</summary>
    public const string LocalTime = "+02:00";

    private static readonly DateOnly ReportDate = new(2026, 12, 16);

    public static DiplomaticEvent Build(string text)
    {
        var quotes = new QuoteFinder(text);
        return new DiplomaticEvent
        {
            Id = Name,
            Title = "Essara signs a phased ceasefire with the Sennic Front; monitors confirm the first pull-back",
            Date = Inferred(ReportDate) with { Time = new TimeOnly(14, 10), TimeZone = LocalTime, TimeZoneBasis = DateBasis.Inferred, Text = "Updated 14:10 local time" },
            Sources = [Source(SourceId, ReportDate, text) with { UpdatedAt = new DateTimeOffset(2026, 12, 16, 14, 10, 0, TimeSpan.FromHours(2)), Dateline = new Place { Name = "Korrasta" } }],
            Actors =
            [
                State("essara", "Essara"),
                new Actor { Id = "essara-government", Name = "Government of Essara", Kind = ActorKind.Government, ActsForId = "essara" },
                new Actor { Id = "sennic-front", Name = "Sennic Front", Kind = ActorKind.Group, Aliases = ["the Front"], Role = "Armed movement" },
                State("orlenne", "Orlenne"),
                new Actor { Id = "southern-command", Name = "Southern Command of Orlenne", Kind = ActorKind.Government, Role = "Military command; the agreement's monitor", ActsForId = "orlenne" },
                Person("fenwright", "Lucia Fenwright", "Deputy Prime Minister", "essara-government"),
                Person("roshka", "Adem Roshka", "Chief negotiator of the Sennic Front", "sennic-front"),
                Person("sarrau", "Julien Sarrau", "Special envoy of Orlenne", "orlenne"),
            ],
            Statements =
            [
                new Statement
                {
                    Id = "government-signing-statement",
                    SpeakerId = "essara-government",
                    SaidOn = Inferred(ReportDate),
                    Channel = StatementChannel.WrittenStatement,
                    SourceId = SourceId,
                    Paraphrase = "Said Deputy Prime Minister Fenwright had signed the text in Korrasta; did not say whether the Front had also signed.",
                },
                new Statement
                {
                    Id = "roshka-accepts",
                    SpeakerId = "roshka",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("accepts this agreement")],
                    Paraphrase = "Said the movement accepts the agreement and will honour it.",
                },
                new Statement
                {
                    Id = "sarrau-post",
                    SpeakerId = "sarrau",
                    SaidOn = Relative(ReportDate, "shortly after 13:00", ReportDate) with { Time = new TimeOnly(13, 0), Modifier = DateModifier.After },
                    Channel = StatementChannel.SocialMediaPost,
                    SourceId = SourceId,
                    Quotations = [quotes.Next("The first step is done")],
                    Paraphrase = "Wrote that the Southern Command had confirmed the first withdrawal, by Essaran armoured units near the Ruvane bridge.",
                },
                new Statement
                {
                    Id = "fenwright-to-reporters",
                    SpeakerId = "fenwright",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("We have given up ground")],
                },
                new Statement
                {
                    Id = "roshka-on-withdrawal",
                    SpeakerId = "roshka",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("once the monitors are in place")],
                    Paraphrase = "Said the Front would begin its own withdrawal once the monitors are in place on its side of the line.",
                },
            ],
            Meetings =
            [
                new Meeting
                {
                    Id = "tovin-final-status-talks",
                    Kind = MeetingKind.Talks,
                    Name = "Talks on the final status of the Tovin district",
                },
            ],
            Agreements =
            [
                new Agreement
                {
                    Id = "caldemar-declaration",
                    Name = "Caldemar declaration of principles",
                    Stage = AgreementStage.PreNegotiation,
                    Kind = AgreementKind.DeclarationOfPrinciples,
                    Summary = "A declaration of principles signed by Essara and the Sennic Front in Caldemar.",
                    Date = EventDate.Stated(new DateOnly(2026, 11, 25), "on November 25"),
                    Signatories =
                    [
                        new Signatory { ActorId = "essara", Role = SignatoryRole.Party, Act = SigningAct.Signed },
                        new Signatory { ActorId = "sennic-front", Role = SignatoryRole.Party, Act = SigningAct.Signed },
                    ],
                },
                new Agreement
                {
                    Id = "phased-ceasefire",
                    Name = "Phased ceasefire agreement",
                    Stage = AgreementStage.Ceasefire,
                    Kind = AgreementKind.Ceasefire,
                    Summary = "A phased ceasefire: a truce, a pull-back to the Marl Line, then a release of detainees.",
                    Date = Relative(ReportDate.AddDays(-1), "overnight", ReportDate) with { PartOfDay = PartOfDay.Night },
                    Signatories =
                    [
                        new Signatory { ActorId = "essara", Role = SignatoryRole.Party, Act = SigningAct.Signed, StatementId = "government-signing-statement" },
                        new Signatory { ActorId = "sennic-front", Role = SignatoryRole.Party, Act = SigningAct.Agreed, StatementId = "roshka-accepts" },
                    ],
                    Terms =
                    [
                        new Term
                        {
                            Id = "truce",
                            Summary = "The truce takes effect.",
                            Date = Relative(ReportDate, "at 12:00 local time (10:00 GMT) on Wednesday", ReportDate) with { Time = new TimeOnly(12, 0), TimeZone = LocalTime },
                        },
                        new Term
                        {
                            Id = "pull-back",
                            Summary = "Both sides pull their forces back to the Marl Line.",
                            Area = new Place { Name = "Marl Line" },
                            Phase = 1,
                            StartsAt = new TermAnchor { Id = "truce", Event = AnchorEvent.TakesEffect, Text = "the ceasefire taking effect" },
                            ActorIds = ["essara", "sennic-front"],
                            Deadline = Relative(ReportDate.AddDays(1), "within 24 hours of the ceasefire taking effect", ReportDate) with
                            {
                                Time = new TimeOnly(12, 0),
                                TimeZone = LocalTime,
                                Offset = new Duration { Value = 24, Unit = DurationUnit.Hour },
                                Modifier = DateModifier.OnOrBefore,
                            },
                        },
                        new Term
                        {
                            Id = "detainee-release",
                            Summary = "Once the pull-back is complete, a 72-hour window for the release of all detainees held by either side.",
                            Duration = new Duration { Value = 72, Unit = DurationUnit.Hour, Text = "a 72-hour window" },
                            Phase = 2,
                            StartsAt = new TermAnchor { Id = "pull-back", Event = AnchorEvent.Completed, Text = "once phase one is complete" },
                            ActorIds = ["essara", "sennic-front"],
                        },
                        new Term
                        {
                            Id = "tovin-hold",
                            Summary = "The Front keeps control of the town of Tovin and six nearby villages until the next phase, talks on the final status of the Tovin district.",
                            Area = new Place { Name = "Tovin and six nearby villages" },
                            ActorIds = ["sennic-front"],
                            MeetingId = "tovin-final-status-talks",
                            EndsAt = new TermAnchor { Id = "tovin-final-status-talks", Event = AnchorEvent.Held, Text = "until the next phase" },
                        },
                        new Term
                        {
                            Id = "displaced-families",
                            Article = "9",
                            Summary = "Return of displaced families, in the Ruvane valley only.",
                            Area = new Place { Name = "Ruvane valley" },
                        },
                        new Term
                        {
                            Id = "monitoring",
                            Summary = "Orlenne's Southern Command monitors the agreement.",
                            ActorIds = ["southern-command"],
                        },
                    ],
                    VerifierIds = ["southern-command"],
                    Links = [new RecordLink { Relation = LinkRelation.BuildsOn, TargetId = "caldemar-declaration" }],
                    StatementIds = ["government-signing-statement"],
                    Codes = [Cameo("057", "Sign formal agreement"), Plover("AGREE", null)],
                },
            ],
            Implementations =
            [
                new Implementation
                {
                    Id = "first-withdrawal",
                    AgreementId = "phased-ceasefire",
                    TermId = "pull-back",
                    ActorId = "essara",
                    ReportedById = "sarrau",
                    VerifiedById = "southern-command",
                    Summary = "Essaran armoured units withdrew from positions near the Ruvane bridge; the Southern Command confirmed it.",
                    Date = Relative(ReportDate, "shortly after 13:00", ReportDate) with { Time = new TimeOnly(13, 0), Modifier = DateModifier.After },
                    StatementIds = ["sarrau-post"],
                },
            ],
            Commitments =
            [
                new Commitment
                {
                    Id = "front-withdrawal",
                    CommitterId = "sennic-front",
                    Kind = CommitmentKind.Action,
                    Summary = "The Front will begin its own withdrawal once the monitors are in place on its side of the line.",
                    StatementIds = ["roshka-on-withdrawal"],
                    SubjectId = "phased-ceasefire",
                    SubjectTermId = "pull-back",
                    Terms = new Term { OnlyIf = "once the monitors are in place on our side of the line" },
                },
            ],
        };
    }
}
