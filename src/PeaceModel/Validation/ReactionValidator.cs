using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>
/// Checks a <see cref="Reaction"/> on its own. What its target is, and that it is not dated before
/// its target, is checked by <see cref="DiplomaticEventValidator"/>.
/// </summary>
public sealed class ReactionValidator : AbstractValidator<Reaction>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public ReactionValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.ReactorId).ValidId();
        this.JsonRuleFor(x => x.TargetId).ValidReference();
        this.JsonRuleFor(x => x.Stance).Defined();
        this.JsonRuleFor(x => x.PointIds).DistinctList();
        this.JsonRuleForEach(x => x.PointIds).ValidId();
        this.JsonRuleFor(x => x.StatementIds).NotEmptyList().DistinctList();
        this.JsonRuleForEach(x => x.StatementIds).ValidId();
        this.JsonRuleFor(x => x.Summary).OptionalText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.Codes).NotTooMany();
        this.JsonRuleForEach(x => x.Codes).Nested(new EventCodeValidator());
    }
}
