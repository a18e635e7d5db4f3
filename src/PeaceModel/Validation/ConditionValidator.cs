using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>
/// Checks a <see cref="Condition"/> on its own: an ultimatum states its consequence. Its references
/// and its dates against its statements are checked by <see cref="DiplomaticEventValidator"/>.
/// </summary>
public sealed class ConditionValidator : AbstractValidator<Condition>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public ConditionValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.SetterId).ValidId();
        this.JsonRuleFor(x => x.ProposalId).ValidId();
        this.JsonRuleFor(x => x.Kind).Defined();
        this.JsonRuleFor(x => x.Requirement).RequiredText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.AddresseeIds).DistinctList();
        this.JsonRuleForEach(x => x.AddresseeIds).ValidId();
        this.JsonRuleFor(x => x.StartsOn!).Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.Deadline!).Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.Consequence)
            .Present()
            .OnlyWhen(x => x.Kind == ConditionKind.Ultimatum)
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("an ultimatum states what follows if it is not met, such as \"expanded sanctions\".");
        this.JsonRuleFor(x => x.Consequence!).Nested(new ConsequenceValidator());
        this.JsonRuleFor(x => x.StatementIds).NotEmptyList().DistinctList();
        this.JsonRuleForEach(x => x.StatementIds).ValidId();
        this.JsonRuleFor(x => x.Codes).NotTooMany();
        this.JsonRuleForEach(x => x.Codes).Nested(new EventCodeValidator());
    }
}
