using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks an <see cref="UnnamedSource"/> on its own.</summary>
public sealed class UnnamedSourceValidator : AbstractValidator<UnnamedSource>
{
    /// <summary>Creates the validator.</summary>
    public UnnamedSourceValidator()
    {
        this.JsonRuleFor(x => x.Description).RequiredText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.AffiliationId).OptionalId();
    }
}
