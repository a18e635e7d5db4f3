using System.Globalization;
using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="Quantity"/>.</summary>
public sealed class QuantityValidator : AbstractValidator<Quantity>
{
    /// <summary>Creates the validator.</summary>
    public QuantityValidator()
    {
        this.JsonRuleFor(x => x.Value)
            .Satisfies(value => value >= 0, new SchemaFacet { Minimum = 0 })
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage((_, value) => string.Create(CultureInfo.InvariantCulture, $"'{{PropertyName}}' is {value}; a quantity is not negative (say what decreases in the unit, such as 'fewer troops')."));
        this.JsonRuleFor(x => x.Unit).RequiredText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Text).OptionalText(ValidationLimits.NameLength);
    }
}
