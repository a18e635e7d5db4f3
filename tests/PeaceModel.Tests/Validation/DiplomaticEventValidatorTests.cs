using System.Text;
using System.Text.Json.Nodes;
using FluentValidation;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;
using PeaceModel.Validation;

namespace PeaceModel.Tests.Validation;

public class DiplomaticEventValidatorTests
{
    public static TheoryData<SeedVariant> Variants => [.. SeedVariants.All];

    [Fact]
    public void Validate_Seed_HasNoFailures()
    {
        var result = TestData.Validator.Validate(TestData.Seed, TestData.SourceTexts);

        Assert.Empty(result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode}: {e.ErrorMessage}"));
    }

    [Fact]
    public void Validate_SeedWithoutSourceTexts_HasNoFailures()
    {
        Assert.True(TestData.Validator.Validate(TestData.Seed).IsValid);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Validate_BrokenVariant_ReportsCodeAtJsonPath(SeedVariant variant)
    {
        var result = TestData.Validator.Validate(variant.Damage(TestData.Seed), TestData.SourceTexts);

        Assert.Contains(result.Errors, e => e.ErrorCode == variant.Code && e.PropertyName == variant.Path);
        Assert.All(result.Errors, e => Assert.Equal(Severity.Error, e.Severity));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Validate_BrokenVariant_PathsNameLocationsOfTheJson(SeedVariant variant)
    {
        var damaged = variant.Damage(TestData.Seed);
        if (variant.Code == ErrorCodes.InvalidValue && variant.Path.EndsWith("stance", StringComparison.Ordinal))
        {
            // An undefined enum value has no JSON form: writing it fails instead.
            Assert.Throws<System.Text.Json.JsonException>(() => PeaceModelJson.Serialize(damaged));
            return;
        }

        var json = JsonNode.Parse(PeaceModelJson.Serialize(damaged))!;

        foreach (var failure in TestData.Validator.Validate(damaged, TestData.SourceTexts).Errors)
        {
            Assert.True(JsonPaths.Resolves(json, failure.PropertyName), $"'{failure.PropertyName}' names no place in the JSON, nor a property of an object in it.");
        }
    }

    [Fact]
    public void Validate_EveryErrorCode_IsBrokenByAVariant()
    {
        // The codes of what spans documents are the thread validator's, broken in ThreadTests.
        string[] threadCodes = [ErrorCodes.DanglingReference, ErrorCodes.ActorConflict, ErrorCodes.ThreadMismatch, ErrorCodes.UnresolvedReference];
        var codes = typeof(ErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).Except(threadCodes);

        Assert.Empty(codes.Except(SeedVariants.All.Select(v => v.Code)));
    }

    [Fact]
    public void Validate_AllVariants_MatchApprovedReport()
    {
        var report = new StringBuilder();
        foreach (var variant in SeedVariants.All)
        {
            report.Append("## ").Append(variant.Name).Append('\n');
            foreach (var failure in TestData.Validator.Validate(variant.Damage(TestData.Seed), TestData.SourceTexts).Errors)
            {
                report.Append(failure.PropertyName).Append(": ").Append(failure.ErrorCode).Append(": ").Append(failure.ErrorMessage).Append('\n');
            }
        }

        Approval.Verify(report.ToString());
    }

    [Fact]
    public void Validate_UnknownReference_ListsKnownIds()
    {
        var damaged = SeedVariants.All.Single(v => v.Name == "misspelt speaker").Damage(TestData.Seed);

        var failure = Assert.Single(TestData.Validator.Validate(damaged).Errors);

        Assert.Equal("'putn' names no actor; known: putin, zelensky, trump, european-leaders, russia, ukraine, united-states.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_NullSourceTexts_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TestData.Validator.Validate(TestData.Seed, null!));
    }

    [Fact]
    public void Validate_SourceTextsInContextData_AreUsed()
    {
        var damaged = SeedVariants.All.Single(v => v.Name == "quotation reworded").Damage(TestData.Seed);
        var context = new ValidationContext<DiplomaticEvent>(damaged);
        context.RootContextData[DiplomaticEventValidator.SourceTextsKey] = TestData.SourceTexts;

        Assert.Contains(TestData.Validator.Validate(context).Errors, e => e.ErrorCode == ErrorCodes.QuotationMismatch);
        Assert.DoesNotContain(TestData.Validator.Validate(damaged).Errors, e => e.ErrorCode == ErrorCodes.QuotationMismatch);
    }
}
