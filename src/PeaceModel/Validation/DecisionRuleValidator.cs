using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="DecisionRule"/>: a threshold exactly when the rule is one, and sane counts.</summary>
public sealed class DecisionRuleValidator : AbstractValidator<DecisionRule>
{
    /// <summary>Creates the validator.</summary>
    public DecisionRuleValidator()
    {
        this.JsonRuleFor(x => x.Kind).Defined();
        this.JsonRuleFor(x => x.Threshold)
            .Present()
            .OnlyWhen(x => x.Kind == DecisionRuleKind.Threshold)
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("a threshold rule says how many votes in favour it needs: give 'threshold'.");
        this.JsonRuleFor(x => x.Threshold)
            .Absent()
            .OnlyWhen(x => x.Kind != DecisionRuleKind.Threshold)
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("only a rule of kind 'threshold' has a threshold.");
        this.JsonRuleFor(x => x.Threshold)
            .Satisfies(threshold => threshold is null or >= 1, new SchemaFacet { Minimum = 1 })
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("a threshold is at least 1 vote.");
        this.JsonRuleFor(x => x.VetoHolderIds).DistinctList();
        this.JsonRuleForEach(x => x.VetoHolderIds).ValidId();
        this.JsonRuleFor(x => x.VetoHolderCount)
            .Satisfies(count => count is null or >= 1, new SchemaFacet { Minimum = 1 })
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("the number of veto holders is at least 1.");
        this.JsonRuleFor(x => x.VetoHolderCount)
            .Satisfies((rule, count) => count is null || count >= rule.VetoHolderIds.Count)
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("the number of veto holders is at least the number named.");
        this.JsonRuleFor(x => x.Text).OptionalText(ValidationLimits.TextLength);
    }
}
