using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks one <see cref="Participant"/> of a meeting on its own.</summary>
public sealed class ParticipantValidator : AbstractValidator<Participant>
{
    /// <summary>Creates the validator.</summary>
    public ParticipantValidator()
    {
        this.JsonRuleFor(x => x.ActorId).ValidId();
        this.JsonRuleFor(x => x.Role).Defined();
        this.JsonRuleFor(x => x.Course).Defined();
        this.JsonRuleFor(x => x.CourseDate!).Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.CourseDate)
            .Absent()
            .OnlyWhen(x => x.Course is null)
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("a day of a participant's course needs the course it dates: give 'course' (attended, stayedAway, walkedOut, recalled).");
    }
}
