using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks one <see cref="Ballot"/> of a vote on its own.</summary>
public sealed class BallotValidator : AbstractValidator<Ballot>
{
    /// <summary>Creates the validator.</summary>
    public BallotValidator()
    {
        this.JsonRuleFor(x => x.ActorId).ValidId();
        this.JsonRuleFor(x => x.Choice).Defined();
        this.JsonRuleFor(x => x.StatementIds).DistinctList();
        this.JsonRuleForEach(x => x.StatementIds).ValidId();
    }
}
