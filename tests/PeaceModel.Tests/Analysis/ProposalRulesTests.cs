using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Text;

namespace PeaceModel.Tests.Analysis;

/// <summary>One test per rule of the table in docs/analysis.md, on small events built for it.</summary>
public class ProposalRulesTests
{
    private static readonly DateOnly Day = new(2025, 5, 11);

    [Theory]
    [InlineData(Stance.Reject, Position.Rejected, "P1", ProposalStatus.Rejected)]
    [InlineData(Stance.Dismiss, Position.Rejected, "P2", ProposalStatus.Rejected)]
    [InlineData(Stance.Counter, Position.Countered, "P3", ProposalStatus.Countered)]
    [InlineData(Stance.ConditionalAcceptance, Position.ConditionallyAccepted, "P4", ProposalStatus.ConditionallyAccepted)]
    [InlineData(Stance.Accept, Position.Accepted, "P5", ProposalStatus.Accepted)]
    [InlineData(Stance.Welcome, Position.Welcomed, "P6", ProposalStatus.Welcomed)]
    [InlineData(Stance.Noncommittal, Position.Noncommittal, "P7", ProposalStatus.Open)]
    public void OneReactionByTheAddressee_PlacesItAndSetsTheStatus(Stance stance, Position position, string rule, ProposalStatus status)
    {
        var analysis = Analyze(Reaction("r1", "b", "p", stance));

        var party = Assert.Single(analysis.Positions);
        Assert.Equal((position, rule, true), (party.Position, party.Reason.Rule, party.IsAddressee));
        Assert.Equal(["r1"], party.Reason.RecordIds);
        Assert.Equal(status, analysis.Status);
        Assert.Equal("S2", analysis.Reason.Rule);
    }

    [Fact]
    public void P4_WelcomeWithAPrecondition_IsConditionalAcceptance()
    {
        var analysis = Analyze(Reaction("r1", "b", "p", Stance.Welcome), Precondition("c1", "b"));

        var party = Assert.Single(analysis.Positions);
        Assert.Equal((Position.ConditionallyAccepted, "P4"), (party.Position, party.Reason.Rule));
        Assert.Equal(["r1", "c1"], party.Reason.RecordIds);
    }

    [Fact]
    public void P4_APreconditionAlone_IsConditionalAcceptance()
    {
        var party = Assert.Single(Analyze(Precondition("c1", "b")).Positions);

        Assert.Equal((Position.ConditionallyAccepted, "P4"), (party.Position, party.Reason.Rule));
    }

    [Fact]
    public void P2_DismissingTheProposersUltimatum_RejectsTheProposal()
    {
        var analysis = Analyze(Ultimatum("u1", "a"), Reaction("r1", "b", "u1", Stance.Dismiss));

        Assert.Equal(ProposalStatus.Rejected, analysis.Status);
        Assert.Equal(Position.Rejected, Assert.Single(analysis.Positions).Position);
    }

    [Fact]
    public void RulesInOrder_RejectionOutranksWelcomeOfTheSameParty()
    {
        var party = Assert.Single(Analyze(Reaction("r1", "b", "p", Stance.Welcome), Reaction("r2", "b", "p", Stance.Reject)).Positions);

        Assert.Equal(("P1", Position.Rejected), (party.Reason.Rule, party.Position));
    }

    [Fact]
    public void S1_NoAnswer_IsOpen()
    {
        var analysis = Analyze();

        Assert.Equal((ProposalStatus.Open, "S1"), (analysis.Status, analysis.Reason.Rule));
        Assert.Empty(analysis.Positions);
    }

    [Fact]
    public void S2_TheAddresseeDecides_AThirdPartyDoesNot()
    {
        var diplomaticEvent = Event([Reaction("r1", "b", "p", Stance.Welcome), Reaction("r2", "c", "p", Stance.Reject)]);
        var analysis = EpisodeAnalysis.Analyze(diplomaticEvent).Proposals.Single();

        Assert.Equal((ProposalStatus.Welcomed, "S2"), (analysis.Status, analysis.Reason.Rule));
        Assert.Equal(["r1"], analysis.Reason.RecordIds);
        Assert.Equal([true, false], analysis.Positions.Select(p => p.IsDecisive));
        Assert.Equal("Decided by the party it was made to: B welcomed it. Also: C rejected it.", AnalysisText.Explain(analysis, EventIndex.Create(diplomaticEvent)));
    }

    [Fact]
    public void S2_AnActorOfTheAddresseesCountry_Decides()
    {
        var analysis = Analyze(Reaction("r1", "d", "p", Stance.Accept));

        Assert.True(Assert.Single(analysis.Positions).IsAddressee);
        Assert.Equal((ProposalStatus.Accepted, "S2"), (analysis.Status, analysis.Reason.Rule));
    }

    [Fact]
    public void S3_OnlyThirdParties_DecideWhenTheAddresseeIsSilent()
    {
        var analysis = Analyze(Reaction("r1", "c", "p", Stance.Welcome));

        Assert.Equal((ProposalStatus.Welcomed, "S3"), (analysis.Status, analysis.Reason.Rule));
        Assert.False(Assert.Single(analysis.Positions).IsAddressee);
    }

    [Fact]
    public void ProposersOwnReactions_GiveItNoPosition()
    {
        Assert.Empty(Analyze(Reaction("r1", "a", "p", Stance.Welcome)).Positions);
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
        EpisodeAnalysis.Analyze(Event(records)).Proposals.Single();

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
        ],
        Statements = [Statement("s", "a", Day)],
        Proposals = [new Proposal { Id = "p", ProposerId = "a", AddresseeIds = ["b"], Kind = ProposalKind.Ceasefire, Summary = "A ceasefire.", StatementIds = ["s"], Terms = new Term() }],
        Conditions = [.. records.OfType<Condition>()],
        Reactions = [.. records.OfType<Reaction>()],
    };

    private static Statement Statement(string id, string speaker, DateOnly day) =>
        new() { Id = id, SpeakerId = speaker, SaidOn = EventDate.Stated(day), Paraphrase = "Said so." };

    private static Reaction Reaction(string id, string reactor, string target, Stance stance) =>
        new() { Id = id, ReactorId = reactor, TargetId = target, Stance = stance, StatementIds = ["s"] };

    private static Condition Precondition(string id, string setter) =>
        new() { Id = id, SetterId = setter, ProposalId = "p", Kind = ConditionKind.Precondition, Requirement = "Something first.", StatementIds = ["s"] };

    private static Condition Ultimatum(string id, string setter) =>
        new() { Id = id, SetterId = setter, ProposalId = "p", Kind = ConditionKind.Ultimatum, Requirement = "Accept it.", Consequence = new Consequence { Summary = "Sanctions." }, StatementIds = ["s"] };
}
