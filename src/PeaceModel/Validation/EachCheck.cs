using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>The quick check of a rule on each element of a list.</summary>
internal sealed class EachCheck<T, TElement>(Func<T, ValueList<TElement>> list) : IRuleCheck<T>
{
    public Func<T, bool>? Create(IValidationRule rule)
    {
        if (rule.HasCondition || QuickRules.Components<T, TElement>(rule) is not { } components)
        {
            return null;
        }

        return instance =>
        {
            var elements = list(instance);
            for (var i = 0; i < elements.Count; i++)
            {
                var element = elements[i];
                foreach (var component in components)
                {
                    if (!component.Check(instance, element))
                    {
                        return false;
                    }
                }
            }

            return true;
        };
    }
}
