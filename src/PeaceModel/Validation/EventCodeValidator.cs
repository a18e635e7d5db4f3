using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks an <see cref="EventCode"/> against the rules of its scheme (CAMEO or PLOVER).</summary>
public sealed class EventCodeValidator : AbstractValidator<EventCode>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public EventCodeValidator()
    {
        this.JsonRuleFor(x => x.Scheme).Defined();
        this.JsonRuleFor(x => x.Version).RequiredText(20);
        this.JsonRuleFor(x => x.Label).OptionalText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Code)
            .Satisfies(code => code is not null && Patterns.CameoEventCode().IsMatch(code))
            .OnlyWhen(x => x.Scheme == EventCodeScheme.Cameo)
            .WithErrorCode(ErrorCodes.InvalidEventCode)
            .WithMessage("'{PropertyValue}' is not a CAMEO event code; use two to four digits as in the codebook, such as '036' or '1056' (keep leading zeros).");
        this.JsonRuleFor(x => x.Code)
            .Satisfies(code => code is not null && PloverEventTypes.QuadClasses.ContainsKey(code))
            .OnlyWhen(x => x.Scheme == EventCodeScheme.Plover)
            .WithErrorCode(ErrorCodes.InvalidEventCode)
            .WithMessage("'{PropertyValue}' is not a PLOVER 2.0 event type; use one of: " + string.Join(", ", PloverEventTypes.QuadClasses.Keys.Order(StringComparer.Ordinal)) + ".");
        this.JsonRuleFor(x => x.Mode)
            .Absent()
            .OnlyWhen(x => x.Scheme == EventCodeScheme.Cameo)
            .WithErrorCode(ErrorCodes.InvalidEventCode)
            .WithMessage("CAMEO codes have no mode; modes belong to PLOVER.");
        this.JsonRuleFor(x => x.Contexts)
            .Satisfies(contexts => contexts.Count == 0)
            .OnlyWhen(x => x.Scheme == EventCodeScheme.Cameo)
            .WithErrorCode(ErrorCodes.InvalidEventCode)
            .WithMessage("CAMEO codes have no contexts; contexts belong to PLOVER.");
        this.JsonRuleFor(x => x.Mode)
            .Satisfies(mode => mode is null || Patterns.LowerWord().IsMatch(mode), new SchemaFacet { Pattern = Patterns.LowerWordPattern })
            .WithErrorCode(ErrorCodes.InvalidEventCode)
            .WithMessage("'{PropertyValue}' is not a PLOVER mode; use a lower-case word such as 'yield', 'meet' or 'restrict'.");
        this.JsonRuleFor(x => x.Contexts).DistinctList();
        this.JsonRuleForEach(x => x.Contexts)
            .Satisfies(context => Patterns.LowerWord().IsMatch(context), new SchemaFacet { Pattern = Patterns.LowerWordPattern })
            .WithErrorCode(ErrorCodes.InvalidEventCode)
            .WithMessage("'{PropertyValue}' is not a PLOVER context; use a lower-case word such as 'diplomatic' or 'military'.");
    }
}
