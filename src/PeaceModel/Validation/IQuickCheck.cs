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
