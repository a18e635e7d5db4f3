using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Text;

namespace PeaceModel.Tests.Analysis;

/// <summary>One test per rule of the table in docs/analysis.md, on small events built for it.</summary>
public class ProposalRulesTests
{
    private static readonly DateOnly Day = new(2025, 5, 11);

    [Theory]
    [InlineData(Stance.Counter, Position.Countered, "P1", ProposalStatus.Countered, "O2")]
    [InlineData(Stance.Reject, Position.Rejected, "P2", ProposalStatus.Rejected, "O1")]
    [InlineData(Stance.Dismiss, Position.Rejected, "P2", ProposalStatus.Rejected, "O1")]
    [InlineData(Stance.ConditionalAcceptance, Position.ConditionallyAccepted, "P3", ProposalStatus.ConditionallyAccepted, "O3")]
    [InlineData(Stance.Accept, Position.Accepted, "P4", ProposalStatus.Accepted, "O3")]
    [InlineData(Stance.Defer, Position.Deferred, "P5", ProposalStatus.Deferred, "O4")]
    [InlineData(Stance.Consider, Position.Considering, "P6", ProposalStatus.UnderConsideration, "O5")]
    [InlineData(Stance.Welcome, Position.Welcomed, "P8", ProposalStatus.Open, "O6")]
    [InlineData(Stance.Noncommittal, Position.Noncommittal, "P9", ProposalStatus.Open, "O6")]
    public void OneReactionByTheAddressee_PlacesItAndSetsTheStatus(Stance stance, Position position, string rule, ProposalStatus status, string outcomeRule)
    {
        var analysis = Analyze(Reaction("r1", "b", "p", stance));

        var party = Assert.Single(analysis.Positions);
        Assert.Equal((position, rule, true), (party.Position, party.Reason.Rule, party.IsAddressee));
        Assert.Equal(["r1"], party.Reason.RecordIds);
        Assert.Equal((status, outcomeRule), (analysis.Status, analysis.Reason.Rule));
        Assert.Equal(ProposalStanding.Active, analysis.Standing);
    }

    [Fact]
    public void P3_WelcomeWithAPrecondition_IsConditionalAcceptance()
    {
        var analysis = Analyze(Reaction("r1", "b", "p", Stance.Welcome), Precondition("c1", "b"));

        var party = Assert.Single(analysis.Positions);
        Assert.Equal((Position.ConditionallyAccepted, "P3"), (party.Position, party.Reason.Rule));
        Assert.Equal(["r1", "c1"], party.Reason.RecordIds);
    }

    [Fact]
    public void P9_APreconditionAlone_IsNotConditionalAcceptance()
    {
        // Wrong conclusion seen before: any precondition turned an unanswered proposal into "conditionally accepted".
        var analysis = Analyze(Precondition("c1", "b"));

        var party = Assert.Single(analysis.Positions);
        Assert.Equal((Position.Noncommittal, "P9"), (party.Position, party.Reason.Rule));
        Assert.Equal(ProposalStatus.Open, analysis.Status);
    }

    [Fact]
    public void P7_SilenceIsNotAcceptance_TheAddresseeIsShownWithNoAnswer()
    {
        var analysis = Analyze();

        var party = Assert.Single(analysis.Positions);
        Assert.Equal(("b", Position.NoAnswer, "P7"), (party.ActorId, party.Position, party.Reason.Rule));
        Assert.Equal((ProposalStatus.Open, "O6"), (analysis.Status, analysis.Reason.Rule));
    }

    [Fact]
    public void P2_DismissingTheProposersUltimatum_RejectsTheDemand()
    {
        var analysis = Analyze(Ultimatum("u1", "a"), Reaction("r1", "b", "u1", Stance.Dismiss));

        Assert.Equal(ProposalStatus.Rejected, analysis.Status);
        Assert.Equal(Position.Rejected, Assert.Single(analysis.Positions).Position);
    }

    [Fact]
    public void RejectingThePreconditionTheProposerAttachedToItsOffer_DoesNotRejectTheOffer()
    {
        // Wrong conclusion seen before: rejecting a precondition was read as rejecting the proposal.
        var analysis = Analyze(Exchange("x1", "a"), Reaction("r1", "b", "x1", Stance.Reject));

        var party = Assert.Single(analysis.Positions);
        Assert.Equal((Position.Noncommittal, "P9"), (party.Position, party.Reason.Rule));
        Assert.Equal(ProposalStatus.Open, analysis.Status);
    }

    [Fact]
    public void RejectingTheProposersPrecondition_WithACounterProposal_Counters()
    {
        var counter = CounterProposal("q", "b");
        var analysis = Analyze(Exchange("x1", "a"), Reaction("r1", "b", "x1", Stance.Reject), counter);

        var party = Assert.Single(analysis.Positions);
        Assert.Equal((Position.Countered, "P1"), (party.Position, party.Reason.Rule));
        Assert.Equal(["q", "r1"], party.Reason.RecordIds);
        Assert.Equal(["q"], analysis.CounterProposalIds);
        Assert.Equal(ProposalStatus.Countered, analysis.Status);
    }

    [Fact]
    public void ACounterIsNotIgnoredInFavourOfARejection()
    {
        // Wrong conclusion seen before: a counter reaction was ignored in favour of reject.
        var party = Assert.Single(Analyze(Reaction("r1", "b", "p", Stance.Reject), Reaction("r2", "b", "p", Stance.Counter)).Positions);

        Assert.Equal(("P1", Position.Countered), (party.Reason.Rule, party.Position));
    }

    [Fact]
    public void RulesInOrder_RejectionOutranksWelcomeOfTheSameParty()
    {
        var party = Assert.Single(Analyze(Reaction("r1", "b", "p", Stance.Welcome), Reaction("r2", "b", "p", Stance.Reject)).Positions);

        Assert.Equal(("P2", Position.Rejected), (party.Reason.Rule, party.Position));
    }

    [Fact]
    public void AThirdPartyDoesNotDecide_AWelcomeIsNotAnAcceptance()
    {
        var diplomaticEvent = Event([Reaction("r1", "b", "p", Stance.Welcome), Reaction("r2", "c", "p", Stance.Reject)]);
        var analysis = EpisodeAnalysis.Analyze(diplomaticEvent).Proposals.Single();

        Assert.Equal((ProposalStatus.Open, "O6"), (analysis.Status, analysis.Reason.Rule));
        Assert.Equal([("b", Position.Welcomed, true), ("c", Position.Rejected, false)], analysis.Positions.Select(p => (p.ActorId, p.Position, p.IsAddressee)));
        Assert.Equal("Pending. Positions: B welcomed it; C rejected it.", AnalysisText.Explain(analysis, EventIndex.Create(diplomaticEvent)));
    }

    [Fact]
    public void AnActorActingForTheAddressee_Decides_ACompatriotWhoDoesNotActForIt_DoesNot()
    {
        var analysis = Analyze(Reaction("r1", "m", "p", Stance.Accept), Reaction("r2", "d", "p", Stance.Reject));

        Assert.Equal([("b", Position.Accepted, true), ("d", Position.Rejected, false)], analysis.Positions.Select(p => (p.ActorId, p.Position, p.IsAddressee)));
        Assert.Equal((ProposalStatus.Accepted, "O3"), (analysis.Status, analysis.Reason.Rule));
    }

    [Fact]
    public void SeveralAddressees_AcceptedOnlyWhenEveryAddresseeAccepted()
    {
        var two = Event([Reaction("r1", "b", "p", Stance.Accept)]);
        two = two with { Proposals = [two.Proposals[0] with { AddresseeIds = ["b", "e"] }] };
        var analysis = EpisodeAnalysis.Analyze(two).Proposals.Single();

        Assert.Equal([("b", Position.Accepted), ("e", Position.NoAnswer)], analysis.Positions.Select(p => (p.ActorId, p.Position)));
        Assert.Equal((ProposalStatus.Open, "O6"), (analysis.Status, analysis.Reason.Rule));

        var both = two with { Reactions = [.. two.Reactions, Reaction("r2", "e", "p", Stance.Accept)] };
        Assert.Equal(ProposalStatus.Accepted, EpisodeAnalysis.Analyze(both).Proposals.Single().Status);
    }

    [Fact]
    public void W1_AWithdrawalEndsTheProposal_WhateverTheAddresseesSaid()
    {
        var analysis = Analyze(Reaction("r1", "b", "p", Stance.Accept), Reaction("w", "a", "p", Stance.Withdraw));

        Assert.Equal((ProposalStatus.Withdrawn, "W1", ProposalStanding.Withdrawn), (analysis.Status, analysis.Reason.Rule, analysis.Standing));
        Assert.Equal(ProposalStatus.Accepted, analysis.Outcome);
        Assert.DoesNotContain(analysis.Positions, p => p.ActorId == "a");
    }

    [Fact]
    public void W2_ADeadlineThatPassedWithoutAnAcceptance_Lapses()
    {
        var analysis = Analyze(Deadline("d1", "a", Day.AddDays(-1)));

        Assert.Equal((ProposalStatus.Lapsed, "W2"), (analysis.Status, analysis.Reason.Rule));
        Assert.Equal(["d1"], analysis.Reason.RecordIds);
        Assert.True(Assert.Single(analysis.Deadlines).Passed);
    }

    [Fact]
    public void W2_ADeadlineOnTheReportsDate_HasNotPassed()
    {
        var analysis = Analyze(Deadline("d1", "a", Day));

        Assert.Equal((ProposalStatus.Open, ProposalStanding.Active), (analysis.Status, analysis.Standing));
        Assert.False(Assert.Single(analysis.Deadlines).Passed);
    }

    [Fact]
    public void W3_AProposalItsProposerMaintains_AfterARejection_KeepsBothAxes()
    {
        var analysis = Analyze(Reaction("r1", "b", "p", Stance.Reject), Reaction("m1", "a", "p", Stance.Maintain));

        Assert.Equal((ProposalStatus.Rejected, ProposalStanding.Maintained, "W3"), (analysis.Status, analysis.Standing, analysis.StandingReason.Rule));
    }

    [Fact]
    public void AnAgreementIsNotAProposal()
    {
        // Wrong conclusion seen before: an announcement of an agreement was listed as a proposal.
        var diplomaticEvent = Event([]) with
        {
            Proposals = [],
            Agreements = [new Agreement { Id = "g", Summary = "A ceasefire.", Date = EventDate.Stated(Day), Signatories = [new Signatory { ActorId = "a", Role = SignatoryRole.Party, Act = SigningAct.Signed }, new Signatory { ActorId = "b", Role = SignatoryRole.Party, Act = SigningAct.Signed }] }],
        };

        var analysis = EpisodeAnalysis.Analyze(diplomaticEvent);

        Assert.Empty(analysis.Proposals);
        var agreement = Assert.Single(analysis.Agreements);
        Assert.Equal((AgreementStatus.Signed, "A2", 2, 2), (agreement.Status, agreement.Reason.Rule, agreement.SignedCount, agreement.PartyCount));
    }

    [Fact]
    public void Timeline_MonthGranularDate_IsPlacedAfterTheFirstDayAndLabelledApproximate()
    {
        var diplomaticEvent = Event([]) with
        {
            Proposals = [Event([]).Proposals[0] with { Terms = new Term { Date = new EventDate { Value = new DateOnly(2025, 6, 1), Granularity = DateGranularity.Month, Text = "early June" } } }],
            Statements = [Statement("s1", "a", new DateOnly(2025, 6, 1)), Statement("s2", "b", new DateOnly(2025, 6, 2))],
        };

        var timeline = EpisodeAnalysis.Analyze(diplomaticEvent).Timeline;

        Assert.Equal(["s1", "s2", "p"], timeline.Select(e => e.RecordId));
        Assert.True(timeline[2].IsApproximate);
        Assert.Equal("2025-06 (approximate: month), \"early June\"", EventText.Date(timeline[2].Date));
    }

    private static ProposalAnalysis Analyze(params IDiplomaticRecord[] records) =>
        EpisodeAnalysis.Analyze(Event(records)).Proposals[0];

    private static DiplomaticEvent Event(IDiplomaticRecord[] records) => new()
    {
        Id = "e",
        Title = "Rules",
        Date = EventDate.Stated(Day),
        Actors =
        [
            new Actor { Id = "a", Name = "A", Kind = ActorKind.Person },
            new Actor { Id = "b", Name = "B", Kind = ActorKind.State, Country = "UKR" },
            new Actor { Id = "c", Name = "C", Kind = ActorKind.Person },
            new Actor { Id = "d", Name = "D", Kind = ActorKind.Person, Country = "UKR" },
            new Actor { Id = "e", Name = "E", Kind = ActorKind.State },
            new Actor { Id = "m", Name = "M", Kind = ActorKind.Person, ActsForId = "b" },
        ],
        Statements = [Statement("s", "a", Day)],
        Proposals = [new Proposal { Id = "p", ProposerId = "a", AddresseeIds = ["b"], Kind = ProposalKind.Ceasefire, Summary = "A ceasefire.", StatementIds = ["s"], Terms = new Term() }, .. records.OfType<Proposal>()],
        Conditions = [.. records.OfType<Condition>()],
        Reactions = [.. records.OfType<Reaction>()],
    };

    private static Statement Statement(string id, string speaker, DateOnly day) =>
        new() { Id = id, SpeakerId = speaker, SaidOn = EventDate.Stated(day), Paraphrase = "Said so." };

    private static Reaction Reaction(string id, string reactor, string target, Stance stance) =>
        new() { Id = id, ReactorId = reactor, TargetId = target, Stance = stance, StatementIds = ["s"] };

    private static Condition Precondition(string id, string setter) =>
        new() { Id = id, SetterId = setter, ProposalId = "p", Kind = ConditionKind.Precondition, Requirement = "Something first.", StatementIds = ["s"] };

    private static Condition Exchange(string id, string setter) =>
        new() { Id = id, SetterId = setter, ProposalId = "p", Kind = ConditionKind.Exchange, Requirement = "Something in return.", StatementIds = ["s"] };

    private static Condition Deadline(string id, string setter, DateOnly by) =>
        new() { Id = id, SetterId = setter, ProposalId = "p", Kind = ConditionKind.Deadline, Requirement = "Accept by then.", Deadline = EventDate.Stated(by), StatementIds = ["s"] };

    private static Proposal CounterProposal(string id, string proposer) =>
        new() { Id = id, ProposerId = proposer, AddresseeIds = ["a"], Kind = ProposalKind.Ceasefire, Summary = "A longer ceasefire.", CountersId = "p", StatementIds = ["s"], Terms = new Term() };

    private static Condition Ultimatum(string id, string setter) =>
        new() { Id = id, SetterId = setter, ProposalId = "p", Kind = ConditionKind.Ultimatum, Requirement = "Accept it.", Consequence = new Consequence { Summary = "Sanctions." }, StatementIds = ["s"] };
}
