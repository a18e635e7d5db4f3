using FluentValidation;
using FluentValidation.Validators;

namespace PeaceModel.Validation;

/// <summary>
/// The base of every component PeaceModel's validators are written with: FluentValidation runs
/// <see cref="IsSatisfied"/> through <see cref="IsValid"/>, and <see cref="QuickPlan{T}"/> runs it directly.
/// </summary>
internal abstract class QuickPropertyValidator<T, TProperty> : PropertyValidator<T, TProperty>, IQuickCheck<T, TProperty>
{
    private Func<T, bool>[] conditions = [];

    public int ConditionCount => conditions.Length;

    public void AddCondition(Func<T, bool> condition) => conditions = [.. conditions, condition];

    public bool Check(T instance, TProperty value)
    {
        foreach (var condition in conditions)
        {
            if (!condition(instance))
            {
                return true;
            }
        }

        return IsSatisfied(instance, value);
    }

    public override bool IsValid(ValidationContext<T> context, TProperty value) => IsSatisfied(context.InstanceToValidate, value);

    /// <summary>The component's predicate.</summary>
    protected abstract bool IsSatisfied(T instance, TProperty value);
}

/// <summary>FluentValidation's <c>Must</c>, <c>NotNull</c>, <c>Null</c>: same names (so the same default codes and messages), checkable quickly.</summary>
internal sealed class QuickPredicateValidator<T, TProperty>(Func<T, TProperty, bool> predicate, string name) : QuickPropertyValidator<T, TProperty>
{
    public override string Name => name;

    protected override bool IsSatisfied(T instance, TProperty value) => predicate(instance, value);

    protected override string GetDefaultMessageTemplate(string errorCode) => Localized(errorCode, Name);
}
