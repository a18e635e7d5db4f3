using System.Linq.Expressions;
using FluentValidation;
using PeaceModel.Serialization;

namespace PeaceModel.Validation;

/// <summary>
/// The rules every PeaceModel validator shares. Property paths use the JSON format's own names
/// (<c>statements[2].speakerId</c>), never the C# names, and every rule carries a stable code.
/// </summary>
/// <remarks>
/// Every rule started here is registered with its quick check (<see cref="QuickPlan{T}"/>), and the
/// components of PeaceModel's rules are quick ones: <c>Satisfies</c>, <c>Present</c>, <c>Absent</c>,
/// <c>AtLeast</c>, <c>MatchesPattern</c> and <c>OnlyWhen</c> below stand for FluentValidation's
/// <c>Must</c>, <c>NotNull</c>, <c>Null</c>, <c>GreaterThanOrEqualTo</c>, <c>Matches</c> and <c>When</c>
/// (same validator names, so the same codes), so that a valid event is checked by calling the rules'
/// predicates directly, and FluentValidation reports the failures. FluentValidation's rule-building
/// extensions are banned in this library (<c>BannedSymbols.txt</c>): a rule written with one would
/// lose its quick check, its schema facet and its error code without a word.
/// </remarks>
internal static class RuleExtensions
{
    /// <summary>Starts a rule whose property path is the camelCase JSON name of the member.</summary>
    public static IRuleBuilderInitial<T, TProperty> JsonRuleFor<T, TProperty>(
        this AbstractValidator<T> validator, Expression<Func<T, TProperty>> member) =>
        validator.RuleFor(member).Configure(rule =>
        {
            Rename(rule, JsonName(member));
            if (QuickRules.Getter<T, TProperty>(member) is { } getter)
            {
                QuickRules.Register(rule, new PropertyCheck<T, TProperty>(getter));
            }
        });

    /// <summary>Starts a rule for each element of a list, with the list's camelCase JSON name in the path.</summary>
    public static IRuleBuilderInitialCollection<T, TElement> JsonRuleForEach<T, TElement>(
        this AbstractValidator<T> validator, Expression<Func<T, IEnumerable<TElement>>> member) =>
        validator.RuleForEach(member).Configure(rule =>
        {
            Rename(rule, JsonName(member));
            if (QuickRules.Getter<T, ValueList<TElement>>(member) is { } list)
            {
                QuickRules.Register(rule, new EachCheck<T, TElement>(list));
            }
        });

    /// <summary>Starts a rule for each element of a list whose JSON name is already known (from a <see cref="Kinds.RecordKind"/>).</summary>
    public static IRuleBuilderInitialCollection<T, TElement> JsonRuleForEach<T, TElement>(
        this AbstractValidator<T> validator, Func<T, ValueList<TElement>> list, string jsonName) =>
        validator.RuleForEach(x => list(x)).Configure(rule =>
        {
            Rename(rule, jsonName);
            QuickRules.Register(rule, new EachCheck<T, TElement>(list));
        });

    /// <summary>The value satisfies <paramref name="predicate"/> (FluentValidation's <c>Must</c>, checkable quickly; validator name <c>PredicateValidator</c>).</summary>
    public static IRuleBuilderOptions<T, TProperty> Satisfies<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<TProperty, bool> predicate) =>
        rule.SetValidator(new QuickPredicateValidator<T, TProperty>((_, value) => predicate(value), "PredicateValidator"));

    /// <summary>The value satisfies <paramref name="predicate"/> given the instance (FluentValidation's <c>Must</c>, checkable quickly).</summary>
    public static IRuleBuilderOptions<T, TProperty> Satisfies<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<T, TProperty, bool> predicate) =>
        rule.SetValidator(new QuickPredicateValidator<T, TProperty>(predicate, "PredicateValidator"));

    /// <summary>The value is present (FluentValidation's <c>NotNull</c>, checkable quickly; validator name <c>NotNullValidator</c>).</summary>
    public static IRuleBuilderOptions<T, TProperty> Present<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.SetValidator(new QuickPredicateValidator<T, TProperty>((_, value) => value is not null, "NotNullValidator"));

    /// <summary>The value is absent (FluentValidation's <c>Null</c>, checkable quickly; validator name <c>NullValidator</c>).</summary>
    public static IRuleBuilderOptions<T, TProperty> Absent<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.SetValidator(new QuickPredicateValidator<T, TProperty>((_, value) => value is null, "NullValidator"));

    /// <summary>A lower bound, as FluentValidation's <c>GreaterThanOrEqualTo</c>; the schema gets it as <c>minimum</c>.</summary>
    public static IRuleBuilderOptions<T, int> AtLeast<T>(this IRuleBuilder<T, int> rule, int minimum) =>
        rule.Satisfies(value => value >= minimum, new SchemaFacet { Minimum = minimum });

    /// <summary>Applies the rule only when <paramref name="predicate"/> holds: FluentValidation's <c>When</c> (on every component of the rule so far), recorded for the quick checks too.</summary>
    public static IRuleBuilderOptions<T, TProperty> OnlyWhen<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, Func<T, bool> predicate)
    {
#pragma warning disable RS0030 // OnlyWhen is FluentValidation's When with the condition recorded for the quick check.
        DefaultValidatorOptions.When(rule, predicate);
#pragma warning restore RS0030
        return rule.Configure(configured =>
        {
            foreach (var component in configured.Components)
            {
                (component.Validator as IConditional<T>)?.AddCondition(predicate);
            }
        });
    }

    /// <summary>Validates the value with its own validator; failures are filed under the value's path (<see cref="NestedValidator{T, TChild}"/>).</summary>
    public static IRuleBuilderOptions<T, TChild> Nested<T, TChild>(this IRuleBuilder<T, TChild> rule, IValidator<TChild> validator) =>
        rule.SetValidator(new NestedValidator<T, TChild>(validator));

    /// <summary>A rule that carries its <see cref="SchemaFacet"/>, so the JSON Schema says the same.</summary>
    public static IRuleBuilderOptions<T, TProperty> Satisfies<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<TProperty, bool> predicate, SchemaFacet facet) =>
        rule.SetValidator(new FacetValidator<T, TProperty>(predicate, facet));

    public static IRuleBuilderOptions<T, string> ValidId<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotBlank().IdShape();

    /// <summary>An id that may be left out; given, it is a valid id.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Satisfies(value => value is null || !string.IsNullOrWhiteSpace(value), new SchemaFacet { MinLength = 1, Pattern = Patterns.NonBlankPattern })
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("'{PropertyName}' is required and must not be blank.")
            .IdShape();

    /// <summary>A reference that may name a record of another document of the thread: an id, or <c>document-id/record-id</c>.</summary>
    public static IRuleBuilderOptions<T, string> ValidReference<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotBlank().ReferenceShape();

    /// <summary>A reference that may be left out; given, it is an id or <c>document-id/record-id</c>.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalReference<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Satisfies(value => value is null || !string.IsNullOrWhiteSpace(value), new SchemaFacet { MinLength = 1, Pattern = Patterns.NonBlankPattern })
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("'{PropertyName}' is required and must not be blank.")
            .ReferenceShape();

    private static IRuleBuilderOptions<T, TId> ReferenceShape<T, TId>(this IRuleBuilder<T, TId> rule)
        where TId : class? =>
        rule.Satisfies(value => value is not string id || (id.Length <= (2 * ValidationLimits.IdLength) + 1 && Patterns.Reference().IsMatch(id)), new SchemaFacet { MaxLength = (2 * ValidationLimits.IdLength) + 1, Pattern = Patterns.ReferencePattern })
            .WithErrorCode(ErrorCodes.InvalidId)
            .WithMessage("'{PropertyValue}' is not a valid reference; use an id such as 'european-leaders', or 'document-id/record-id' for a record of another document of the thread.");

    private static IRuleBuilderOptions<T, TId> IdShape<T, TId>(this IRuleBuilder<T, TId> rule)
        where TId : class? =>
        rule.Satisfies(value => value is not string id || (id.Length <= ValidationLimits.IdLength && Patterns.Id().IsMatch(id)), new SchemaFacet { MaxLength = ValidationLimits.IdLength, Pattern = Patterns.IdPattern })
            .WithErrorCode(ErrorCodes.InvalidId)
            .WithMessage("'{PropertyValue}' is not a valid id; use 1 to 64 lowercase letters and digits in groups joined by single hyphens, such as 'european-leaders'.");

    /// <summary>A value that must be present; the message is ours, so it reads the same in every culture.</summary>
    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.Present().WithErrorCode(ErrorCodes.Required).WithMessage("'{PropertyName}' must not be empty.");

    public static IRuleBuilderOptions<T, string> NotBlank<T>(this IRuleBuilder<T, string> rule) =>
        rule.Satisfies(value => !string.IsNullOrWhiteSpace(value), new SchemaFacet { MinLength = 1, Pattern = Patterns.NonBlankPattern })
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("'{PropertyName}' is required and must not be blank.");

    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotBlank()
            .Satisfies(value => value is null || value.Length <= maxLength, new SchemaFacet { MaxLength = maxLength })
            .WithErrorCode(ErrorCodes.TooLong)
            .WithMessage(TooLong(maxLength));

    /// <summary>An optional text: absent is fine; present, it must not be blank nor too long.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Satisfies(value => value is null || !string.IsNullOrWhiteSpace(value), new SchemaFacet { MinLength = 1, Pattern = Patterns.NonBlankPattern })
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("'{PropertyName}' must not be blank when given; leave it out instead.")
            .MaxLength(maxLength);

    public static IRuleBuilderOptions<T, string?> MaxLength<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Satisfies(value => value is null || value.Length <= maxLength, new SchemaFacet { MaxLength = maxLength })
            .WithErrorCode(ErrorCodes.TooLong)
            .WithMessage(TooLong(maxLength));

    public static IRuleBuilderOptions<T, string?> Country<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Satisfies(code => code is null || Patterns.CountryShape().IsMatch(code), new SchemaFacet { Pattern = Patterns.CountryShapePattern })
            .WithErrorCode(ErrorCodes.InvalidCountry)
            .WithMessage("'{PropertyValue}' is not an ISO 3166-1 alpha-3 country code; use three upper-case letters such as 'RUS', 'UKR' or 'USA'.")
            .Satisfies(code => code is null || !Patterns.CountryShape().IsMatch(code) || Iso3166.IsValid(code), new SchemaFacet { Enum = Iso3166.Codes })
            .WithErrorCode(ErrorCodes.InvalidCountry)
            .WithMessage("'{PropertyValue}' has the shape of an ISO 3166-1 alpha-3 code but is not an assigned one; for an entity without a code of its own (a disputed territory, a region, a de facto authority), leave 'country' out and give its Wikidata id.");

    public static IRuleBuilderOptions<T, string?> WikidataId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MatchesPattern(Patterns.WikidataId(), "'{PropertyValue}' is not a Wikidata item id; use Q followed by digits, such as 'Q7747'.");

    /// <summary>A value that must match one of <see cref="Patterns"/>; the schema gets the same pattern.</summary>
    public static IRuleBuilderOptions<T, string?> MatchesPattern<T>(this IRuleBuilder<T, string?> rule, System.Text.RegularExpressions.Regex pattern, string message) =>
        rule.Satisfies(value => value is null || pattern.IsMatch(value), new SchemaFacet { Pattern = pattern.ToString() })
            .WithErrorCode(ErrorCodes.InvalidExternalId)
            .WithMessage(message);

    public static IRuleBuilderOptions<T, TEnum> Defined<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.Satisfies(Enum.IsDefined)
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage(UndefinedEnum<TEnum>());

    public static IRuleBuilderOptions<T, TEnum?> Defined<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.Satisfies(value => value is null || Enum.IsDefined(value.Value))
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage(UndefinedEnum<TEnum>());

    /// <summary>A list of ids or names: not too long, and no value twice.</summary>
    public static IRuleBuilderOptions<T, ValueList<string>> DistinctList<T>(this IRuleBuilder<T, ValueList<string>> rule) =>
        rule.NotTooMany()
            .Satisfies(list => FirstRepeat(list) < 0, new SchemaFacet { UniqueItems = true })
            .WithErrorCode(ErrorCodes.DuplicateValue)
            .WithMessage((_, list) => $"'{list[FirstRepeat(list)]}' is listed more than once.");

    public static IRuleBuilderOptions<T, ValueList<TElement>> NotTooMany<T, TElement>(this IRuleBuilder<T, ValueList<TElement>> rule) =>
        rule.Satisfies(list => list.Count <= ValidationLimits.ListCount, new SchemaFacet { MaxItems = ValidationLimits.ListCount })
            .WithErrorCode(ErrorCodes.TooLong)
            .WithMessage($"'{{PropertyName}}' has more than {ValidationLimits.ListCount} elements.");

    /// <summary>A list that must have at least one element.</summary>
    public static IRuleBuilderOptions<T, ValueList<TElement>> NotEmptyList<T, TElement>(this IRuleBuilder<T, ValueList<TElement>> rule) =>
        rule.Satisfies(list => list.Count > 0, new SchemaFacet { MinItems = 1 })
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("'{PropertyName}' must name at least one element.");

    private static string UndefinedEnum<TEnum>()
        where TEnum : struct, Enum =>
        $"'{{PropertyValue}}' is not a defined {typeof(TEnum).Name}; use one of: {string.Join(", ", ContractNames.EnumNames(typeof(TEnum)))}.";

    private static string TooLong(int maxLength) =>
        $"'{{PropertyName}}' is longer than {maxLength} characters; shorten it.";

    private static void Rename(IValidationRule rule, string jsonName)
    {
        rule.PropertyName = jsonName;
        rule.SetDisplayName(jsonName);
    }

    /// <summary>Lists up to this long are checked for repeats pairwise rather than with a set.</summary>
    private const int SmallList = 16;

    /// <summary>The index of the first value of a list that an earlier one equals (ordinally), or -1.</summary>
    internal static int FirstRepeat(ValueList<string> list)
    {
        if (list.Count < 2)
        {
            return -1;
        }

        if (list.Count <= SmallList)
        {
            // A short list (the usual case) is compared pairwise: no set to allocate for every list of every record.
            for (var i = 1; i < list.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(list[i], list[j], StringComparison.Ordinal))
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (!seen.Add(list[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether no two of the <paramref name="included"/> items of a list have the same key (by the key's
    /// default equality, <see langword="null"/> equal to <see langword="null"/>): what
    /// <c>items.Where(included).GroupBy(key).All(g => g.Count() == 1)</c> says, without its allocations.
    /// </summary>
    internal static bool AllKeysDistinct<TItem, TKey>(ValueList<TItem> items, Func<TItem, bool> included, Func<TItem, TKey> key)
    {
        if (items.Count < 2)
        {
            return true;
        }

        var comparer = EqualityComparer<TKey>.Default;
        if (items.Count <= SmallList)
        {
            for (var i = 1; i < items.Count; i++)
            {
                if (!included(items[i]))
                {
                    continue;
                }

                var k = key(items[i]);
                for (var j = 0; j < i; j++)
                {
                    if (included(items[j]) && comparer.Equals(key(items[j]), k))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        var seen = new HashSet<TKey>(comparer); // a set holds one null, as GroupBy groups the nulls
        for (var i = 0; i < items.Count; i++)
        {
            if (included(items[i]) && !seen.Add(key(items[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static string JsonName(LambdaExpression member)
    {
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        return body is MemberExpression m
            ? ContractNames.Of(m.Member.DeclaringType!, m.Member.Name)
            : throw new ArgumentException("Expected a member access such as x => x.SpeakerId.", nameof(member));
    }
}
