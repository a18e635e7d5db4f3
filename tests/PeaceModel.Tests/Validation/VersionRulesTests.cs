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
    public void A20Document_WithPart2Members_AnAnchorAnUnclosedQuotationAFirstPublicationTime_IsRefusedAtEach()
    {
        var day = Base().Date.Value;
        var model = Base() with
        {
            Sources = [new SourceDocument { Id = "report", PublishedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 5)), TimeSpan.Zero) }],
            Statements =
            [
                Base().Statements[0] with { SourceId = "report", Quotations = [new Quotation { Text = "Until", Start = 0, Length = 5, Unclosed = true }] },
                new Statement { Id = "then", SpeakerId = "b", SaidOn = EventDate.Stated(day) with { Modifier = DateModifier.OnOrAfter, AnchorId = "s" }, Paraphrase = "Then answered." },
            ],
        };

        var paths = Validator.Validate(model with { SchemaVersion = "2.0" }).Errors.Select(e => (e.PropertyName, e.ErrorCode));

        Assert.Equal(
            [("sources[0].publishedAt", ErrorCodes.UnsupportedSchemaVersion), ("statements[0].quotations[0].unclosed", ErrorCodes.UnsupportedSchemaVersion), ("statements[1].saidOn.anchorId", ErrorCodes.UnsupportedSchemaVersion)],
            paths);
        Assert.True(Validator.Validate(model).IsValid, string.Join("; ", Validator.Validate(model).Errors));
    }

    [Fact]
    public void A20Document_UsingOnly20_IsValid()
    {
        Assert.True(Validator.Validate(Base() with { SchemaVersion = "2.0" }).IsValid);
        Assert.True(Validator.Validate(TestData.Seed with { SchemaVersion = "2.0" }).IsValid);
    }
}
