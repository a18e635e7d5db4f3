using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>The quick check of a rule on a property.</summary>
internal sealed class PropertyCheck<T, TProperty>(Func<T, TProperty> getter) : IRuleCheck<T>
{
    public Func<T, bool>? Create(IValidationRule rule)
    {
        if (rule.HasCondition || QuickRules.Components<T, TProperty>(rule) is not { } components)
        {
            return null;
        }

        return instance =>
        {
            var value = getter(instance);
            foreach (var component in components)
            {
                if (!component.Check(instance, value))
                {
                    return false;
                }
            }

            return true;
        };
    }
}
