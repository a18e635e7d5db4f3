using System.Runtime.CompilerServices;
using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>
/// A validator's rules as plain predicates, for the common case of a valid value: every rule written
/// with <see cref="RuleExtensions"/> is checked by calling its components' own predicates, with no
/// validation context, no property paths and no allocation. A value it passes is one FluentValidation
/// finds nothing wrong with; a value it does not pass is validated by FluentValidation, which reports
/// each failure with its code, path and message. The plan is derived from the validator's rules, so
/// a rule is declared once.
/// </summary>
internal sealed class QuickPlan<T>
{
    private static readonly ConditionalWeakTable<IValidator<T>, Holder> Plans = new();

    private readonly Func<T, bool>[] rules;

    private QuickPlan(Func<T, bool>[] rules) => this.rules = rules;

    /// <summary>Gets the plan of a validator, or <see langword="null"/> when one of its rules cannot be checked without FluentValidation.</summary>
    public static QuickPlan<T>? For(IValidator<T> validator) => Plans.GetValue(validator, v => new Holder(Build(v))).Plan;

    /// <summary>Whether every rule holds for <paramref name="instance"/>.</summary>
    public bool Check(T instance)
    {
        foreach (var rule in rules)
        {
            if (!rule(instance))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Names each rule of a validator that keeps it from having a plan, and why; empty when it has one.</summary>
    public static IReadOnlyList<string> Obstacles(IValidator<T> validator)
    {
        if (validator is not IEnumerable<IValidationRule> declared)
        {
            return [$"{validator.GetType().Name} is not an AbstractValidator"];
        }

        var obstacles = new List<string>();
        foreach (var rule in declared)
        {
            var name = $"{validator.GetType().Name}: the rule for '{rule.PropertyName ?? "(the instance)"}'";
            var slow = rule.Components.Where(c => c.Validator is not IConditional<T>).Select(c => c.Validator.Name).ToList();
            switch (QuickRules.Of(rule))
            {
                case OutsideQuickPlan:
                    break;
                case IRuleCheck<T> check when check.Create(rule) is null:
                    obstacles.Add(slow.Count > 0
                        ? $"{name} uses {string.Join(", ", slow)}, which is not a quick component (write it with RuleExtensions)"
                        : $"{name} has a condition the quick check did not record (use OnlyWhen)");
                    break;
                case IRuleCheck<T>:
                    break;
                default:
                    obstacles.Add($"{name} is not started with JsonRuleFor or JsonRuleForEach");
                    break;
            }

            if (rule.HasAsyncCondition || rule.DependentRules?.Any() == true)
            {
                obstacles.Add($"{name} has an asynchronous condition or dependent rules");
            }
        }

        return obstacles;
    }

    private static QuickPlan<T>? Build(IValidator<T> validator)
    {
        if (validator is not IEnumerable<IValidationRule> declared)
        {
            return null;
        }

        var rules = new List<Func<T, bool>>();
        foreach (var rule in declared)
        {
            if (rule.HasAsyncCondition || rule.DependentRules?.Any() == true)
            {
                return null;
            }

            switch (QuickRules.Of(rule))
            {
                case IRuleCheck<T> check when check.Create(rule) is { } compiled:
                    rules.Add(compiled);
                    break;
                case OutsideQuickPlan:
                    break;
                default:
                    return null;
            }
        }

        return new QuickPlan<T>([.. rules]);
    }

    /// <summary>A table entry: a validator may have no plan, and a weak table holds no nulls.</summary>
    private sealed record Holder(QuickPlan<T>? Plan);
}
