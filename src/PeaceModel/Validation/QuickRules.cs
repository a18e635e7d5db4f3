using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;

namespace PeaceModel.Validation;

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
