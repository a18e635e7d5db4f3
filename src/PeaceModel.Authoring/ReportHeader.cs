using System.Text.RegularExpressions;

namespace PeaceModel.Authoring;

/// <summary>
/// What the top of a report says about the report: its title (the first line that is not page furniture such
/// as "Share", "Updated 14:10 GMT" or "Advertisement"), its dateline ("CITY – 25 July 2025 –", "CITY
/// (Agency) -", "MOSCOW, February 15. /TASS/.") with its place, and the report's date when a dateline or
/// a date line above the body gives it in full ("Oct 22, 2026", "Updated: 29-04-2024 12:43 IST").
/// </summary>
/// <param name="Title">The title, at most <see cref="Validation.ValidationLimits.NameLength"/> characters (a longer headline is cut at a word and ends with "…"); empty when the text has none.</param>
/// <param name="Date">The report's date from a dateline or date line, or <see langword="null"/>.</param>
/// <param name="DateText">The wording the date was read from, or <see langword="null"/>.</param>
/// <param name="Place">The dateline's place, or <see langword="null"/>.</param>
/// <param name="DatelineStart">Where the dateline starts (0 when there is none).</param>
/// <param name="BodyStart">Where the body starts after the dateline (0 when there is none): the dateline names no speaker.</param>
internal sealed partial record ReportHeader(string Title, DateOnly? Date, string? DateText, string? Place, int DatelineStart, int BodyStart)
{
    /// <summary>How many lines (empty ones aside) from the top may hold the title, date lines and the dateline.</summary>
    private const int HeaderLines = 8;

    public static ReportHeader Read(string text)
    {
        string? title = null;
        DateOnly? date = null;
        string? dateText = null;
        string? place = null;
        var bodyStart = 0;
        var datelineStart = 0;
        var lineStart = 0;
        for (var line = 0; line < HeaderLines && lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var content = text[lineStart..lineEnd].Trim();
            if (content.Length > 0)
            {
                line++;
                var dateline = Dateline().Match(content);
                var furniture = Furniture().IsMatch(content) || (content.Length < 60 && !content.Contains(' ', StringComparison.Ordinal));
                var datePart = dateline.Success ? dateline.Value : furniture || DateOnlyLine().IsMatch(content) ? content : null;
                if (date is null && datePart is not null && TimeExpressions.Find(datePart, new DateOnly(2000, 1, 1)).FirstOrDefault(d => d.Date is { Basis: DateBasis.Stated, Granularity: DateGranularity.Day }) is { Date: { } stated } found)
                {
                    date = stated.Value;
                    dateText = found.Text;
                }

                if (dateline.Success && bodyStart == 0)
                {
                    place = dateline.Groups["place"].Value.Trim();
                    datelineStart = lineStart + (text[lineStart..lineEnd].Length - text[lineStart..lineEnd].TrimStart().Length);
                    bodyStart = datelineStart + dateline.Length;
                }
                else if (title is null && !furniture && datePart is null)
                {
                    title = content;
                }

                if (dateline.Success)
                {
                    if (title is null && content.Length > dateline.Length)
                    {
                        // No headline above the dateline: the first sentence of the body stands for one.
                        var body = content[dateline.Length..];
                        var stop = body.IndexOf(". ", StringComparison.Ordinal);
                        title = stop > 0 ? body[..(stop + 1)] : body;
                    }

                    break; // the dateline opens the body: what follows is the report
                }
            }

            lineStart = lineEnd + 1;
        }

        title ??= string.Empty;
        if (title.Length > Validation.ValidationLimits.NameLength)
        {
            var cut = title.LastIndexOf(' ', Validation.ValidationLimits.NameLength - 2);
            title = title[..(cut > 0 ? cut : Validation.ValidationLimits.NameLength - 1)].TrimEnd(',', ';', ':', ' ') + "\u2026";
        }

        return new ReportHeader(title, date, dateText, place, datelineStart, bodyStart);
    }

    /// <summary>A dateline: an upper-case place or a place with its agency, maybe a date, then a dash or an agency's slashes.</summary>
    [GeneratedRegex(
        @"^(?:(?<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:,\s*(?<date>[^\u2013\u2014(\n/]{3,40}))?\s*(?:\((?<agency>[^)\n]{2,40})\)\s*)?(?:[\u2013\u2014]|--?)\s+(?:[^\u2013\u2014\n]{3,30}\d{4}\s*[\u2013\u2014-]\s+)?"
        + @"|(?<place>[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,2})(?:,\s*(?<date>[^\n(]{3,40}))?\s*\((?<agency>[^)\n]{2,40})\)\s*(?:[\u2013\u2014]|--?)\s+"
        + @"|(?<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}),\s*(?<date>[^\n/]{3,30})/[A-Za-z -]+/\.?\s*)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    /// <summary>Page furniture: sharing and advertising words, bylines, update stamps, reading times, wire lines with pipes.</summary>
    [GeneratedRegex(@"^(?:Share|Advertisement|Advertising|Sponsored|Updated\b.*|Created\b.*|Published\b.*|Last updated\b.*|By\s+[A-Z].*|Source:.*|Read more\b.*|Read also\b.*|Related\b.*|Watch\b.*|Listen\b.*|Photo\b.*|File photo\b.*|\d+\s+[Mm]in(?:ute)?s?\s+[Rr]ead|.*\s\|\s.*|[^.]{0,40}\bStaff|\d+ (?:minutes|hours|days) ago|.*[\u2013\u2014-]\s*(?:File photo|Photo|Image)\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    /// <summary>A line that is only a date, maybe with a time and a zone ("Oct 22, 2026", "Sunday 16 October 2016, 14:41").</summary>
    [GeneratedRegex(@"^[\p{L}., ]{0,12}\d{1,4}[\p{L}., /-]{1,25}\d{2,4}(?:[,\s]+\d{1,2}[:.]\d{2}(?:\s*[APap]\.?[Mm]\.?)?)?(?:\s+[A-Z]{2,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyLine();
}
