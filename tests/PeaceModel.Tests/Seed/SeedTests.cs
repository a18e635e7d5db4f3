using Json.Schema;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;
using System.Text.Json;

namespace PeaceModel.Tests.Seed;

public class SeedTests
{
    private static JsonSchema Schema => TestData.Schema;

    [Fact]
    public void Serialize_SeedBuiltFromText_EqualsCheckedInSeedJson()
    {
        Approval.VerifyFile(PeaceModelJson.Serialize(TestData.Seed), RepositoryFiles.SeedJsonPath);
    }

    [Fact]
    public void Deserialize_CheckedInSeedJson_EqualsSeedBuiltFromText()
    {
        var read = PeaceModelJson.Deserialize(RepositoryFiles.ReadSeedJson());

        Assert.Equal(TestData.Seed, read);
        Assert.Equal(TestData.Seed.GetHashCode(), read.GetHashCode());
    }

    [Fact]
    public void SeedsFolder_HoldsOneJsonModelPerSeedText()
    {
        var folder = Path.Combine(RepositoryFiles.Root, "seeds");
        var texts = Directory.GetFiles(folder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order();
        var models = Directory.GetFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order();

        Assert.Equal(texts, models);
    }

    [Fact]
    public void SeedText_IsTheSharedSeedUnchanged()
    {
        var shared = Path.Combine(RepositoryFiles.Root, "..", "shared", "seeds", RepositoryFiles.SeedName + ".txt");
        if (!File.Exists(shared))
        {
            // Outside the workplace only the copy exists; its hash is pinned by the model's sha256.
            Assert.Equal(64, TestData.Seed.Sources[0].Sha256!.Length);
            return;
        }

        Assert.Equal(File.ReadAllBytes(shared), File.ReadAllBytes(RepositoryFiles.SeedTextPath));
    }

    [Fact]
    public void Quotations_StandVerbatimAtTheirOffsets()
    {
        var quotations = TestData.Seed.Statements.SelectMany(s => s.Quotations).ToList();

        Assert.True(quotations.Count > 10);
        Assert.All(quotations, q => Assert.Equal(q.Text, TestData.SeedText.Substring(q.Start, q.Length)));
    }

    [Fact]
    public void Quotations_CoverEveryQuotedPassageOfTheReport()
    {
        var passages = new List<(int Start, int Length)>();
        for (var open = TestData.SeedText.IndexOf('\u201C'); open >= 0; open = TestData.SeedText.IndexOf('\u201C', open + 1))
        {
            var close = TestData.SeedText.IndexOf('\u201D', open);
            passages.Add((open + 1, close - open - 1));
        }

        var modeled = TestData.Seed.Statements.SelectMany(s => s.Quotations).Select(q => (q.Start, q.Length)).ToList();

        Assert.Equal(12, passages.Count);
        Assert.Equal(passages, modeled);
    }

    [Fact]
    public void Quotations_IncludeTheHeadline()
    {
        var trump = TestData.Seed.Statements.Single(s => s.SpeakerId == "trump");

        Assert.Contains(trump.Quotations, q => q.Text == "A Potentially Great Day");
    }

    [Theory]
    [InlineData("Thursday", "2025-05-15")]
    [InlineData("on Saturday", "2025-05-10")]
    [InlineData("tomorrow, May 12th", "2025-05-12")]
    public void RelativeDates_AreResolvedAgainstTheReportDate_KeepingTheirWording(string wording, string resolved)
    {
        var dates = new[]
        {
            TestData.Seed.Proposals.Select(p => p.Terms.Date),
            TestData.Seed.Statements.Select(s => s.SaidOn),
            TestData.Seed.Conditions.Select(c => c.StartsOn),
        }.SelectMany(d => d).OfType<EventDate>();

        var date = Assert.Single(dates, d => d.Text == wording);

        Assert.Equal(DateOnly.Parse(resolved, System.Globalization.CultureInfo.InvariantCulture), date.Value);
        Assert.Equal(DateBasis.Relative, date.Basis);
        Assert.Equal(TestData.Seed.Sources[0].PublishedOn, date.ResolvedAgainst);
    }

    [Fact]
    public void Model_HasEveryProposalConditionAndReactionOfTheReport()
    {
        var seed = TestData.Seed;

        Assert.Equal(["istanbul-direct-talks", "european-30-day-ceasefire"], seed.Proposals.Select(p => p.Id));
        Assert.Equal(PreconditionStance.ExplicitlyExcluded, seed.Proposals[0].Terms.Preconditions);
        Assert.Equal("Istanbul", seed.Proposals[0].Terms.Venue!.Name);
        Assert.Equal(new Duration { Value = 30, Unit = DurationUnit.Day, Text = "30-day" }, seed.Proposals[1].Terms.Duration);
        Assert.Equal([ConditionKind.Precondition, ConditionKind.Ultimatum], seed.Conditions.Select(c => c.Kind));
        Assert.NotNull(seed.Conditions[1].Consequence);
        Assert.Equal(
            [("zelensky", Stance.Welcome), ("putin", Stance.Dismiss), ("putin", Stance.Noncommittal), ("trump", Stance.Welcome)],
            seed.Reactions.Select(r => (r.ReactorId, r.Stance)));
        Assert.Empty(seed.Actors.Single(a => a.Id == "european-leaders").MemberIds);
    }

    [Fact]
    public void SeedJson_IsValidAgainstTheCheckedInJsonSchema()
    {
        using var seed = JsonDocument.Parse(RepositoryFiles.ReadSeedJson());

        var result = Schema.Evaluate(seed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void JsonSchema_RejectsSeedWithUnknownProperty()
    {
        var damaged = RepositoryFiles.ReadSeedJson().Replace("\"name\": \"Vladimir Putin\"", "\"name\": \"Vladimir Putin\", \"nickname\": \"VVP\"", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(damaged);

        Assert.False(Schema.Evaluate(document.RootElement).IsValid);
    }
}
