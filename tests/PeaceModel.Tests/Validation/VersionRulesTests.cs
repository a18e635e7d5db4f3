using PeaceModel.Tests.Support;
using PeaceModel.Validation;
using static PeaceModel.Tests.Analysis.Format21RulesTests;

namespace PeaceModel.Tests.Validation;

/// <summary>A 2.0 document is read unchanged, its version included: what format 2.1 added is refused in it, with its path, so it is never written back as 2.0.</summary>
public class VersionRulesTests
{
    private static readonly DiplomaticEventValidator Validator = new();

    [Fact]
    public void A20Document_WithAVote_IsRefusedAtTheVotes_A21DocumentIsNot()
    {
        var model = WithVote(Vote(null, null, []));

        var errors = Validator.Validate(model with { SchemaVersion = "2.0" }).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(("votes", ErrorCodes.UnsupportedSchemaVersion), (error.PropertyName, error.ErrorCode));
        Assert.Contains("set schemaVersion to 2.1", error.ErrorMessage, StringComparison.Ordinal);
        Assert.True(Validator.Validate(model).IsValid);
    }

    [Fact]
    public void A20Document_WithA21EnumValueOrMemberDeepInside_IsRefusedAtItsPath()
    {
        var model = Plan(new PeaceModel.Reaction { Id = "r", ReactorId = "b", TargetId = "plan", Stance = Stance.Negotiate, StatementIds = ["s"] });

        var paths = Validator.Validate(model with { SchemaVersion = "2.0" }).Errors.Select(e => e.PropertyName);

        Assert.Equal(["proposals[0].points", "proposals[0].pointCount", "reactions[0].stance"], paths);
    }

    [Fact]
    public void A20Document_UsingOnly20_IsValid()
    {
        Assert.True(Validator.Validate(Base() with { SchemaVersion = "2.0" }).IsValid);
        Assert.True(Validator.Validate(TestData.Seed with { SchemaVersion = "2.0" }).IsValid);
    }
}
