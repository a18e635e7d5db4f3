using System.Globalization;
using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="Duration"/>: a positive value in a defined unit.</summary>
public sealed class DurationValidator : AbstractValidator<Duration>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public DurationValidator()
    {
        this.JsonRuleFor(x => x.Value)
            .AtLeast(1)
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage((_, value) => string.Create(CultureInfo.InvariantCulture, $"'{{PropertyName}}' is {value}; a duration is at least 1."));
        this.JsonRuleFor(x => x.Unit).Defined();
        this.JsonRuleFor(x => x.Text).OptionalText(ValidationLimits.NameLength);
    }
}
