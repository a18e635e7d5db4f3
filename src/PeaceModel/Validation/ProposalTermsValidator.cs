using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks <see cref="ProposalTerms"/>: venue, date and duration each valid when given.</summary>
public sealed class ProposalTermsValidator : AbstractValidator<ProposalTerms>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public ProposalTermsValidator()
    {
        this.JsonRuleFor(x => x.Venue!).SetValidator(new PlaceValidator());
        this.JsonRuleFor(x => x.Date!).SetValidator(new EventDateValidator());
        this.JsonRuleFor(x => x.Duration!).SetValidator(new DurationValidator());
        this.JsonRuleFor(x => x.Preconditions).Defined();
    }
}
