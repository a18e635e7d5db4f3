using System.Text.Json;
using CsCheck;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;
using PeaceModel.Validation;

namespace PeaceModel.Tests.Properties;

/// <summary>Properties over generated records, 10,000 cases each.</summary>
public class PropertyTests
{
    private const long Cases = 10_000;

    [Fact]
    public void AnyEvent_WriteThenRead_IsEqual_AndWritingIsDeterministic()
    {
        Generators.AnyEvent.Sample(diplomaticEvent =>
        {
            var json = Write(diplomaticEvent);
            if (json is null)
            {
                return; // holds text that is not valid Unicode: writing refuses it (checked below)
            }

            var read = PeaceModelJson.Deserialize(json);
            Assert.Equal(diplomaticEvent, read);
            Assert.Equal(diplomaticEvent.GetHashCode(), read.GetHashCode());
            Assert.Equal(json, PeaceModelJson.Serialize(read));
            Assert.Equal(json, PeaceModelJson.Serialize(diplomaticEvent with { }));
        }, iter: Cases);
    }

    [Fact]
    public void AnyEvent_QuickValidation_AgreesWithEveryRule()
    {
        // DiplomaticEventValidator recognises a valid event by the rules' predicates alone; FluentValidation
        // running every rule (as it does when rule sets are selected) must never find a failure it missed.
        Generators.AnyEvent.Sample(diplomaticEvent =>
        {
            var quick = TestData.Validator.Validate(diplomaticEvent);
            var full = TestData.Validator.Validate(FluentValidation.ValidationContext<DiplomaticEvent>.CreateWithOptions(diplomaticEvent, options => options.IncludeAllRuleSets()));
            Assert.Equal(full.Errors.Select(e => (e.PropertyName, e.ErrorCode, e.ErrorMessage)), quick.Errors.Select(e => (e.PropertyName, e.ErrorCode, e.ErrorMessage)));
        }, iter: Cases);
    }

    [Fact]
    public void EachRecordOnItsOwn_WriteThenRead_IsEqual()
    {
        Gen.Select(Generators.Actor, Generators.Statement, Generators.Proposal, Generators.Condition, Generators.Reaction)
            .Sample((actor, statement, proposal, condition, reaction) =>
            {
                Assert.Equal(actor, PeaceModelJson.Deserialize<Actor>(PeaceModelJson.Serialize(actor)));
                Assert.Equal(statement, PeaceModelJson.Deserialize<Statement>(PeaceModelJson.Serialize(statement)));
                Assert.Equal(proposal, PeaceModelJson.Deserialize<Proposal>(PeaceModelJson.Serialize(proposal)));
                Assert.Equal(condition, PeaceModelJson.Deserialize<Condition>(PeaceModelJson.Serialize(condition)));
                Assert.Equal(reaction, PeaceModelJson.Deserialize<Reaction>(PeaceModelJson.Serialize(reaction)));
            }, iter: Cases);
    }

    [Fact]
    public void ValidEvent_PassesValidation_AndSurvivesARoundTrip()
    {
        Generators.ValidEvent.Sample(diplomaticEvent =>
        {
            var result = TestData.Validator.Validate(diplomaticEvent);
            Assert.True(result.IsValid, result.ToString());
            Assert.Equal(diplomaticEvent, PeaceModelJson.Deserialize(PeaceModelJson.Serialize(diplomaticEvent)));
        }, iter: Cases);
    }

    [Fact]
    public void ValidEvent_EachDamage_FailsWithItsCodeAndPath()
    {
        Gen.Select(Generators.ValidEvent, Gen.Int[0, 3]).Sample((diplomaticEvent, damage) =>
        {
            var (damaged, code, path) = Damage(diplomaticEvent, damage);

            var result = TestData.Validator.Validate(damaged);

            Assert.Contains(result.Errors, e => e.ErrorCode == code && e.PropertyName == path);
        }, iter: Cases);
    }

    [Fact]
    public void TextThatIsNotUnicode_IsRefusedWhenWritten_NotSilentlyChanged()
    {
        var actor = new Actor { Id = "a", Name = "broken \uD800 text", Kind = ActorKind.Person };

        var ex = Assert.Throws<JsonException>(() => PeaceModelJson.Serialize(actor));

        Assert.Equal("$.name", ex.Path);
        Assert.Contains("lone surrogate \\uD800 at index 7", ex.Message, StringComparison.Ordinal);
    }

    private static string? Write(DiplomaticEvent diplomaticEvent)
    {
        try
        {
            return PeaceModelJson.Serialize(diplomaticEvent);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (DiplomaticEvent Damaged, string Code, string Path) Damage(DiplomaticEvent e, int which)
    {
        var statement = e.Statements[0];
        switch (which)
        {
            case 0:
                return (e with { Statements = [statement with { SpeakerId = "nobody" }, .. e.Statements.AsSpan()[1..]] }, ErrorCodes.UnknownReference, "statements[0].speakerId");
            case 1:
                return (e with { Statements = [statement with { Id = e.Actors[0].Id }, .. e.Statements.AsSpan()[1..]] }, ErrorCodes.DuplicateId, "statements[0].id");
            case 2 when e.Proposals.Count > 0 && e.Statements.Single(s => s.Id == e.Proposals[0].StatementIds[0]).SaidOn.Value > DateOnly.MinValue:
                var made = e.Statements.Single(s => s.Id == e.Proposals[0].StatementIds[0]).SaidOn.Value;
                var early = e.Proposals[0] with { Terms = e.Proposals[0].Terms with { Date = EventDate.Stated(made.AddDays(-1)) } };
                return (e with { Proposals = [early, .. e.Proposals.AsSpan()[1..]] }, ErrorCodes.DateBeforeStatement, "proposals[0].terms.date.value");
            default:
                return (e with { Actors = [e.Actors[0] with { Name = " \t " }, .. e.Actors.AsSpan()[1..]] }, ErrorCodes.Required, "actors[0].name");
        }
    }
}
