using PeaceModel.Analysis;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Seed;

/// <summary>
/// Documents written by PeaceModel 0.1.0 (format 1.0) still read: <c>seed-format-1.0.json</c> is the
/// seed model as 0.1.0 wrote it, kept unchanged as a fixture.
/// </summary>
public class FormatUpgradeTests
{
    private static readonly string Format10Json = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "PeaceModel.Tests", "Seed", "seed-format-1.0.json"));

    [Fact]
    public void Deserialize_Format10_UpgradesTo21_KeepingEveryValue()
    {
        var upgraded = PeaceModelJson.Deserialize(Format10Json);

        Assert.Equal(DiplomaticEvent.CurrentSchemaVersion, upgraded.SchemaVersion);
        var expected = Format10Json.Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.1\"", StringComparison.Ordinal);
        Assert.NotEqual(Format10Json, expected);
        Assert.Equal(expected, PeaceModelJson.Serialize(upgraded));
    }

    [Fact]
    public void Deserialize_Format10_InventsNothing()
    {
        var upgraded = PeaceModelJson.Deserialize(Format10Json);

        Assert.All(upgraded.Actors, actor => Assert.Null(actor.ActsForId));
        Assert.Empty(upgraded.Meetings);
        Assert.Empty(upgraded.Agreements);
        Assert.All(upgraded.Proposals, proposal => Assert.Null(proposal.Act));
    }

    [Fact]
    public void Deserialize_Format10_IsValid_WithItsQuotationsChecked()
    {
        var result = TestData.Validator.Validate(PeaceModelJson.Deserialize(Format10Json), TestData.SourceTexts);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Analyze_Format10_CreditsNoSpeakerToAState_BecauseTheFormatCouldNotSayWhoActsForWhom()
    {
        var talks = EpisodeAnalysis.Analyze(PeaceModelJson.Deserialize(Format10Json)).Proposals[0];

        // Without "acts for", Zelensky is a party of his own, not the addressee Ukraine (no country heuristic any more).
        Assert.Equal([("ukraine", Position.NoAnswer, true), ("zelensky", Position.ConditionallyAccepted, false), ("trump", Position.Welcomed, false)],
            talks.Positions.Select(p => (p.ActorId, p.Position, p.IsAddressee)));
        Assert.Equal(ProposalStatus.Open, talks.Status);
        Assert.Equal(ProposalStatus.ConditionallyAccepted, EpisodeAnalysis.Analyze(TestData.Seed).Proposals[0].Status);
    }
}
