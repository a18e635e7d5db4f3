using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks an <see cref="AgendaItem"/> on its own.</summary>
public sealed class AgendaItemValidator : AbstractValidator<AgendaItem>
{
    /// <summary>Creates the validator.</summary>
    public AgendaItemValidator()
    {
        this.JsonRuleFor(x => x.Topic).RequiredText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.RecordId).OptionalId();
    }
}
