using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>
/// Validates a nested value (a record of the event, a date of a statement, a term of an agreement) with
/// its own validator in a context of its own, and files the failures under the value's path.
/// </summary>
/// <remarks>
/// FluentValidation's <c>SetValidator</c> does the same through a child context that carries the whole
/// path, so every rule of every nested value builds its path string (<c>statements[3].saidOn.granularity</c>)
/// whether it fails or not; this adaptor builds a path only for a failure. Codes, paths and messages are
/// the same as with <c>SetValidator</c>: the messages name the property, not its path.
/// </remarks>
internal sealed class NestedValidator<T, TChild>(IValidator<TChild> validator) : QuickPropertyValidator<T, TChild>
{
    private readonly Lazy<QuickPlan<TChild>?> plan = new(() => QuickPlan<TChild>.For(validator));

    public override string Name => "NestedValidator";

    /// <summary>Gets the validator of the nested value.</summary>
    public IValidator<TChild> Validator { get; } = validator;

    public override bool IsValid(ValidationContext<T> context, TChild value)
    {
        if (value is null)
        {
            return true; // a missing value is the rule's own to report (Required), as with SetValidator
        }

        var result = Validator.Validate(new ValidationContext<TChild>(value));
        if (result.IsValid)
        {
            return true;
        }

        var path = context.PropertyPath;
        foreach (var failure in result.Errors)
        {
            failure.PropertyName = failure.PropertyName.Length == 0 ? path : $"{path}.{failure.PropertyName}";
            context.AddFailure(failure);
        }

        return true;
    }

    /// <summary>The quick check of the nested value: its validator's quick plan, or its full validation when it has none.</summary>
    protected override bool IsSatisfied(T instance, TChild value)
    {
        if (value is null)
        {
            return true;
        }

        return plan.Value?.Check(value) ?? Validator.Validate(value).IsValid;
    }
}
