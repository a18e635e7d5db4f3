using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using PeaceModel.Validation;

namespace PeaceModel.Serialization;

/// <summary>Builds the JSON Schema of the format from the serializer's own contracts, so the two cannot drift apart.</summary>
internal static class PeaceModelJsonSchema
{
    public static string Generate(JsonSerializerOptions options) => JsonSchemaWriter.Write(
        options,
        typeof(DiplomaticEvent),
        new JsonSchemaWriter.Header(
            $"urn:peacemodel:schema:diplomatic-event:{DiplomaticEvent.CurrentSchemaVersion}",
            "PeaceModel diplomatic event",
            "One diplomatic episode: actors, statements, proposals, conditions and reactions, referring to each other by id."),
        key => SchemaDescriptions.Of(key) ?? (key.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? SchemaDescriptions.Of($"{nameof(IDiplomaticRecord)}.{key[(dot + 1)..]}") : null),
        type => type.Namespace == typeof(DiplomaticEvent).Namespace,
        Annotate);

    /// <summary>Adds what the type system cannot say: enum names, strict times, and what the validation rules say.</summary>
    private static JsonNode Annotate(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (EnumNames(context.TypeInfo) is { } names)
        {
            // The strict enum converter is a custom one, so the exporter cannot see its values.
            var values = new JsonArray([.. names.Select(n => JsonValue.Create(n))]);
            if (Nullable.GetUnderlyingType(context.TypeInfo.Type) is not null)
            {
                values.Add(null);
            }

            return new JsonObject { ["enum"] = values };
        }

        if ((Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type) == typeof(TimeOnly))
        {
            // The strict time converter is a custom one: HH:mm:ss exactly, no offset (not RFC 3339's "time").
            var nullableTime = Nullable.GetUnderlyingType(context.TypeInfo.Type) is not null;
            return new JsonObject { ["type"] = nullableTime ? new JsonArray("string", "null") : "string", ["pattern"] = Patterns.TimePattern };
        }

        if (context.TypeInfo.Type == typeof(string))
        {
            // Strings go through a custom converter, so the exporter cannot see their type.
            var nullable = context.PropertyInfo is { IsGetNullable: true };
            schema = new JsonObject { ["type"] = nullable ? new JsonArray("string", "null") : "string" };
        }

        if (context.TypeInfo.ElementType == typeof(string) && schema is JsonObject list && list["items"] is null)
        {
            // The exporter leaves out the items of a list whose elements it cannot see (see above).
            list["items"] = new JsonObject { ["type"] = "string" };
        }

        if (schema is not JsonObject node)
        {
            return schema;
        }

        if ((Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type) == typeof(int))
        {
            // The reader takes 32-bit whole numbers only.
            node["minimum"] = int.MinValue;
            node["maximum"] = int.MaxValue;
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && Conditions(context.TypeInfo.Type) is { Count: > 0 } conditions)
        {
            node["dependentSchemas"] = DependentSchemas(conditions, node["required"] is JsonArray { Count: > 0 } required ? required[0]!.GetValue<string>() : null);
        }

        if (context.PropertyInfo is { } property)
        {
            Apply(node, property);
        }

        return node;
    }

    /// <summary>Writes what the property's validation rules say (<see cref="SchemaFacets"/>): lengths, patterns, bounds, list sizes, allowed values.</summary>
    private static void Apply(JsonObject node, JsonPropertyInfo property)
    {
        var isList = typeof(IValueList).IsAssignableFrom(property.PropertyType);
        var patterns = new List<string>();
        foreach (var validator in SchemaFacets.For(property.DeclaringType, property.Name))
        {
            if (validator is not IFacetValidator { Facet: var facet } facetValidator)
            {
                continue;
            }

            var onItems = isList && !typeof(IValueList).IsAssignableFrom(facetValidator.ValueType);
            var target = node;
            if (onItems)
            {
                if (node["items"] is not JsonObject items)
                {
                    node["items"] = items = new JsonObject();
                }

                target = items;
            }

            if (facet.Minimum is { } minimum)
            {
                target["minimum"] = minimum;
            }

            Set(target, "minLength", facet.MinLength);
            Set(target, "maxLength", facet.MaxLength);
            Set(target, "minItems", facet.MinItems);
            Set(target, "maxItems", facet.MaxItems);
            if (facet.UniqueItems)
            {
                target["uniqueItems"] = true;
            }

            if (facet.Enum is { } values)
            {
                var allowed = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
                if (!onItems && property.IsGetNullable)
                {
                    allowed.Add(null);
                }

                target["enum"] = allowed;
            }

            if (facet.Pattern is { } pattern && !onItems)
            {
                patterns.Add(pattern);
            }
            else if (facet.Pattern is { } itemPattern)
            {
                target["pattern"] = itemPattern;
            }
        }

        // One pattern a node; "not blank" says nothing more than any other pattern does.
        if (patterns.Count > 1)
        {
            patterns.Remove(Patterns.NonBlankPattern);
        }

        if (patterns.Count > 0)
        {
            node["pattern"] = patterns[0];
        }

        if (patterns.Count > 1)
        {
            node["allOf"] = new JsonArray([.. patterns.Skip(1).Select(p => (JsonNode)new JsonObject { ["pattern"] = p })]);
        }
    }

    private static void Set(JsonObject node, string keyword, int? value)
    {
        if (value is { } number)
        {
            node[keyword] = number;
        }
    }

    /// <summary>
    /// Places the rules within a record under <c>dependentSchemas</c>, each under the property whose
    /// value triggers it (or, for a rule that also holds when that property is absent, under the first
    /// required property, present whenever the record is valid). JSON Schema validators apply them as
    /// they would an <c>allOf</c>; code generators (json-schema-to-typescript) read an <c>allOf</c> at the
    /// level of a type as the type itself and make an open type of it, but leave
    /// <c>dependentSchemas</c> to validators, so each <c>$defs</c> entry stays one closed type.
    /// </summary>
    private static JsonObject DependentSchemas(List<(string? Trigger, JsonObject Rule)> conditions, string? firstRequired)
    {
        var byTrigger = new JsonObject();
        foreach (var group in conditions.GroupBy(c => c.Trigger ?? firstRequired ?? throw new InvalidOperationException("a rule without a trigger needs a required property")))
        {
            var rules = group.Select(c => c.Rule).ToList();
            byTrigger[group.Key] = rules.Count == 1 ? rules[0] : new JsonObject { ["allOf"] = new JsonArray([.. rules]) };
        }

        return byTrigger;
    }

    /// <summary>
    /// The rules within one record that depend on another of its properties, as if/then, each with the
    /// property that triggers it (<see langword="null"/>: the rule holds whether or not any property is
    /// given): JSON Schema can say these, though the validator's conditions are code. The schema/library
    /// differential test keeps the two in step, and names every rule within a record that JSON Schema
    /// cannot state (comparing two values, uniqueness by one member).
    /// </summary>
    private static List<(string? Trigger, JsonObject Rule)>? Conditions(Type type)
    {
        if (type == typeof(EventDate))
        {
            string basis = Name<EventDate>(nameof(EventDate.Basis)), granularity = Name<EventDate>(nameof(EventDate.Granularity)),
                text = Name<EventDate>(nameof(EventDate.Text)), anchor = Name<EventDate>(nameof(EventDate.ResolvedAgainst)),
                value = Name<EventDate>(nameof(EventDate.Value)), time = Name<EventDate>(nameof(EventDate.Time)), zone = Name<EventDate>(nameof(EventDate.TimeZone)),
                zoneBasis = Name<EventDate>(nameof(EventDate.TimeZoneBasis)), endOfDay = Name<EventDate>(nameof(EventDate.EndOfDay)),
                partOfDay = Name<EventDate>(nameof(EventDate.PartOfDay)), end = Name<EventDate>(nameof(EventDate.End)), offset = Name<EventDate>(nameof(EventDate.Offset));
            var day = EnumName(DateGranularity.Day);
            return
            [
                (basis, IfThen(Is(basis, EnumName(DateBasis.Relative)), Present(text, "string"), Present(anchor, "string"))),
                (basis, IfThen(Is(basis, EnumName(DateBasis.Inferred)), Present(anchor, "string"))),
                (granularity, IfThen(Is(granularity, EnumName(DateGranularity.Month)), Shape(value, "-01" + Patterns.End), Shape(end, "-01" + Patterns.End), Absent(time))),
                (granularity, IfThen(Is(granularity, EnumName(DateGranularity.Year)), Shape(value, "-01-01" + Patterns.End), Shape(end, "-01-01" + Patterns.End), Absent(time))),
                (zone, IfThen(Present(zone, "string"), Present(time, "string"))),
                (zoneBasis, Then(OneOf(zoneBasis, EnumName(DateBasis.Stated), EnumName(DateBasis.Inferred)))),
                (zoneBasis, IfThen(Is(zoneBasis, EnumName(DateBasis.Inferred)), Present(zone, "string"))),
                (endOfDay, IfThen(Is(endOfDay, true), Within(granularity, day), Absent(time), Absent(partOfDay))),
                (partOfDay, IfThen(Present(partOfDay, "string"), Within(granularity, day), Absent(time))),
                (end, IfThen(Present(end, "string"), Absent(time))),
                (offset, IfThen(Present(offset, "object"), Present(anchor, "string"))),
            ];
        }

        if (type == typeof(Condition))
        {
            var kind = Name<Condition>(nameof(Condition.Kind));
            return [(kind, IfThen(Is(kind, EnumName(ConditionKind.Ultimatum)), Present(Name<Condition>(nameof(Condition.Consequence)), "object")))];
        }

        if (type == typeof(EventCode))
        {
            string scheme = Name<EventCode>(nameof(EventCode.Scheme)), code = Name<EventCode>(nameof(EventCode.Code));
            return
            [
                (scheme, IfThen(
                    Is(scheme, EnumName(EventCodeScheme.Cameo)),
                    Shape(code, Patterns.CameoEventCodePattern),
                    Absent(Name<EventCode>(nameof(EventCode.Mode))),
                    new JsonObject { ["properties"] = new JsonObject { [Name<EventCode>(nameof(EventCode.Contexts))] = new JsonObject { ["type"] = "array", ["maxItems"] = 0 } } })),
                (scheme, IfThen(
                    Is(scheme, EnumName(EventCodeScheme.Plover)),
                    new JsonObject { ["properties"] = new JsonObject { [code] = new JsonObject { ["enum"] = new JsonArray([.. PloverEventTypes.QuadClasses.Keys.Order(StringComparer.Ordinal).Select(t => (JsonNode)JsonValue.Create(t))]) } } })),
            ];
        }

        if (type == typeof(Statement))
        {
            var quotations = Name<Statement>(nameof(Statement.Quotations));
            var quoted = new JsonObject { ["required"] = new JsonArray(quotations), ["properties"] = new JsonObject { [quotations] = new JsonObject { ["type"] = "array", ["minItems"] = 1 } } };
            var condition = IfThen(quoted, Present(Name<Statement>(nameof(Statement.SourceId)), "string"));
            condition["else"] = Present(Name<Statement>(nameof(Statement.Paraphrase)), "string");
            return [(null, condition)];
        }

        if (type == typeof(Actor))
        {
            var kind = Name<Actor>(nameof(Actor.Kind));
            var condition = IfThen(OneOf(kind, EnumName(ActorKind.Group), EnumName(ActorKind.InternationalOrganization)), new JsonObject());
            condition.Remove("then");
            condition["else"] = new JsonObject { ["properties"] = new JsonObject { [Name<Actor>(nameof(Actor.MemberIds))] = new JsonObject { ["type"] = "array", ["maxItems"] = 0 } } };
            return [(kind, condition)];
        }

        if (type == typeof(Claim))
        {
            string attribution = Name<Claim>(nameof(Claim.Attribution)), claimant = Name<Claim>(nameof(Claim.ClaimantId));
            var condition = IfThen(OneOf(attribution, EnumName(ClaimAttribution.AnonymousSource), EnumName(ClaimAttribution.Reporter)), Absent(claimant));
            condition["else"] = Present(claimant, "string");
            return [(attribution, condition)];
        }

        if (type == typeof(Participant))
        {
            string course = Name<Participant>(nameof(Participant.Course)), courseDate = Name<Participant>(nameof(Participant.CourseDate));
            return [(courseDate, IfThen(Present(courseDate, "object"), Present(course, "string")))];
        }

        if (type == typeof(Meeting))
        {
            string status = Name<Meeting>(nameof(Meeting.Status)), previous = Name<Meeting>(nameof(Meeting.PreviousDate));
            return [(previous, IfThen(Present(previous, "object"), OneOf(status, EnumName(MeetingStatus.Postponed), EnumName(MeetingStatus.Scheduled))))];
        }

        return null;
    }

    private static string Name<T>(string member) => ContractNames.Of(typeof(T), member);

    private static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        ContractNames.EnumNames(typeof(TEnum))[Array.IndexOf(Enum.GetValues<TEnum>(), value)];

    /// <summary>The property is present and equals <paramref name="value"/>.</summary>
    private static JsonObject Is(string property, JsonNode value) =>
        new() { ["required"] = new JsonArray(property), ["properties"] = new JsonObject { [property] = new JsonObject { ["const"] = value } } };

    /// <summary>The property, where present, is one of <paramref name="values"/> (absent, it takes its default).</summary>
    private static JsonObject Within(string property, params string[] values) =>
        new() { ["properties"] = new JsonObject { [property] = new JsonObject { ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]) } } };

    /// <summary>The property is present and one of <paramref name="values"/>.</summary>
    private static JsonObject OneOf(string property, params string[] values) =>
        new() { ["required"] = new JsonArray(property), ["properties"] = new JsonObject { [property] = new JsonObject { ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]) } } };

    /// <summary>The property is present and of the JSON type (not null).</summary>
    private static JsonObject Present(string property, string type) =>
        new() { ["required"] = new JsonArray(property), ["properties"] = new JsonObject { [property] = new JsonObject { ["type"] = type } } };

    /// <summary>The property is left out (or null).</summary>
    private static JsonObject Absent(string property) =>
        new() { ["properties"] = new JsonObject { [property] = new JsonObject { ["type"] = "null" } } };

    /// <summary>The property, where present and a string, matches the pattern (typed, as strict validators require of <c>pattern</c>; null stays allowed where the property allows it).</summary>
    private static JsonObject Shape(string property, string pattern) =>
        new() { ["properties"] = new JsonObject { [property] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["pattern"] = pattern } } };

    private static JsonObject IfThen(JsonObject condition, params JsonObject[] consequences) =>
        new() { ["if"] = condition, ["then"] = Then(consequences) };

    private static JsonObject Then(params JsonObject[] consequences) =>
        consequences.Length == 1 ? consequences[0] : new JsonObject { ["allOf"] = new JsonArray([.. consequences]) };

    private static IReadOnlyList<string>? EnumNames(JsonTypeInfo typeInfo)
    {
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        return type.IsEnum && typeInfo.Options.GetTypeInfo(type).Converter is IEnumNames converter ? converter.Names : null;
    }
}
