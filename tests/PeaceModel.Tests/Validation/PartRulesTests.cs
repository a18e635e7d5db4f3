using PeaceModel.Validation;
using static PeaceModel.Tests.Analysis.Format21RulesTests;

namespace PeaceModel.Tests.Validation;

/// <summary>Names of parts of records (points, terms, anchors), and a vote's ballots and counts against its body: each refused with its path.</summary>
public class PartRulesTests
{
    private static readonly DiplomaticEventValidator Validator = new();

    [Fact]
    public void AReactionToAPointThePlanDoesNotHave_IsRefused_AtThePointId()
    {
        var model = Plan(new PeaceModel.Reaction { Id = "r", ReactorId = "b", TargetId = "plan", Stance = Stance.Accept, PointIds = ["point-2", "point-3"], StatementIds = ["s"] });

        var error = Assert.Single(Validator.Validate(model).Errors);

        Assert.Equal(("reactions[0].pointIds[1]", ErrorCodes.UnknownReference), (error.PropertyName, error.ErrorCode));
        Assert.Contains("point-2, point-4, point-7", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AReactionNamingPointsOfSomethingWithoutPoints_IsRefused()
    {
        var model = Plan() with { Reactions = [new PeaceModel.Reaction { Id = "r", ReactorId = "b", TargetId = "s", Stance = Stance.Welcome, PointIds = ["point-2"], StatementIds = ["s"] }] };

        var error = Assert.Single(Validator.Validate(model).Errors);

        Assert.Equal("reactions[0].pointIds[0]", error.PropertyName);
        Assert.Contains("not a plan with points", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommitmentOnATermItsSubjectDoesNotHave_IsRefused()
    {
        var model = Plan() with { Commitments = [new Commitment { Id = "c", CommitterId = "a", Summary = "A helps.", StatementIds = ["s"], SubjectId = "plan", SubjectTermId = "point-5" }] };

        var error = Assert.Single(Validator.Validate(model).Errors);

        Assert.Equal(("commitments[0].subjectTermId", ErrorCodes.UnknownReference), (error.PropertyName, error.ErrorCode));
    }

    [Fact]
    public void ATermAnchoredToNothing_IsRefused_AtTheAnchorsId()
    {
        var model = Phased(completed: false);
        var broken = model with { Agreements = [model.Agreements[0] with { Terms = [.. model.Agreements[0].Terms.Select(t => t.Id == "release" ? t with { StartsAt = t.StartsAt! with { Id = "phase-one" } } : t)] }] };

        var error = Assert.Single(Validator.Validate(broken).Errors);

        Assert.Equal(("agreements[0].terms[2].startsAt.id", ErrorCodes.UnknownReference), (error.PropertyName, error.ErrorCode));
    }

    [Fact]
    public void AVoteWhoseCountsExceedTheBody_OrWhoseThresholdNoBodyCouldReach_IsRefused()
    {
        var model = WithVote(Vote(new DecisionRule { Kind = DecisionRuleKind.Threshold, Threshold = 16 }, new VoteCounts { For = 13, Against = 2, Abstain = 1 }, []));

        var errors = Validator.Validate(model).Errors.Select(e => (e.PropertyName, e.ErrorCode)).ToList();

        Assert.Equal([("votes[0].counts", ErrorCodes.InvalidValue), ("votes[0].rule.threshold", ErrorCodes.InvalidValue)], errors);
    }

    [Fact]
    public void ABallotOfAnActorOutsideTheBodysListedMembers_IsRefused()
    {
        var model = WithVote(Vote(null, null, [new Ballot { ActorId = "b", Choice = BallotChoice.For }]));
        var listed = model with { Actors = [.. model.Actors.Select(a => a.Id == "council" ? a with { MemberIds = ["a"] } : a)] };

        var error = Assert.Single(Validator.Validate(listed).Errors);

        Assert.Equal(("votes[0].ballots[0].actorId", ErrorCodes.InvalidMembership), (error.PropertyName, error.ErrorCode));
    }

    [Fact]
    public void NamedBallotsOutnumberingTheirCount_AreRefused()
    {
        var model = WithVote(Vote(null, new VoteCounts { For = 10, Against = 0 }, [new Ballot { ActorId = "a", Choice = BallotChoice.Against }]));

        var error = Assert.Single(Validator.Validate(model).Errors);

        Assert.Equal("votes[0].counts", error.PropertyName);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void ProgressNamesExactlyOneOfAnAgreementAndACommitment(bool agreement, bool commitment)
    {
        var model = Phased(completed: false) with { Commitments = [new Commitment { Id = "c", CommitterId = "a", Summary = "A helps.", StatementIds = ["s"] }] };
        var both = model with { Implementations = [model.Implementations[0] with { AgreementId = agreement ? "g" : null, CommitmentId = commitment ? "c" : null, TermId = null }] };

        var error = Assert.Single(Validator.Validate(both).Errors);

        Assert.Equal(("implementations[0].agreementId", ErrorCodes.Required), (error.PropertyName, error.ErrorCode));
    }

    [Fact]
    public void AThresholdRuleWithoutItsThreshold_IsRefused()
    {
        var model = WithVote(Vote(new DecisionRule { Kind = DecisionRuleKind.Threshold }, null, []));

        var error = Assert.Single(Validator.Validate(model).Errors);

        Assert.Equal(("votes[0].rule.threshold", ErrorCodes.Required), (error.PropertyName, error.ErrorCode));
    }
}
