using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="Commitment"/> on its own; its links are checked with the whole event.</summary>
public sealed class CommitmentValidator : AbstractValidator<Commitment>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public CommitmentValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.CommitterId).ValidId();
        this.JsonRuleFor(x => x.BeneficiaryIds).DistinctList();
        this.JsonRuleForEach(x => x.BeneficiaryIds).ValidId();
        this.JsonRuleFor(x => x.Kind).Defined();
        this.JsonRuleFor(x => x.Summary).RequiredText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.StatementIds).NotEmptyList().DistinctList();
        this.JsonRuleForEach(x => x.StatementIds).ValidId();
        this.JsonRuleFor(x => x.Terms!).Nested(new TermValidator());
        this.JsonRuleFor(x => x.SubjectId).OptionalReference();
        this.JsonRuleFor(x => x.SubjectTermId).OptionalId();
        this.JsonRuleFor(x => x.SubjectTermId)
            .Absent()
            .OnlyWhen(x => x.SubjectId is null)
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("a point or term is named with the record it belongs to: give 'subjectId'.");
        this.JsonRuleFor(x => x.Codes).NotTooMany();
        this.JsonRuleForEach(x => x.Codes).Nested(new EventCodeValidator());
    }
}
