using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="Claim"/> on its own; its links are checked with the whole event.</summary>
public sealed class ClaimValidator : AbstractValidator<Claim>
{
    /// <summary>Creates the validator.</summary>
    public ClaimValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.Kind).Defined();
        this.JsonRuleFor(x => x.Attribution).Defined();
        this.JsonRuleFor(x => x.ClaimantId).OptionalId();
        this.JsonRuleFor(x => x.ClaimantId)
            .Present()
            .OnlyWhen(x => x.Attribution is ClaimAttribution.OnRecord or ClaimAttribution.Readout)
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("a claim on the record or in a readout names who makes it: give 'claimantId' (a government's presidency or ministry for a readout).");
        this.JsonRuleFor(x => x.ClaimantId)
            .Absent()
            .OnlyWhen(x => x.Attribution is ClaimAttribution.AnonymousSource or ClaimAttribution.Reporter)
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("an anonymous source or the reporter is not a named claimant; describe the source in 'source' instead.");
        this.JsonRuleFor(x => x.Source).OptionalText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Summary).RequiredText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.Evidence).OptionalText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.AboutIds).DistinctList();
        this.JsonRuleForEach(x => x.AboutIds).ValidReference();
        this.JsonRuleFor(x => x.Date!).Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.StatementIds).DistinctList();
        this.JsonRuleForEach(x => x.StatementIds).ValidId();
        this.JsonRuleFor(x => x.ConflictsWithIds).DistinctList();
        this.JsonRuleForEach(x => x.ConflictsWithIds).ValidReference();
        this.JsonRuleFor(x => x.Terms!).Nested(new TermValidator());
        this.JsonRuleFor(x => x.Codes).NotTooMany();
        this.JsonRuleForEach(x => x.Codes).Nested(new EventCodeValidator());
    }
}
