using FluentValidation;
using FluentValidation.Validators;
using PeaceModel.Kinds;

namespace PeaceModel.Validation;

/// <summary>
/// The validators of every object of the format, by type, and what their unconditional rules say in
/// JSON Schema's terms: the schema is written from these, so it says what the validator checks.
/// </summary>
internal static class SchemaFacets
{
    private static readonly Lazy<Dictionary<(Type, string), List<IPropertyValidator>>> Rules = new(Collect);

    /// <summary>Gets the validator of each type that has one: the event, each kind of record, and the values they hold.</summary>
    public static IReadOnlyDictionary<Type, IValidator> Validators { get; } = CreateValidators();

    /// <summary>The property validators of the unconditional rules on a property, by the property's JSON name.</summary>
    public static IReadOnlyList<IPropertyValidator> For(Type owner, string jsonName) =>
        Rules.Value.TryGetValue((owner, jsonName), out var list) ? list : [];

    private static Dictionary<Type, IValidator> CreateValidators()
    {
        var validators = new Dictionary<Type, IValidator>
        {
            [typeof(DiplomaticEvent)] = new DiplomaticEventValidator(),
            [typeof(EventDate)] = new EventDateValidator(),
            [typeof(Place)] = new PlaceValidator(),
            [typeof(Quotation)] = new QuotationValidator(),
            [typeof(EventCode)] = new EventCodeValidator(),
            [typeof(Consequence)] = new ConsequenceValidator(),
            [typeof(Duration)] = new DurationValidator(),
            [typeof(Term)] = new TermValidator(),
            [typeof(Quantity)] = new QuantityValidator(),
            [typeof(Participant)] = new ParticipantValidator(),
            [typeof(Signatory)] = new SignatoryValidator(),
            [typeof(Ballot)] = new BallotValidator(),
            [typeof(DecisionRule)] = new DecisionRuleValidator(),
            [typeof(VoteCounts)] = new VoteCountsValidator(),
            [typeof(RecordLink)] = new RecordLinkValidator(),
            [typeof(TermAnchor)] = new TermAnchorValidator(),
            [typeof(MeetingPause)] = new MeetingPauseValidator(),
            [typeof(AgendaItem)] = new AgendaItemValidator(),
            [typeof(UnnamedSource)] = new UnnamedSourceValidator(),
        };
        foreach (var kind in RecordKinds.All)
        {
            validators[kind.ClrType] = kind.Validator;
        }

        return validators;
    }

    private static Dictionary<(Type, string), List<IPropertyValidator>> Collect()
    {
        var rules = new Dictionary<(Type, string), List<IPropertyValidator>>();
        foreach (var (type, validator) in Validators)
        {
            foreach (var rule in validator.CreateDescriptor().Rules)
            {
                if (rule.PropertyName is not { } name)
                {
                    continue;
                }

                foreach (var component in rule.Components)
                {
                    if (component.HasCondition || component.HasAsyncCondition)
                    {
                        continue; // conditional rules are written as if/then by the schema, where they can be
                    }

                    if (!rules.TryGetValue((type, name), out var list))
                    {
                        rules.Add((type, name), list = []);
                    }

                    list.Add(component.Validator);
                }
            }
        }

        return rules;
    }
}
