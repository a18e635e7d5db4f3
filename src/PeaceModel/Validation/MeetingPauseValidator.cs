using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="MeetingPause"/> on its own.</summary>
public sealed class MeetingPauseValidator : AbstractValidator<MeetingPause>
{
    /// <summary>Creates the validator.</summary>
    public MeetingPauseValidator()
    {
        this.JsonRuleFor(x => x.Date).Required().Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.Duration!).Nested(new DurationValidator());
        this.JsonRuleFor(x => x.ResumedOn!).Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.ResumedOn)
            .Satisfies((pause, resumed) => resumed is null || pause.Date is null || resumed.LastDay >= pause.Date.FirstDay)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("talks resume after they pause: the day of resuming is before the pause began.");
        this.JsonRuleFor(x => x.CauseIds).DistinctList();
        this.JsonRuleForEach(x => x.CauseIds).ValidId();
        this.JsonRuleFor(x => x.Summary).OptionalText(ValidationLimits.TextLength);
    }
}
