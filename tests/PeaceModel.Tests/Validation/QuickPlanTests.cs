using FluentValidation;
using FluentValidation.Results;
using PeaceModel.Tests.Episodes;
using PeaceModel.Tests.Support;
using PeaceModel.Validation;

namespace PeaceModel.Tests.Validation;

/// <summary>
/// The quick path of <see cref="DiplomaticEventValidator"/> (a valid event recognised by the rules'
/// predicates alone) must agree with FluentValidation running every rule: same verdict, same failures.
/// </summary>
public class QuickPlanTests
{
    public static TheoryData<SeedVariant> Variants => [.. SeedVariants.All];

    [Fact]
    public void EveryValidator_HasAQuickPlan()
    {
        // A rule written with a component that is not quick (a FluentValidation method used directly)
        // would send every event through the slow path; this names the rule and the component.
        Assert.NotEmpty(SchemaFacets.Validators);
        var obstacles = SchemaFacets.Validators
            .SelectMany(entry => (IReadOnlyList<string>)typeof(QuickPlan<>).MakeGenericType(entry.Key).GetMethod(nameof(QuickPlan<object>.Obstacles))!.Invoke(null, [entry.Value])!)
            .ToList();
        var without = SchemaFacets.Validators
            .Where(entry => typeof(QuickPlan<>).MakeGenericType(entry.Key).GetMethod(nameof(QuickPlan<object>.For))!.Invoke(null, [entry.Value]) is null)
            .Select(entry => entry.Key.Name)
            .ToList();

        Assert.Empty(obstacles);
        Assert.Empty(without);
    }

    [Fact]
    public void Obstacles_ARuleWrittenWithFluentValidationsOwnMethod_IsNamed()
    {
        // The library bans these methods (BannedSymbols.txt); a validator written with one, as here,
        // loses its quick plan, and the guard above says which rule and which component.
        var obstacles = QuickPlan<Place>.Obstacles(new SlowPlaceValidator());

        Assert.Equal(["SlowPlaceValidator: the rule for 'name' uses PredicateValidator, which is not a quick component (write it with RuleExtensions)"], obstacles);
        Assert.Null(QuickPlan<Place>.For(new SlowPlaceValidator()));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void BrokenVariant_QuickPathAgreesWithEveryRule(SeedVariant variant)
    {
        var damaged = variant.Damage(TestData.Seed);

        AssertSameOutcome(damaged, TestData.SourceTexts);
    }

    [Theory]
    [MemberData(nameof(Episode.Names), MemberType = typeof(Episode))]
    public void Episode_QuickPathAgreesWithEveryRule(string name)
    {
        var episode = Episode.Get(name);

        Assert.True(AssertSameOutcome(episode.Model, episode.SourceTexts).IsValid);
    }

    [Fact]
    public void Seed_QuickPathAgreesWithEveryRule() =>
        Assert.True(AssertSameOutcome(TestData.Seed, TestData.SourceTexts).IsValid);

    [Fact]
    public void FailureDeepInANestedValue_IsReportedWithItsFullPath()
    {
        // The quick plan stops at the first rule that does not hold; FluentValidation then reports it.
        var model = Episode.Get(Episode.AllNames.First(n => Episode.Get(n).Model.Agreements.Any(a => a.Terms.Count > 0))).Model;
        var agreement = model.Agreements.First(a => a.Terms.Count > 0);
        var position = model.Agreements.IndexOf(agreement);
        var broken = model with
        {
            Agreements = model.Agreements.SetItem(position, agreement with { Terms = agreement.Terms.SetItem(0, agreement.Terms[0] with { Duration = new Duration { Value = 0, Unit = DurationUnit.Day } }) }),
        };

        var result = TestData.Validator.Validate(broken);

        var failure = Assert.Single(result.Errors);
        Assert.Equal(($"agreements[{position}].terms[0].duration.value", ErrorCodes.InvalidValue), (failure.PropertyName, failure.ErrorCode));
    }

    /// <summary>Validates twice, by the quick path and with every rule run by FluentValidation, and compares.</summary>
    private static ValidationResult AssertSameOutcome(DiplomaticEvent diplomaticEvent, IReadOnlyDictionary<string, string> sourceTexts)
    {
        var quick = TestData.Validator.Validate(diplomaticEvent, sourceTexts);

        // Selecting rule sets takes FluentValidation's own path through every rule.
        var context = ValidationContext<DiplomaticEvent>.CreateWithOptions(diplomaticEvent, options => options.IncludeAllRuleSets());
        context.RootContextData[DiplomaticEventValidator.SourceTextsKey] = sourceTexts;
        var full = TestData.Validator.Validate(context);

        Assert.Equal(Describe(full), Describe(quick));
        return quick;
    }

    private static string[] Describe(ValidationResult result) =>
        [.. result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorCode}: {e.ErrorMessage}")];

    private sealed class SlowPlaceValidator : FluentValidation.AbstractValidator<Place>
    {
        public SlowPlaceValidator() => FluentValidation.DefaultValidatorExtensions.Must(this.JsonRuleFor(x => x.Name), name => name.Length > 0);
    }
}
