using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="Meeting"/> on its own; links and derived status are checked with the whole event.</summary>
public sealed class MeetingValidator : AbstractValidator<Meeting>
{
    /// <summary>Creates the validator.</summary>
    public MeetingValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.Kind).Defined();
        this.JsonRuleFor(x => x.Name).OptionalText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Status).Defined();
        this.JsonRuleFor(x => x.Date!).Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.PreviousDate!).Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.PreviousDate)
            .Absent()
            .OnlyWhen(x => x.Status is not (MeetingStatus.Postponed or MeetingStatus.Scheduled))
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("only a postponed or rescheduled meeting has a previous date.");
        this.JsonRuleFor(x => x.Venue!).Nested(new PlaceValidator());
        this.JsonRuleFor(x => x.Participants).NotTooMany();
        this.JsonRuleForEach(x => x.Participants).Nested(new ParticipantValidator());
        this.JsonRuleFor(x => x.Participants)
            .Satisfies(participants => RuleExtensions.AllKeysDistinct(participants, static p => p is not null, static p => (p.ActorId, p.Role)), new SchemaFacet { UniqueItems = true })
            .WithErrorCode(ErrorCodes.DuplicateValue)
            .WithMessage("an actor is listed twice in the same role; list each actor once per role.");
        this.JsonRuleFor(x => x.InitiatorId).OptionalId();
        this.JsonRuleFor(x => x.Duration!).Nested(new DurationValidator());
        this.JsonRuleFor(x => x.Pauses).NotTooMany();
        this.JsonRuleForEach(x => x.Pauses).Nested(new MeetingPauseValidator());
        this.JsonRuleFor(x => x.Agenda).NotTooMany();
        this.JsonRuleForEach(x => x.Agenda).Nested(new AgendaItemValidator());
        this.JsonRuleFor(x => x.ProducedIds).DistinctList();
        this.JsonRuleForEach(x => x.ProducedIds).ValidId();
        this.JsonRuleFor(x => x.UnresolvedIds).DistinctList();
        this.JsonRuleForEach(x => x.UnresolvedIds).ValidId();
        this.JsonRuleFor(x => x.StatementIds).DistinctList();
        this.JsonRuleForEach(x => x.StatementIds).ValidId();
        this.JsonRuleFor(x => x.Codes).NotTooMany();
        this.JsonRuleForEach(x => x.Codes).Nested(new EventCodeValidator());
    }
}
