using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>
/// Checks a <see cref="Proposal"/> on its own. Its references and the date of its terms against its
/// statements are checked by <see cref="DiplomaticEventValidator"/>.
/// </summary>
public sealed class ProposalValidator : AbstractValidator<Proposal>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public ProposalValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.ProposerId).ValidId();
        this.JsonRuleFor(x => x.AddresseeIds).DistinctList();
        this.JsonRuleForEach(x => x.AddresseeIds).ValidId();
        this.JsonRuleFor(x => x.Kind).Defined();
        this.JsonRuleFor(x => x.Act).Defined();
        this.JsonRuleFor(x => x.CountersId).OptionalReference();
        this.JsonRuleFor(x => x.CountersId)
            .Satisfies((proposal, countered) => countered != proposal.Id)
            .WithErrorCode(ErrorCodes.InvalidRole)
            .WithMessage("a proposal does not counter itself.");
        this.JsonRuleFor(x => x.SubjectId).OptionalReference();
        this.JsonRuleFor(x => x.Summary).RequiredText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.StatementIds).NotEmptyList().DistinctList();
        this.JsonRuleForEach(x => x.StatementIds).ValidId();
        this.JsonRuleFor(x => x.Terms).Required().Nested(new TermValidator());
        this.JsonRuleFor(x => x.Codes).NotTooMany();
        this.JsonRuleForEach(x => x.Codes).Nested(new EventCodeValidator());
    }
}
