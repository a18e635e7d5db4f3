using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>
/// Checks a <see cref="Proposal"/> on its own. Its references and the date of its terms against its
/// statements are checked by <see cref="DiplomaticEventValidator"/>.
/// </summary>
public sealed class ProposalValidator : AbstractValidator<Proposal>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public ProposalValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.ProposerId).ValidId();
        this.JsonRuleFor(x => x.AddresseeIds).DistinctList();
        this.JsonRuleForEach(x => x.AddresseeIds).ValidId();
        this.JsonRuleFor(x => x.Kind).Defined();
        this.JsonRuleFor(x => x.Act).Defined();
        this.JsonRuleFor(x => x.CountersId).OptionalReference();
        this.JsonRuleFor(x => x.CountersId)
            .Satisfies((proposal, countered) => countered != proposal.Id)
            .WithErrorCode(ErrorCodes.InvalidRole)
            .WithMessage("a proposal does not counter itself.");
        this.JsonRuleFor(x => x.SubjectId).OptionalReference();
        this.JsonRuleFor(x => x.Summary).RequiredText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.StatementIds).DistinctList();
        this.JsonRuleForEach(x => x.StatementIds).ValidId();
        this.JsonRuleFor(x => x.Terms).Required().Nested(new TermValidator());
        this.JsonRuleFor(x => x.Points).NotTooMany();
        this.JsonRuleForEach(x => x.Points).Nested(new TermValidator());
        this.JsonRuleForEach(x => x.Points)
            .Satisfies(point => point is null || point.Id is not null)
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("a plan's point has an id, so that reactions can answer it.");
        this.JsonRuleFor(x => x.Points)
            .Satisfies(points => RuleExtensions.AllKeysDistinct(points, static t => t?.Id is not null, static t => t.Id))
            .WithErrorCode(ErrorCodes.DuplicateValue)
            .WithMessage("two points have the same id; point ids are unique within the plan.");
        this.JsonRuleFor(x => x.PointCount)
            .Satisfies(count => count is null or >= 1, new SchemaFacet { Minimum = 1 })
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("a plan has at least one point.");
        this.JsonRuleFor(x => x.PointCount)
            .Satisfies((proposal, count) => count is null || count >= proposal.Points.Count)
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("a plan has at least as many points as it describes.");
        this.JsonRuleFor(x => x.Links).NotTooMany();
        this.JsonRuleForEach(x => x.Links).Nested(new RecordLinkValidator());
        this.JsonRuleFor(x => x.Codes).NotTooMany();
        this.JsonRuleForEach(x => x.Codes).Nested(new EventCodeValidator());
    }
}
