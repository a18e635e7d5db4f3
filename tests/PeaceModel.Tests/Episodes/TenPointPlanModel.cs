using PeaceModel.Tests.Support;
using static PeaceModel.Tests.Episodes.EpisodeFacts;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// <c>episodes/ten-point-plan-2026-12-03.txt</c> modeled in C#: a third party's ten-point plan with four
/// points described, accepted in part by one party (one point, and the framework as a basis for
/// negotiations), unanswered by the other, whose reported "first stage" is a commitment of its own;
/// outside states' pledges that depend on points not yet in effect.
/// </summary>
internal static class TenPointPlanModel
{
    public const string Name = "ten-point-plan-2026-12-03";

    public const string SourceId = "report-2026-12-03";

    private static readonly DateOnly ReportDate = new(2026, 12, 3);

    private static readonly DateOnly Wednesday = new(2026, 12, 2);

    public static DiplomaticEvent Build(string text)
    {
        var quotes = new QuoteFinder(text);
        var framework = quotes.Next("the framework of the plan");
        var remaining = quotes.Next("The remaining points");
        var firstStage = quotes.Next("the first stage");
        var ownPrinciples = quotes.Next("on the basis of its own principles");
        var courageous = quotes.Next("a serious and courageous");
        var halt = quotes.Next("I call on Kolvath");
        var onOrBeforeReport = new EventDate { Value = ReportDate, Basis = DateBasis.Inferred, ResolvedAgainst = ReportDate, Modifier = DateModifier.OnOrBefore };
        return new DiplomaticEvent
        {
            Id = Name,
            Title = "Zembria accepts the detainee exchange of Seravia's ten-point plan; Kolvath commits only to the first stage",
            Date = Inferred(ReportDate),
            Sources = [Source(SourceId, ReportDate, text) with { Dateline = new Place { Name = "Mirenza" } }],
            Actors =
            [
                State("zembria", "Zembria"),
                State("kolvath", "Kolvath"),
                State("seravia", "Seravia"),
                State("andalle", "Andalle"),
                State("tirrow", "Tirrow"),
                new Actor { Id = "andalle-tirrow", Name = "The governments of Andalle and Tirrow", Kind = ActorKind.Group, MemberIds = ["andalle", "tirrow"] },
                new Actor { Id = "kolvath-defence-council", Name = "Supreme Defence Council of Kolvath", Kind = ActorKind.Government, ActsForId = "kolvath" },
                new Actor { Id = "state-news-agency", Name = "The state news agency", Kind = ActorKind.Media, Role = "News agency (by context Kolvath's; not named)" },
                new Actor { Id = "kolvath-today", Name = "Kolvath Today", Kind = ActorKind.Media, Role = "Newspaper" },
                Person("castell", "Irmina Castell", "President of Seravia", "seravia"),
                Person("lenk", "Davor Lenk", "Foreign Minister of Zembria", "zembria"),
            ],
            Statements =
            [
                new Statement
                {
                    Id = "castell-unveils",
                    SpeakerId = "castell",
                    SaidOn = Relative(new DateOnly(2026, 11, 29), "on Sunday", ReportDate),
                    SourceId = SourceId,
                    Paraphrase = "Unveiled a ten-point peace plan; the report describes points two, four, seven and nine.",
                },
                new Statement
                {
                    Id = "lenk-letter",
                    SpeakerId = "lenk",
                    SaidOn = Relative(Wednesday, "on Wednesday", ReportDate),
                    Channel = StatementChannel.WrittenStatement,
                    AudienceIds = ["castell"],
                    SourceId = SourceId,
                    Quotations = [framework, remaining],
                    Paraphrase = "Wrote to Castell that Zembria accepts point two and the framework of the plan as a basis for negotiations, and that the remaining points must be negotiated; the letter did not mention point seven.",
                },
                new Statement
                {
                    Id = "defence-council-decision",
                    SpeakerId = "kolvath-defence-council",
                    SaidOn = onOrBeforeReport,
                    RelayedByIds = ["state-news-agency", "kolvath-today"],
                    SourceId = SourceId,
                    Quotations = [firstStage, ownPrinciples],
                    Paraphrase = "Decided that Kolvath will carry out the first stage of the plan on its own principles; which points the first stage covers is not said.",
                },
                new Statement
                {
                    Id = "castell-news-conference",
                    SpeakerId = "castell",
                    SaidOn = Relative(Wednesday, "on Wednesday evening", ReportDate) with { PartOfDay = PartOfDay.Evening },
                    Channel = StatementChannel.PressConference,
                    Location = new Place { Name = "Mirenza" },
                    SourceId = SourceId,
                    Quotations = [courageous, halt],
                    Paraphrase = "Welcomed Zembria's response and called on Kolvath to halt its strikes immediately.",
                },
                new Statement
                {
                    Id = "joint-pledge",
                    SpeakerId = "andalle-tirrow",
                    SaidOn = onOrBeforeReport,
                    Channel = StatementChannel.WrittenStatement,
                    SourceId = SourceId,
                    Paraphrase = "Pledged to support the plan's implementation: Andalle will send engineers to clear mines along the future withdrawal line; Tirrow will pay for the transitional board's first year.",
                },
            ],
            Proposals =
            [
                new Proposal
                {
                    Id = "ten-point-plan",
                    ProposerId = "castell",
                    AddresseeIds = ["zembria", "kolvath"],
                    Kind = ProposalKind.PeaceAgreement,
                    Summary = "A ten-point peace plan between Zembria and Kolvath.",
                    StatementIds = ["castell-unveils"],
                    Terms = new Term(),
                    PointCount = 10,
                    Points =
                    [
                        new Term
                        {
                            Id = "point-2",
                            Article = "2",
                            Summary = "Exchange of all detainees within 72 hours of both sides accepting the plan.",
                            StartsAt = new TermAnchor { Id = "ten-point-plan", Event = AnchorEvent.Accepted, Text = "both sides accepting the plan" },
                            Duration = new Duration { Value = 72, Unit = DurationUnit.Hour, Text = "within 72 hours" },
                        },
                        new Term { Id = "point-4", Article = "4", Summary = "Withdrawal of forces to a line to be agreed by military commanders." },
                        new Term { Id = "point-7", Article = "7", Summary = "Disarmament of irregular units." },
                        new Term
                        {
                            Id = "point-9",
                            Article = "9",
                            Summary = "An international transitional board runs the contested Harrac district until elections are held.",
                            Area = new Place { Name = "Harrac district" },
                        },
                    ],
                },
                new Proposal
                {
                    Id = "halt-strikes",
                    ProposerId = "castell",
                    AddresseeIds = ["kolvath"],
                    Kind = ProposalKind.Truce,
                    Act = ProposalAct.Demand,
                    Summary = "Kolvath halts its strikes immediately.",
                    StatementIds = ["castell-news-conference"],
                    Terms = new Term { Date = EventDate.Stated(Wednesday, "today") },
                },
            ],
            Reactions =
            [
                new Reaction { Id = "zembria-accepts-point-2", ReactorId = "lenk", TargetId = "ten-point-plan", Stance = Stance.Accept, PointIds = ["point-2"], StatementIds = ["lenk-letter"], Summary = "Zembria accepts point two, the exchange of detainees." },
                new Reaction { Id = "zembria-framework", ReactorId = "lenk", TargetId = "ten-point-plan", Stance = Stance.Negotiate, StatementIds = ["lenk-letter"], Summary = "Zembria accepts the framework of the plan as a basis for negotiations." },
                new Reaction { Id = "zembria-negotiate-rest", ReactorId = "lenk", TargetId = "ten-point-plan", Stance = Stance.Negotiate, PointIds = ["point-4", "point-9"], StatementIds = ["lenk-letter"], Summary = "The remaining points must be negotiated between the parties." },
                new Reaction { Id = "castell-welcomes-response", ReactorId = "castell", TargetId = "lenk-letter", Stance = Stance.Welcome, StatementIds = ["castell-news-conference"], Summary = "A serious and courageous first step." },
            ],
            Commitments =
            [
                new Commitment
                {
                    Id = "kolvath-first-stage",
                    CommitterId = "kolvath-defence-council",
                    Kind = CommitmentKind.Action,
                    Summary = "Kolvath will carry out the first stage of the plan on the basis of its own principles.",
                    StatementIds = ["defence-council-decision"],
                    SubjectId = "ten-point-plan",
                },
                new Commitment
                {
                    Id = "support-implementation",
                    CommitterId = "andalle-tirrow",
                    Kind = CommitmentKind.Support,
                    Summary = "Andalle and Tirrow will support the plan's implementation.",
                    StatementIds = ["joint-pledge"],
                    SubjectId = "ten-point-plan",
                },
                new Commitment
                {
                    Id = "andalle-engineers",
                    CommitterId = "andalle",
                    Kind = CommitmentKind.Support,
                    Summary = "Andalle will send engineers to clear mines along the future withdrawal line.",
                    StatementIds = ["joint-pledge"],
                    SubjectId = "ten-point-plan",
                    SubjectTermId = "point-4",
                },
                new Commitment
                {
                    Id = "tirrow-board-funding",
                    CommitterId = "tirrow",
                    Kind = CommitmentKind.Support,
                    Summary = "Tirrow will pay for the transitional board's first year.",
                    StatementIds = ["joint-pledge"],
                    SubjectId = "ten-point-plan",
                    SubjectTermId = "point-9",
                    Terms = new Term { Duration = new Duration { Value = 1, Unit = DurationUnit.Year, Text = "first year" } },
                },
            ],
        };
    }
}
