using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks an <see cref="Implementation"/> on its own; its links are checked with the whole event (or thread).</summary>
public sealed class ImplementationValidator : AbstractValidator<Implementation>
{
    /// <summary>Creates the validator.</summary>
    public ImplementationValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.AgreementId).OptionalReference();
        this.JsonRuleFor(x => x.CommitmentId).OptionalId();
        this.JsonRuleFor(x => x.AgreementId)
            .Satisfies((implementation, agreement) => (agreement is null) != (implementation.CommitmentId is null))
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("progress is on an agreement or on a commitment: give exactly one of 'agreementId' and 'commitmentId'.");
        this.JsonRuleFor(x => x.TermId)
            .Absent()
            .OnlyWhen(x => x.AgreementId is null)
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("a term is named with its agreement: give 'agreementId'.");
        this.JsonRuleFor(x => x.VerifiedById).OptionalId();
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
