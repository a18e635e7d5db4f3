using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="RecordLink"/> on its own; what its target is, is checked with the whole event.</summary>
public sealed class RecordLinkValidator : AbstractValidator<RecordLink>
{
    /// <summary>Creates the validator.</summary>
    public RecordLinkValidator()
    {
        this.JsonRuleFor(x => x.Relation).Defined();
        this.JsonRuleFor(x => x.TargetId).ValidReference();
    }
}
