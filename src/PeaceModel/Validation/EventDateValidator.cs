using FluentValidation;
using PeaceModel.Text;

namespace PeaceModel.Validation;

/// <summary>Checks that an <see cref="EventDate"/> is consistent in itself: value, granularity, basis, wording, time and zone.</summary>
public sealed class EventDateValidator : AbstractValidator<EventDate>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public EventDateValidator()
    {
        this.JsonRuleFor(x => x.Granularity).Defined();
        this.JsonRuleFor(x => x.Basis).Defined();
        this.JsonRuleFor(x => x.Value)
            .Satisfies((date, value) => value == date.FirstDay)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage((date, value) => $"a {date.Granularity.ToString().ToLowerInvariant()}-granular date is written as the first day of its period: use {EventText.Day(date.FirstDay)}, not {EventText.Day(value)}.");
        this.JsonRuleFor(x => x.Text).OptionalText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Text)
            .Present()
            .OnlyWhen(x => x.Basis == DateBasis.Relative)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("a relative date keeps the source's wording, such as \"Thursday\" or \"tomorrow\".");
        this.JsonRuleFor(x => x.ResolvedAgainst)
            .Present()
            .OnlyWhen(x => x.Basis is DateBasis.Relative or DateBasis.Inferred)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage(x => $"a date with basis '{(x.Basis == DateBasis.Relative ? "relative" : "inferred")}' says what it was resolved against, such as the report's date.");
        this.JsonRuleFor(x => x.Time)
            .Absent()
            .OnlyWhen(x => x.Granularity != DateGranularity.Day)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("a time of day is only given with a day-granular date.");
        this.JsonRuleFor(x => x.TimeZoneBasis).Defined();
        this.JsonRuleFor(x => x.TimeZoneBasis)
            .Satisfies(basis => basis != DateBasis.Relative)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("a time zone is stated or inferred, never relative.")
            .Satisfies((date, basis) => basis == DateBasis.Stated || date.TimeZone is not null)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("an inferred time zone names the zone it inferred; give 'timeZone'.");
        this.JsonRuleFor(x => x.EndOfDay)
            .Satisfies((date, end) => !end || (date.Granularity == DateGranularity.Day && date.Time is null && date.PartOfDay is null))
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("the end of a day (24:00, \"midnight on Sunday\") is a day-granular date without a time or part of day.");
        this.JsonRuleFor(x => x.PartOfDay).Defined();
        this.JsonRuleFor(x => x.PartOfDay)
            .Absent()
            .OnlyWhen(x => x.Time is not null || x.Granularity != DateGranularity.Day)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("a part of day is given only with a day-granular date and no time.");
        this.JsonRuleFor(x => x.End)
            .Satisfies((date, end) => end is not { } last || last > date.Value)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage((date, end) => $"a range ends after it starts; {EventText.Day(end!.Value)} is not after {EventText.Day(date.Value)}.")
            .Satisfies((date, end) => end is not { } last || last == (date with { Value = last, End = null }).FirstDay)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage((date, end) => $"the end of a {date.Granularity.ToString().ToLowerInvariant()}-granular range is written as the first day of its period, like the start.")
            .Satisfies((date, end) => end is null || date.Time is null)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("a range of days has no single time of day.");
        this.JsonRuleFor(x => x.Modifier).Defined();
        this.JsonRuleFor(x => x.AnchorId).OptionalId();
        this.JsonRuleFor(x => x.Offset!).Nested(new DurationValidator());
        this.JsonRuleFor(x => x.Offset)
            .Absent()
            .OnlyWhen(x => x.ResolvedAgainst is null)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("an offset is counted from something: give 'resolvedAgainst' too.");
        this.JsonRuleFor(x => x.TimeZone)
            .Absent()
            .OnlyWhen(x => x.Time is null)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("a time zone is only given with a time.");
        this.JsonRuleFor(x => x.TimeZone)
            .Satisfies(zone => zone is null || (zone.Length <= ValidationLimits.NameLength && Patterns.TimeZone().IsMatch(zone)), new SchemaFacet { MaxLength = ValidationLimits.NameLength, Pattern = Patterns.TimeZonePattern })
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("'{PropertyValue}' is not a time zone; use an IANA zone id such as 'Europe/Moscow', a UTC offset such as '+03:00', or 'Z'.")
            .Satisfies(zone => zone is null || !Patterns.TimeZone().IsMatch(zone) || TimeZones.IsKnown(zone))
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage($"'{{PropertyValue}}' is not a zone of the IANA time zone database (TZDB {TimeZones.TzdbVersion}); use a zone id such as 'Europe/Zurich', a UTC offset such as '+03:00', or 'Z'.");
    }
}
