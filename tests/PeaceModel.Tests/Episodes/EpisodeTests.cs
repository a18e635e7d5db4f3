using PeaceModel.Analysis;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;
using PeaceModel.Text;

namespace PeaceModel.Tests.Episodes;

/// <summary>Each modeled report: its text unchanged, its JSON model (the approved file), valid with quotations checked, analysed.</summary>
public class EpisodeTests
{
    [Theory]
    [MemberData(nameof(Episode.Names), MemberType = typeof(Episode))]
    public void Serialize_ModelBuiltFromText_EqualsCheckedInJson(string name)
    {
        Approval.VerifyFile(PeaceModelJson.Serialize(Episode.Get(name).Model), RepositoryFiles.EpisodePath(name, ".json"));
    }

    [Theory]
    [MemberData(nameof(Episode.Names), MemberType = typeof(Episode))]
    public void Deserialize_CheckedInJson_EqualsModelBuiltFromText(string name)
    {
        Assert.Equal(Episode.Get(name).Model, PeaceModelJson.Deserialize(File.ReadAllText(RepositoryFiles.EpisodePath(name, ".json"))));
    }

    [Theory]
    [MemberData(nameof(Episode.Names), MemberType = typeof(Episode))]
    public void Model_IsValid_WithEveryQuotationCheckedAgainstTheText(string name)
    {
        var episode = Episode.Get(name);

        var result = TestData.Validator.Validate(episode.Model, episode.SourceTexts);

        Assert.True(result.IsValid, string.Join("\n", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode}: {e.ErrorMessage}")));
        Assert.NotEmpty(episode.Model.Statements.SelectMany(s => s.Quotations));
    }

    [Theory]
    [MemberData(nameof(Episode.Names), MemberType = typeof(Episode))]
    public void CheckedInJson_IsValidAgainstTheJsonSchema_ByAThirdPartyValidator(string name)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepositoryFiles.EpisodePath(name, ".json")));

        var result = TestData.Schema.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [MemberData(nameof(Episode.Names), MemberType = typeof(Episode))]
    public void Text_IsTheSharedReportUnchanged(string name)
    {
        var shared = Path.Combine(RepositoryFiles.Root, "..", "shared", "episodes", name + ".txt");
        if (!File.Exists(shared))
        {
            // Outside the workplace only the copy exists; its hash is pinned by the model's sha256 (checked by validation).
            Assert.Equal(64, Episode.Get(name).Model.Sources[0].Sha256!.Length);
            return;
        }

        Assert.Equal(File.ReadAllBytes(shared), File.ReadAllBytes(RepositoryFiles.EpisodePath(name, ".txt")));
    }

    [Theory]
    [MemberData(nameof(Episode.Names), MemberType = typeof(Episode))]
    public void StatusTable_MatchesApproved(string name)
    {
        using var naming = ApprovalTests.Namers.ApprovalResults.ForScenario(name);
        Approval.Verify(AnalysisText.StatusTable(EpisodeAnalysis.Analyze(Episode.Get(name).Model)), "md");
    }

    [Theory]
    [MemberData(nameof(Episode.Names), MemberType = typeof(Episode))]
    public void Timeline_MatchesApproved(string name)
    {
        using var naming = ApprovalTests.Namers.ApprovalResults.ForScenario(name);
        Approval.Verify(AnalysisText.Timeline(EpisodeAnalysis.Analyze(Episode.Get(name).Model)));
    }
}
