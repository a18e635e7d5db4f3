using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks an <see cref="Agreement"/> on its own; links and roles across records are checked with the whole event.</summary>
public sealed class AgreementValidator : AbstractValidator<Agreement>
{
    /// <summary>Creates the validator.</summary>
    public AgreementValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.Name).OptionalText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Stage).Defined();
        this.JsonRuleFor(x => x.Kind).Defined();
        this.JsonRuleFor(x => x.VerifierIds).DistinctList();
        this.JsonRuleForEach(x => x.VerifierIds).ValidId();
        this.JsonRuleFor(x => x.Links).NotTooMany();
        this.JsonRuleForEach(x => x.Links).Nested(new RecordLinkValidator());
        this.JsonRuleFor(x => x.Summary).RequiredText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.Date).Required().Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.MeetingId).OptionalId();
        this.JsonRuleFor(x => x.Signatories).NotEmptyList().NotTooMany();
        this.JsonRuleForEach(x => x.Signatories).Nested(new SignatoryValidator());
        this.JsonRuleFor(x => x.Signatories)
            .Satisfies(signatories => signatories.Any(s => s is { Role: SignatoryRole.Party }))
            .WithErrorCode(ErrorCodes.InvalidRole)
            .WithMessage("an agreement has at least one party; witnesses and guarantors alone agree to nothing.")
            .Satisfies(signatories => RuleExtensions.AllKeysDistinct(signatories, static s => s is not null, static s => s.ActorId))
            .WithErrorCode(ErrorCodes.InvalidRole)
            .WithMessage("an actor is listed twice among the signatories; an actor signs an agreement in one capacity (a witness is not one of the parties).");
        this.JsonRuleFor(x => x.Terms).NotTooMany();
        this.JsonRuleForEach(x => x.Terms).Nested(new TermValidator());
        this.JsonRuleFor(x => x.Terms)
            .Satisfies(terms => RuleExtensions.AllKeysDistinct(terms, static t => t?.Id is not null, static t => t.Id))
            .WithErrorCode(ErrorCodes.DuplicateValue)
            .WithMessage("two terms have the same id; term ids are unique within the agreement.");
        this.JsonRuleFor(x => x.StatementIds).DistinctList();
        this.JsonRuleForEach(x => x.StatementIds).ValidId();
        this.JsonRuleFor(x => x.Codes).NotTooMany();
        this.JsonRuleForEach(x => x.Codes).Nested(new EventCodeValidator());
    }
}
