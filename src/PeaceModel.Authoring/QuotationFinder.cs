using System.Globalization;

namespace PeaceModel.Authoring;

/// <summary>
/// Finds a passage in a source text and returns its <see cref="Quotation"/>, so that nobody counts
/// UTF-16 offsets by hand. The text is the source as the validator sees it (UTF-8 decoded, no
/// byte-order mark); offsets are .NET string indices.
/// </summary>
/// <example>
/// <code>
/// var quotation = QuotationFinder.Find(reportText, "a floor, not a ceiling");   // Start = 1052, Length = 22
/// var second = QuotationFinder.Find(reportText, "within 48 hours", occurrence: 2);
/// </code>
/// </example>
public static class QuotationFinder
{
    /// <summary>Finds the one place a passage stands in a text.</summary>
    /// <param name="text">The source text.</param>
    /// <param name="passage">The passage, exactly as it stands (case and punctuation included).</param>
    /// <param name="occurrence">Which occurrence to take, counting from 1, when the passage stands more than once; <see langword="null"/> to require exactly one.</param>
    /// <returns>The quotation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="passage"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The passage is empty, stands nowhere, stands more than once and no occurrence was given, or has fewer occurrences than asked for; the message says which and where it stands.</exception>
    public static Quotation Find(string text, string passage, int? occurrence = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(passage);
        if (passage.Length == 0)
        {
            throw new ArgumentException("The passage is empty; give the words as they stand in the text.", nameof(passage));
        }

        var starts = new List<int>();
        for (var at = text.IndexOf(passage, StringComparison.Ordinal); at >= 0; at = text.IndexOf(passage, at + 1, StringComparison.Ordinal))
        {
            starts.Add(at);
        }

        if (starts.Count == 0)
        {
            var folded = text.IndexOf(passage, StringComparison.OrdinalIgnoreCase);
            var hint = folded >= 0
                ? string.Create(CultureInfo.InvariantCulture, $" It stands at {folded} with other letter case: \"{text.Substring(folded, passage.Length)}\".")
                : " Check the quotation marks and apostrophes: reports often use curly ones (\u201C \u201D \u2019).";
            throw new ArgumentException($"\"{Shorten(passage)}\" stands nowhere in the text.{hint}", nameof(passage));
        }

        if (occurrence is { } wanted)
        {
            if (wanted < 1 || wanted > starts.Count)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"\"{Shorten(passage)}\" stands {starts.Count} time(s) in the text; occurrence {wanted} does not exist."), nameof(occurrence));
            }

            return At(text, starts[wanted - 1], passage.Length);
        }

        if (starts.Count > 1)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"\"{Shorten(passage)}\" stands {starts.Count} times in the text (at {string.Join(", ", starts)}); give a longer passage or the occurrence to take."), nameof(passage));
        }

        return At(text, starts[0], passage.Length);
    }

    private static Quotation At(string text, int start, int length) => new() { Text = text.Substring(start, length), Start = start, Length = length };

    private static string Shorten(string passage) => passage.Length > 60 ? passage[..57] + "..." : passage;
}
