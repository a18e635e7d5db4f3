using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;
using PeaceModel.Kinds;

namespace PeaceModel.Validation;

/// <summary>
/// Checks a whole <see cref="DiplomaticEvent"/>: every record with its own validator, then the rules
/// that span records: unique ids, references that name a record of the right kind, dates in order,
/// and, when source texts are supplied, quotations that stand verbatim at their positions.
/// </summary>
/// <remarks>
/// Every failure has a stable <see cref="ValidationFailure.ErrorCode"/> from <see cref="ErrorCodes"/>
/// and a <see cref="ValidationFailure.PropertyName"/> that is the path in the JSON's own names, such
/// as <c>statements[2].speakerId</c>. The validator is stateless and thread-safe; build it once and
/// reuse it (building is the expensive part). Cross-record checks run in time linear in the number
/// of records.
/// </remarks>
/// <example>
/// <code>
/// var validator = new DiplomaticEventValidator();
/// var result = validator.Validate(diplomaticEvent, new Dictionary&lt;string, string&gt; { ["report-2025-05-11"] = sourceText });
/// foreach (var failure in result.Errors)
/// {
///     Console.WriteLine($"{failure.PropertyName}: {failure.ErrorCode}: {failure.ErrorMessage}");
/// }
/// </code>
/// </example>
public sealed class DiplomaticEventValidator : AbstractValidator<DiplomaticEvent>
{
    private readonly Lazy<QuickPlan<DiplomaticEvent>?> quick;

    /// <summary>
    /// The key under which <see cref="ValidationContext{T}.RootContextData"/> holds the source texts,
    /// an <see cref="IReadOnlyDictionary{TKey, TValue}"/> from source-document id to its full text.
    /// Set it yourself when you build the context; <see cref="Validate(DiplomaticEvent, IReadOnlyDictionary{string, string})"/> does it for you.
    /// </summary>
    public const string SourceTextsKey = "PeaceModel.SourceTexts";

    /// <summary>Creates the validator with all its record validators.</summary>
    public DiplomaticEventValidator()
    {
        this.JsonRuleFor(x => x.Schema).OptionalText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.SchemaVersion)
            .Satisfies(version => version is not null && Patterns.SchemaVersion().IsMatch(version), new SchemaFacet { Pattern = Patterns.SchemaVersionPattern })
            .WithErrorCode(ErrorCodes.UnsupportedSchemaVersion)
            .WithMessage($"schema version '{{PropertyValue}}' is not supported; an event in memory is of format 2.0 or 2.1 (the reader upgrades 1.x documents), and this library writes {DiplomaticEvent.CurrentSchemaVersion}.");
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.ThreadId).OptionalId();
        this.JsonRuleFor(x => x.Title).RequiredText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Date).Required().Nested(new EventDateValidator());
        foreach (var kind in RecordKinds.All)
        {
            kind.AddRules(this);
        }

#pragma warning disable RS0030 // The one rule that is checked outside the quick plan, on purpose: Validate runs the cross-record rules itself.
        RuleFor(x => x)
            .Configure(rule => QuickRules.Register(rule, OutsideQuickPlan.Instance))
            .Custom((diplomaticEvent, context) => CrossRecordRules.Check(diplomaticEvent, SourceTexts(context), context.AddFailure));
#pragma warning restore RS0030
        quick = new(() => QuickPlan<DiplomaticEvent>.For(this));
    }

    /// <summary>
    /// Validates an event. A valid event, the common case, is recognised by calling the rules'
    /// predicates directly (<see cref="QuickPlan{T}"/>), without FluentValidation's contexts; any other
    /// is validated by FluentValidation, which reports every failure with its code, path and message.
    /// </summary>
    /// <param name="context">The validation context.</param>
    /// <returns>The result, with every failure found.</returns>
    public override ValidationResult Validate(ValidationContext<DiplomaticEvent> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsPlainlyValid(context) ? new ValidationResult() : base.Validate(context);
    }

    /// <summary>
    /// Validates an event and checks its quotations against the full texts of its source documents.
    /// </summary>
    /// <param name="instance">The event.</param>
    /// <param name="sourceTexts">The full text of each source document, by source id. Quotations of statements whose source is not in it are checked only on their own.</param>
    /// <returns>The result, with every failure found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ValidationResult Validate(DiplomaticEvent instance, IReadOnlyDictionary<string, string> sourceTexts)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(sourceTexts);
        var context = new ValidationContext<DiplomaticEvent>(instance);
        context.RootContextData[SourceTextsKey] = sourceTexts;
        return Validate(context);
    }

    private static IReadOnlyDictionary<string, string>? SourceTexts(ValidationContext<DiplomaticEvent> context) =>
        context.RootContextData.TryGetValue(SourceTextsKey, out var texts) ? texts as IReadOnlyDictionary<string, string> : null;

    /// <summary>Whether the quick plan and the cross-record rules find nothing wrong, for a plain validation (every rule, no rule sets or property selection).</summary>
    private bool IsPlainlyValid(ValidationContext<DiplomaticEvent> context)
    {
        if (context.IsChildContext || context.Selector is not DefaultValidatorSelector || quick.Value is not { } plan || !plan.Check(context.InstanceToValidate))
        {
            return false;
        }

        var clean = true;
        CrossRecordRules.Check(context.InstanceToValidate, SourceTexts(context), _ => clean = false);
        return clean;
    }
}
