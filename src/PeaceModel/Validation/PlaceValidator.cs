using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="Place"/>: a name, and well-formed country and Wikidata ids.</summary>
public sealed class PlaceValidator : AbstractValidator<Place>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public PlaceValidator()
    {
        this.JsonRuleFor(x => x.Name).RequiredText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Country).Country();
        this.JsonRuleFor(x => x.WikidataId).WikidataId();
    }
}
