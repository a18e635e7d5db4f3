using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="Consequence"/>: a summary and valid codes.</summary>
public sealed class ConsequenceValidator : AbstractValidator<Consequence>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public ConsequenceValidator()
    {
        this.JsonRuleFor(x => x.Summary).RequiredText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.Codes).NotTooMany();
        this.JsonRuleForEach(x => x.Codes).Nested(new EventCodeValidator());
    }
}
