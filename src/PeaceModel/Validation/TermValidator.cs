using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="Term"/>: a proposal's terms, or one provision of an agreement.</summary>
public sealed class TermValidator : AbstractValidator<Term>
{
    /// <summary>Creates the validator.</summary>
    public TermValidator()
    {
        this.JsonRuleFor(x => x.Id).OptionalId();
        this.JsonRuleFor(x => x.Summary).OptionalText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.Article).OptionalText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Venue!).Nested(new PlaceValidator());
        this.JsonRuleFor(x => x.Date!).Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.Duration!).Nested(new DurationValidator());
        this.JsonRuleFor(x => x.Deadline!).Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.Preconditions).Defined();
        this.JsonRuleFor(x => x.Quantities).NotTooMany();
        this.JsonRuleForEach(x => x.Quantities).Nested(new QuantityValidator());
        this.JsonRuleFor(x => x.ActorIds).DistinctList();
        this.JsonRuleForEach(x => x.ActorIds).ValidId();
        this.JsonRuleFor(x => x.MeetingId).OptionalId();
        this.JsonRuleFor(x => x.Phase)
            .Satisfies(phase => phase is null or >= 1, new SchemaFacet { Minimum = 1 })
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("phases are counted from 1.");
        this.JsonRuleFor(x => x.StartsAt!).Nested(new TermAnchorValidator());
        this.JsonRuleFor(x => x.EndsAt!).Nested(new TermAnchorValidator());
        this.JsonRuleFor(x => x.StartsAt)
            .Satisfies((term, anchor) => anchor is null || anchor.Id != term.Id)
            .WithErrorCode(ErrorCodes.InvalidRole)
            .WithMessage("a term does not start with itself.");
        this.JsonRuleFor(x => x.OnlyIf).OptionalText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.Area!).Nested(new PlaceValidator());
    }
}
