using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks an <see cref="Incident"/> on its own.</summary>
public sealed class IncidentValidator : AbstractValidator<Incident>
{
    /// <summary>Creates the validator.</summary>
    public IncidentValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.Summary).RequiredText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.AllegedPerpetratorIds).DistinctList();
        this.JsonRuleForEach(x => x.AllegedPerpetratorIds).ValidId();
        this.JsonRuleFor(x => x.TargetIds).DistinctList();
        this.JsonRuleForEach(x => x.TargetIds).ValidId();
        this.JsonRuleFor(x => x.Date!).Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.Location!).Nested(new PlaceValidator());
        this.JsonRuleFor(x => x.Quantities).NotTooMany();
        this.JsonRuleForEach(x => x.Quantities).Nested(new QuantityValidator());
        this.JsonRuleFor(x => x.Codes).NotTooMany();
        this.JsonRuleForEach(x => x.Codes).Nested(new EventCodeValidator());
    }
}
