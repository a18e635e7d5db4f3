using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using FluentValidation.Validators;

namespace PeaceModel.Validation;

/// <summary>
/// A rule component that can also be checked without a validation context: the same predicate
/// FluentValidation runs, with the conditions (<c>When</c>) recorded beside it.
/// </summary>
/// <typeparam name="T">The type the rule belongs to.</typeparam>
/// <typeparam name="TProperty">The type of the value checked (the element, for a rule on each element of a list).</typeparam>
internal interface IQuickCheck<T, TProperty> : IConditional<T>
{
    /// <summary>Whether the component finds nothing wrong with <paramref name="value"/> of <paramref name="instance"/> (true when a condition does not apply).</summary>
    bool Check(T instance, TProperty value);
}

/// <summary>A rule component whose conditions are recorded, so that its quick check applies them too.</summary>
internal interface IConditional<T>
{
    int ConditionCount { get; }

    void AddCondition(Func<T, bool> condition);
}

/// <summary>
/// The base of every component PeaceModel's validators are written with: FluentValidation runs
/// <see cref="Holds"/> through <see cref="IsValid"/>, and <see cref="QuickPlan{T}"/> runs it directly.
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

        return Holds(instance, value);
    }

    public override bool IsValid(ValidationContext<T> context, TProperty value) => Holds(context.InstanceToValidate, value);

    /// <summary>The component's predicate.</summary>
    protected abstract bool Holds(T instance, TProperty value);
}

/// <summary>FluentValidation's <c>Must</c>, <c>NotNull</c>, <c>Null</c>: same names (so the same default codes and messages), checkable quickly.</summary>
internal sealed class QuickPredicateValidator<T, TProperty>(Func<T, TProperty, bool> predicate, string name) : QuickPropertyValidator<T, TProperty>
{
    public override string Name => name;

    protected override bool Holds(T instance, TProperty value) => predicate(instance, value);

    protected override string GetDefaultMessageTemplate(string errorCode) => Localized(errorCode, Name);
}

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
                case CheckedElsewhere:
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

/// <summary>How to check one rule quickly, registered when the rule is declared.</summary>
internal interface IRuleCheck<T>
{
    /// <summary>The rule's check, or <see langword="null"/> when one of its components is not quick.</summary>
    Func<T, bool>? Create(IValidationRule rule);
}

/// <summary>Marks a rule that the validator checks outside its quick plan (the cross-record rules of the event).</summary>
internal sealed class CheckedElsewhere
{
    public static CheckedElsewhere Instance { get; } = new();
}

/// <summary>The registry of quick checks by rule, filled by <see cref="RuleExtensions"/> as rules are declared.</summary>
internal static class QuickRules
{
    private static readonly ConditionalWeakTable<IValidationRule, object> Checks = new();
    private static readonly ConcurrentDictionary<(Type Owner, MemberInfo Member), Delegate> Getters = new();

    public static void Register(IValidationRule rule, object check) => Checks.AddOrUpdate(rule, check);

    public static object? Of(IValidationRule rule) => Checks.TryGetValue(rule, out var check) ? check : null;

    /// <summary>The compiled getter of a member access such as <c>x => x.SaidOn</c> (a conversion around it is looked through), one per type and member.</summary>
    public static Func<T, TValue>? Getter<T, TValue>(LambdaExpression member)
    {
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        if (body is not MemberExpression { Expression: ParameterExpression } access || body.Type != typeof(TValue))
        {
            return null;
        }

        return (Func<T, TValue>)Getters.GetOrAdd((typeof(T), access.Member), _ => Expression.Lambda<Func<T, TValue>>(body, member.Parameters).Compile());
    }

    /// <summary>The quick components of a rule, or <see langword="null"/> when one is not quick or has a condition it did not record.</summary>
    public static IQuickCheck<T, TValue>[]? Components<T, TValue>(IValidationRule rule)
    {
        var components = new List<IQuickCheck<T, TValue>>();
        foreach (var component in rule.Components)
        {
            if (component.HasAsyncCondition
                || component.Validator is not IQuickCheck<T, TValue> quick
                || (component.HasCondition && quick.ConditionCount == 0))
            {
                return null;
            }

            components.Add(quick);
        }

        return [.. components];
    }
}

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
