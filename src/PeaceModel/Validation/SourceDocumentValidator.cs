using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="SourceDocument"/>: its id, and well-formed URL, language and hash.</summary>
public sealed class SourceDocumentValidator : AbstractValidator<SourceDocument>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public SourceDocumentValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.Title).OptionalText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Publisher).OptionalText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Url)
            .Satisfies(url => url is null || (url.Length <= ValidationLimits.TextLength
                && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)), new SchemaFacet { MaxLength = ValidationLimits.TextLength, Pattern = Patterns.HttpUrlPattern })
            .WithErrorCode(ErrorCodes.InvalidExternalId)
            .WithMessage("'{PropertyValue}' is not an absolute http or https address.");
        this.JsonRuleFor(x => x.Language).MatchesPattern(Patterns.LanguageTag(), "'{PropertyValue}' is not a BCP 47 language tag; use one such as 'en' or 'uk'.");
        this.JsonRuleFor(x => x.UpdatedAt)
            .Satisfies((source, updated) => updated is null || source.PublishedOn is null || DateOnly.FromDateTime(updated.Value.UtcDateTime.AddDays(1)) >= source.PublishedOn)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("a document is updated after it is published: the update is before the day of publication.");
        this.JsonRuleFor(x => x.PublishedAt)
            .Satisfies((source, published) => published is null || source.PublishedOn is null || DateOnly.FromDateTime(published.Value.DateTime) == source.PublishedOn)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("the first publication's instant falls on another day than publishedOn, in the instant's own offset; give the same day in both.")
            .Satisfies((source, published) => published is null || source.UpdatedAt is null || published <= source.UpdatedAt)
            .WithErrorCode(ErrorCodes.InvalidDate)
            .WithMessage("a document is updated after it is first published: updatedAt is before publishedAt.");
        this.JsonRuleFor(x => x.Dateline!).Nested(new PlaceValidator());
        this.JsonRuleFor(x => x.Sha256).MatchesPattern(Patterns.Sha256(), "'{PropertyValue}' is not a SHA-256; use 64 lowercase hexadecimal digits.");
    }
}
