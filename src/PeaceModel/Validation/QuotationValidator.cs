using System.Globalization;
using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>
/// Checks a <see cref="Quotation"/> on its own: text present, position not negative, length equal to
/// the text's. Whether the text really stands at that position is checked by
/// <see cref="DiplomaticEventValidator"/> when it is given the source text.
/// </summary>
public sealed class QuotationValidator : AbstractValidator<Quotation>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public QuotationValidator()
    {
        this.JsonRuleFor(x => x.Text).RequiredText(ValidationLimits.QuotationLength);
        this.JsonRuleFor(x => x.Start)
            .AtLeast(0)
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage((_, start) => string.Create(CultureInfo.InvariantCulture, $"'{{PropertyName}}' is {start}; a position in the source text is 0 or more."));
        this.JsonRuleFor(x => x.Length)
            .Satisfies((quotation, length) => quotation.Text is null || length == quotation.Text.Length)
            .WithErrorCode(ErrorCodes.QuotationMismatch)
            .WithMessage((quotation, length) => string.Create(CultureInfo.InvariantCulture, $"'{{PropertyName}}' is {length} but the quotation's text has {quotation.Text.Length} UTF-16 code units; they must be equal."));
    }
}
