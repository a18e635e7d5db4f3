using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>How to check one rule quickly, registered when the rule is declared.</summary>
internal interface IRuleCheck<T>
{
    /// <summary>The rule's check, or <see langword="null"/> when one of its components is not quick.</summary>
    Func<T, bool>? Create(IValidationRule rule);
}
