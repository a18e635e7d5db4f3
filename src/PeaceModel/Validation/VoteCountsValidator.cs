using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks <see cref="VoteCounts"/>: no negative number.</summary>
public sealed class VoteCountsValidator : AbstractValidator<VoteCounts>
{
    /// <summary>Creates the validator.</summary>
    public VoteCountsValidator()
    {
        this.JsonRuleFor(x => x.For).AtLeast(0).WithErrorCode(ErrorCodes.InvalidValue).WithMessage("a number of votes is not negative.");
        this.JsonRuleFor(x => x.Against).AtLeast(0).WithErrorCode(ErrorCodes.InvalidValue).WithMessage("a number of votes is not negative.");
        this.JsonRuleFor(x => x.Abstain).AtLeast(0).WithErrorCode(ErrorCodes.InvalidValue).WithMessage("a number of votes is not negative.");
        this.JsonRuleFor(x => x.Absent).Satisfies(n => n is null or >= 0).WithErrorCode(ErrorCodes.InvalidValue).WithMessage("a number of members is not negative.");
        this.JsonRuleFor(x => x.NotParticipating).Satisfies(n => n is null or >= 0).WithErrorCode(ErrorCodes.InvalidValue).WithMessage("a number of members is not negative.");
    }
}
