using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="TermAnchor"/> on its own; what its id names is checked with the whole event.</summary>
public sealed class TermAnchorValidator : AbstractValidator<TermAnchor>
{
    /// <summary>Creates the validator.</summary>
    public TermAnchorValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.Event).Defined();
        this.JsonRuleFor(x => x.Offset!).Nested(new DurationValidator());
        this.JsonRuleFor(x => x.Text).OptionalText(ValidationLimits.NameLength);
    }
}
