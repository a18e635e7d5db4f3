using System.Globalization;
using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks one <see cref="Signatory"/> of an agreement on its own.</summary>
public sealed class SignatoryValidator : AbstractValidator<Signatory>
{
    /// <summary>Creates the validator.</summary>
    public SignatoryValidator()
    {
        this.JsonRuleFor(x => x.ActorId).ValidId();
        this.JsonRuleFor(x => x.Role).Defined();
        this.JsonRuleFor(x => x.Act).Defined();
        this.JsonRuleFor(x => x.Count)
            .Satisfies(count => count is null or >= 1, new SchemaFacet { Minimum = 1 })
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage((_, count) => string.Create(CultureInfo.InvariantCulture, $"'{{PropertyName}}' is {count}; a count of members is at least 1."));
        this.JsonRuleFor(x => x.Reservation).OptionalText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.Reservation)
            .Absent()
            .OnlyWhen(x => x.Act == SigningAct.Abstained)
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("an actor that abstained signed nothing to hold a reservation on; give its reasons in the statement it made.");
        this.JsonRuleFor(x => x.StatementId).OptionalId();
    }
}
