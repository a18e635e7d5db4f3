using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>
/// Checks a <see cref="Statement"/> on its own. Its references (speaker, audience, source) and the
/// position of its quotations in the source text are checked by <see cref="DiplomaticEventValidator"/>.
/// </summary>
public sealed class StatementValidator : AbstractValidator<Statement>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public StatementValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.SpeakerId).OptionalId();
        this.JsonRuleFor(x => x.SpeakerId)
            .Satisfies((statement, speaker) => (speaker is null) != (statement.UnnamedSpeaker is null))
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("a statement has a speaker: give exactly one of 'speakerId' and 'unnamedSpeaker'.");
        this.JsonRuleFor(x => x.UnnamedSpeaker!).Nested(new UnnamedSourceValidator());
        this.JsonRuleFor(x => x.RelayedByIds).DistinctList();
        this.JsonRuleForEach(x => x.RelayedByIds).ValidId();
        this.JsonRuleFor(x => x.SaidOn).Required().Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.Channel).Defined();
        this.JsonRuleFor(x => x.Platform).OptionalText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Location!).Nested(new PlaceValidator());
        this.JsonRuleFor(x => x.AudienceIds).DistinctList();
        this.JsonRuleForEach(x => x.AudienceIds).ValidId();
        this.JsonRuleFor(x => x.SourceId).OptionalId();
        this.JsonRuleFor(x => x.SourceId)
            .Present()
            .OnlyWhen(x => x.Quotations.Count > 0)
            .WithErrorCode(ErrorCodes.MissingSource)
            .WithMessage("a statement with quotations names the source document they are taken from.");
        this.JsonRuleFor(x => x.Quotations).NotTooMany();
        this.JsonRuleForEach(x => x.Quotations).Nested(new QuotationValidator());
        this.JsonRuleFor(x => x.Paraphrase).OptionalText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.Paraphrase)
            .Present()
            .OnlyWhen(x => x.Quotations.Count == 0)
            .WithErrorCode(ErrorCodes.Required)
            .WithMessage("a statement says something: give quotations, a paraphrase, or both.");
        this.JsonRuleFor(x => x.Codes).NotTooMany();
        this.JsonRuleForEach(x => x.Codes).Nested(new EventCodeValidator());
    }
}
