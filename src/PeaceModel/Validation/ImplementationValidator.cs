using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks an <see cref="Implementation"/> on its own; its links are checked with the whole event (or thread).</summary>
public sealed class ImplementationValidator : AbstractValidator<Implementation>
{
    /// <summary>Creates the validator.</summary>
    public ImplementationValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.AgreementId).ValidReference();
        this.JsonRuleFor(x => x.TermId).OptionalId();
        this.JsonRuleFor(x => x.ActorId).OptionalId();
        this.JsonRuleFor(x => x.ReportedById).OptionalId();
        this.JsonRuleFor(x => x.Summary).RequiredText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.Date).Required().Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.Quantity!).Nested(new QuantityValidator());
        this.JsonRuleFor(x => x.StatementIds).DistinctList();
        this.JsonRuleForEach(x => x.StatementIds).ValidId();
    }
}
