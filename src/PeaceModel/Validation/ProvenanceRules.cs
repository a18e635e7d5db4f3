using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FluentValidation.Results;
using PeaceModel.Kinds;
using PeaceModel.Serialization;

namespace PeaceModel.Validation;

/// <summary>Source texts, where the caller supplies them: each text is the one the event was modeled from, and every quotation stands in it where it says.</summary>
internal sealed class ProvenanceRules(EventIndex index, IReadOnlyDictionary<string, string> sourceTexts, Action<ValidationFailure> report) : CrossRecordRuleSet(index, report)
{
    private static readonly string Sha256Path = ContractNames.Of(typeof(SourceDocument), nameof(SourceDocument.Sha256));
    private static readonly string QuotationsPath = ContractNames.Of(typeof(Statement), nameof(Statement.Quotations));
    private static readonly string QuotationStartPath = ContractNames.Of(typeof(Quotation), nameof(Quotation.Start));
    private static readonly string QuotationTextPath = ContractNames.Of(typeof(Quotation), nameof(Quotation.Text));

    public override void Check() => CheckProvenance(sourceTexts);

    private void CheckProvenance(IReadOnlyDictionary<string, string> sourceTexts)
    {
        var sources = Event.Sources.AsSpan();
        for (var k = 0; k < sources.Length; k++)
        {
            if (sources[k] is { Sha256: { } expected, Id: { } id } && Patterns.Sha256().IsMatch(expected)
                && sourceTexts.TryGetValue(id, out var text) && text is not null)
            {
                var actual = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
                if (actual != expected)
                {
                    Fail(new RecordLocation(RecordKinds.Source, k, Sha256Path), ErrorCodes.SourceTextMismatch, expected,
                        $"the supplied text of '{id}' has SHA-256 {actual}, not {expected}: it is not the text this event was modeled from.");
                }
            }
        }

        var statements = Event.Statements.AsSpan();
        for (var i = 0; i < statements.Length; i++)
        {
            if (statements[i] is not { SourceId: { } sourceId } statement
                || !sourceTexts.TryGetValue(sourceId, out var text) || text is null)
            {
                continue;
            }

            for (var j = 0; j < statement.Quotations.Count; j++)
            {
                CheckQuotation(statement.Quotations[j], text, sourceId, new RecordLocation(RecordKinds.Statement, i, QuotationsPath, j));
            }
        }
    }

    private void CheckQuotation(Quotation quotation, string text, string sourceId, RecordLocation path)
    {
        if (quotation?.Text is null || quotation.Start < 0 || quotation.Length < 0)
        {
            return; // The quotation validator reports these.
        }

        if ((long)quotation.Start + quotation.Length > text.Length)
        {
            Fail($"{path}.{QuotationStartPath}", ErrorCodes.QuotationOutOfRange, quotation.Start,
                string.Create(CultureInfo.InvariantCulture, $"the quotation spans {quotation.Start} to {(long)quotation.Start + quotation.Length}, but the text of '{sourceId}' has only {text.Length} UTF-16 code units."));
            return;
        }

        var actual = text.AsSpan(quotation.Start, quotation.Length);
        if (!actual.SequenceEqual(quotation.Text))
        {
            var found = actual.Length > 80 ? string.Concat(actual[..77], "...") : actual.ToString();
            var located = text.IndexOf(quotation.Text, StringComparison.Ordinal);
            var hint = located >= 0 ? string.Create(CultureInfo.InvariantCulture, $"; the quotation stands at start {located}") : "; the quotation is found nowhere in the text";
            Fail($"{path}.{QuotationTextPath}", ErrorCodes.QuotationMismatch, quotation.Text,
                string.Create(CultureInfo.InvariantCulture, $"the text of '{sourceId}' at {quotation.Start} (length {quotation.Length}) reads \"{found}\", not the quotation{hint}."));
        }
    }
}
