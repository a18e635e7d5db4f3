using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Text;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Analysis;

public class SeedAnalysisTests
{
    private static readonly EpisodeAnalysis Analysis = EpisodeAnalysis.Analyze(TestData.Seed);

    private static readonly EventIndex Index = EventIndex.Create(TestData.Seed);

    [Fact]
    public void DirectTalks_WelcomedByUkraineOnConditionOfACeasefireFrom12May_AndWelcomedByTheUnitedStates()
    {
        var talks = Analysis.Proposals.Single(p => p.Proposal.Id == "istanbul-direct-talks");

        Assert.Equal(ProposalStatus.ConditionallyAccepted, talks.Status);
        Assert.Equal("O3", talks.Reason.Rule);
        Assert.Equal(["zelensky-welcomes-talks", "zelensky-ceasefire-first"], talks.Reason.RecordIds);
        Assert.Contains("from 2025-05-12", AnalysisText.Explain(talks, Index), StringComparison.Ordinal);
        var ukraine = talks.Positions.Single(p => p.ActorId == "ukraine");
        Assert.Equal((Position.ConditionallyAccepted, true, "P3"), (ukraine.Position, ukraine.IsAddressee, ukraine.Reason.Rule));
        var unitedStates = talks.Positions.Single(p => p.ActorId == "united-states");
        Assert.Equal((Position.Welcomed, false, "P8"), (unitedStates.Position, unitedStates.IsAddressee, unitedStates.Reason.Rule));
        Assert.Equal(["trump-welcomes-talks"], unitedStates.Reason.RecordIds);
        Assert.Equal(["zelensky-ceasefire-first"], talks.Conditions.Select(c => c.Id));
        Assert.Equal([Stance.Welcome], talks.ReactionsByStance.Select(g => g.Stance));
    }

    [Fact]
    public void EuropeanCeasefire_DismissedByRussiaAsAnUltimatum_WhileNotRulingOutTruces()
    {
        var ceasefire = Analysis.Proposals.Single(p => p.Proposal.Id == "european-30-day-ceasefire");

        Assert.Equal(ProposalStatus.Rejected, ceasefire.Status);
        var putin = Assert.Single(ceasefire.Positions);
        Assert.Equal(("russia", Position.Rejected, true, "P2"), (putin.ActorId, putin.Position, putin.IsAddressee, putin.Reason.Rule));
        Assert.Equal(["putin-dismisses-ultimatum", "putin-open-to-truces"], putin.Reason.RecordIds);
        Assert.Equal(["putin-open-to-truces"], putin.KeptOpenIds);
        Assert.True(putin.IsDecisive);
        Assert.Contains("dismissed it as an ultimatum", AnalysisText.Explain(putin, Index), StringComparison.Ordinal);
        Assert.Contains("keeping it open", AnalysisText.Explain(putin, Index), StringComparison.Ordinal);
        Assert.Equal([Stance.Dismiss, Stance.Noncommittal], ceasefire.ReactionsByStance.Select(g => g.Stance));
    }

    [Fact]
    public void IstanbulTalks_AreProposed_ByThePutinProposalThatNamesThem()
    {
        var talks = Assert.Single(Analysis.Meetings);

        Assert.Equal((MeetingStatus.Proposed, "M4"), (talks.Status, talks.Reason.Rule));
        Assert.Equal(["istanbul-direct-talks"], talks.Reason.RecordIds);
    }

    [Fact]
    public void Timeline_OrdersEveryDatedHappening_AndMarksRelativeDates()
    {
        Assert.Equal(
            ["european-leaders-kyiv", "putin-kremlin-address", "zelensky-x-post", "putin-remarks-on-truces", "trump-truth-social-post", "zelensky-ceasefire-first", "istanbul-direct-talks", "istanbul-talks"],
            Analysis.Timeline.Select(e => e.RecordId));
        Assert.Equal("2025-05-15, \"Thursday\" resolved against 2025-05-11", EventText.Date(Analysis.Timeline[^2].Date));
        Assert.True(Analysis.Timeline[^2].IsResolvedFromRelativeWording);
        Assert.Equal("on or after 2025-05-15, \"as early as Thursday\" resolved against 2025-05-11", EventText.Date(Analysis.Timeline[^1].Date));
    }

    [Fact]
    public void Analyze_IsDeterministic()
    {
        Assert.Equal(Analysis, EpisodeAnalysis.Analyze(PeaceModel.Serialization.PeaceModelJson.Deserialize(RepositoryFiles.ReadSeedJson())));
    }

    [Fact]
    public void StatusTable_MatchesApproved()
    {
        Approval.Verify(AnalysisText.StatusTable(Analysis), "md");
    }

    [Fact]
    public void Timeline_MatchesApproved()
    {
        Approval.Verify(AnalysisText.Timeline(Analysis));
    }

    [Fact]
    public void Mermaid_MatchesApproved()
    {
        Approval.Verify(GraphText.ToMermaid(EpisodeGraph.Build(TestData.Seed)), "mmd");
    }

    [Fact]
    public void Dot_MatchesApproved()
    {
        Approval.Verify(GraphText.ToDot(EpisodeGraph.Build(TestData.Seed)), "dot");
    }
}
