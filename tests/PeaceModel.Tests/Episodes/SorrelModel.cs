using PeaceModel.Tests.Support;
using static PeaceModel.Tests.Episodes.EpisodeFacts;

namespace PeaceModel.Tests.Episodes;

/// <summary>
/// <c>episodes/sorrel-ultimatum-2026-08-21.txt</c> modeled in C#: an ultimatum with a deadline counted
/// from a stated time, a claim of fact denied (beside the rejection of the demand), a postponed meeting,
/// a third party's offer, and an anonymous, unconfirmed source.
/// </summary>
internal static class SorrelModel
{
    public const string Name = "sorrel-ultimatum-2026-08-21";

    public const string SourceId = "report-2026-08-21";

    private static readonly DateOnly ReportDate = new(2026, 8, 21);
    private static readonly DateOnly Thursday = new(2026, 8, 20);

    public static DiplomaticEvent Build(string text)
    {
        var quotes = new QuoteFinder(text);
        return new DiplomaticEvent
        {
            Id = "sorrel-ultimatum-2026-08-21",
            Title = "Sorrel gives Tamsk 72 hours to leave the Irwin Pass; Tamsk says no troops are there",
            Date = EventDate.Stated(ReportDate),
            Sources = [Source(SourceId, ReportDate, text)],
            Actors =
            [
                State("sorrel", "Sorrel"),
                State("tamsk", "Tamsk"),
                new Actor { Id = "northern-concord", Name = "Northern Concord", Kind = ActorKind.InternationalOrganization, Role = "Regional organization", MemberIds = ["sorrel", "tamsk"] },
                Person("vecht", "Mara Vecht", "President", "sorrel"),
                Person("dorn", "Alek Dorn", "Government spokesman", "tamsk"),
                new Actor { Id = "sorrel-defence-ministry", Name = "Sorrel's defence ministry", Kind = ActorKind.Government, ActsForId = "sorrel" },
                new Actor { Id = "sorrel-foreign-ministry", Name = "Sorrel's foreign ministry", Kind = ActorKind.Government, ActsForId = "sorrel" },
            ],
            Statements =
            [
                new Statement
                {
                    Id = "vecht-address",
                    SpeakerId = "vecht",
                    SaidOn = Relative(Thursday, "at 18:00 on Thursday", ReportDate) with { Time = new TimeOnly(18, 0) },
                    Channel = StatementChannel.TelevisedAddress,
                    AudienceIds = ["tamsk"],
                    SourceId = SourceId,
                    Quotations = [quotes.Next("consider all options")],
                    Paraphrase = "Gave Tamsk 72 hours to withdraw what Sorrel said were two battalions from the Irwin Pass.",
                    Codes = [Cameo("139", "Give ultimatum")],
                },
                new Statement
                {
                    Id = "sorrel-satellite-images",
                    SpeakerId = "sorrel-defence-ministry",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Paraphrase = "Published satellite images that it said showed armoured vehicles near the pass.",
                },
                new Statement
                {
                    Id = "dorn-on-friday",
                    SpeakerId = "dorn",
                    SaidOn = Relative(ReportDate, "on Friday", ReportDate),
                    SourceId = SourceId,
                    Quotations = [quotes.Next("There is not a single Tamskian soldier"), quotes.Next("theatre for a domestic audience")],
                    Paraphrase = "Denied that any Tamskian soldiers were in the pass and said Tamsk would not respond to threats.",
                },
                new Statement
                {
                    Id = "sorrel-foreign-ministry-on-talks",
                    SpeakerId = "sorrel-foreign-ministry",
                    SaidOn = Inferred(ReportDate),
                    SourceId = SourceId,
                    Paraphrase = "Said the deputy foreign ministers' talks set for Friday in Erlen were postponed indefinitely.",
                },
                new Statement
                {
                    Id = "concord-statement",
                    SpeakerId = "northern-concord",
                    SaidOn = Inferred(ReportDate),
                    AudienceIds = ["sorrel", "tamsk"],
                    SourceId = SourceId,
                    Paraphrase = "Urged restraint and offered to send a fact-finding mission to the pass.",
                },
                new Statement { Id = "sorrel-on-mission", SpeakerId = "sorrel", SaidOn = Inferred(ReportDate), SourceId = SourceId, Paraphrase = "Welcomed the offer of a fact-finding mission." },
                new Statement { Id = "tamsk-on-mission", SpeakerId = "tamsk", SaidOn = Inferred(ReportDate), SourceId = SourceId, Paraphrase = "Said it would consider the offer of a fact-finding mission." },
            ],
            Meetings =
            [
                new Meeting
                {
                    Id = "erlen-talks",
                    Kind = MeetingKind.Talks,
                    Name = "Deputy foreign ministers' talks in Erlen",
                    Status = MeetingStatus.Postponed,
                    PreviousDate = Relative(ReportDate, "set for Friday", ReportDate),
                    Venue = new Place { Name = "Erlen" },
                    Participants = [new Participant { ActorId = "sorrel", Role = ParticipantRole.Party }, new Participant { ActorId = "tamsk", Role = ParticipantRole.Party }],
                    StatementIds = ["sorrel-foreign-ministry-on-talks"],
                },
            ],
            Proposals =
            [
                new Proposal
                {
                    Id = "leave-the-pass",
                    ProposerId = "vecht",
                    AddresseeIds = ["tamsk"],
                    Kind = ProposalKind.Withdrawal,
                    Act = ProposalAct.Demand,
                    Summary = "Tamsk withdraws two battalions from the Irwin Pass within 72 hours.",
                    StatementIds = ["vecht-address"],
                    Terms = new Term { Venue = new Place { Name = "Irwin Pass" }, Quantities = [new Quantity { Value = 2, Unit = "battalions", Text = "two battalions" }] },
                    Codes = [Plover("REQUEST", "yield")],
                },
                new Proposal
                {
                    Id = "restraint-appeal",
                    ProposerId = "northern-concord",
                    AddresseeIds = ["sorrel", "tamsk"],
                    Kind = ProposalKind.Other,
                    Act = ProposalAct.Appeal,
                    Summary = "Sorrel and Tamsk show restraint.",
                    StatementIds = ["concord-statement"],
                    Terms = new Term(),
                    Codes = [Cameo("0256", "Appeal for de-escalation")],
                },
                new Proposal
                {
                    Id = "fact-finding-mission",
                    ProposerId = "northern-concord",
                    AddresseeIds = ["sorrel", "tamsk"],
                    Kind = ProposalKind.Monitoring,
                    Act = ProposalAct.Offer,
                    Summary = "The Northern Concord sends a fact-finding mission to the Irwin Pass.",
                    StatementIds = ["concord-statement"],
                    Terms = new Term { Venue = new Place { Name = "Irwin Pass" }, ActorIds = ["northern-concord"] },
                },
            ],
            Conditions =
            [
                new Condition
                {
                    Id = "seventy-two-hours",
                    SetterId = "vecht",
                    ProposalId = "leave-the-pass",
                    Kind = ConditionKind.Ultimatum,
                    Requirement = "Tamsk withdraws the two battalions from the Irwin Pass.",
                    AddresseeIds = ["tamsk"],
                    Deadline = Relative(new DateOnly(2026, 8, 23), "72 hours, from 18:00 on Thursday: 18:00 on Sunday", Thursday) with { Time = new TimeOnly(18, 0), Offset = new Duration { Value = 72, Unit = DurationUnit.Hour } },
                    Consequence = new Consequence { Summary = "Sorrel considers all options, including military ones.", Codes = [Plover("THREATEN", null)] },
                    StatementIds = ["vecht-address"],
                    Codes = [Cameo("139", "Give ultimatum")],
                },
            ],
            Reactions =
            [
                new Reaction { Id = "tamsk-rejects-ultimatum", ReactorId = "dorn", TargetId = "seventy-two-hours", Stance = Stance.Reject, StatementIds = ["dorn-on-friday"], Summary = "Called the ultimatum theatre for a domestic audience; Tamsk will not respond to threats." },
                new Reaction { Id = "tamsk-denies-troops", ReactorId = "dorn", TargetId = "troops-in-the-pass", Stance = Stance.Deny, StatementIds = ["dorn-on-friday"], Summary = "There is not a single Tamskian soldier in the pass." },
                new Reaction { Id = "sorrel-welcomes-mission", ReactorId = "sorrel", TargetId = "fact-finding-mission", Stance = Stance.Welcome, StatementIds = ["sorrel-on-mission"] },
                new Reaction { Id = "tamsk-considers-mission", ReactorId = "tamsk", TargetId = "fact-finding-mission", Stance = Stance.Consider, StatementIds = ["tamsk-on-mission"] },
            ],
            Claims =
            [
                new Claim
                {
                    Id = "troops-in-the-pass",
                    Kind = ClaimKind.Fact,
                    Attribution = ClaimAttribution.OnRecord,
                    ClaimantId = "vecht",
                    Summary = "Two Tamskian battalions are in the Irwin Pass.",
                    Evidence = "Satellite images published by Sorrel's defence ministry, which it said showed armoured vehicles near the pass.",
                    StatementIds = ["vecht-address", "sorrel-satellite-images"],
                },
                new Claim
                {
                    Id = "back-channel-talks",
                    Kind = ClaimKind.Fact,
                    Attribution = ClaimAttribution.AnonymousSource,
                    Source = "a diplomat familiar with the contacts",
                    Summary = "Back-channel talks between Sorrel and Tamsk are continuing; neither government confirmed this.",
                },
            ],
        };
    }
}
