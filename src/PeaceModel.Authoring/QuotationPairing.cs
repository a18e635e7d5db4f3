namespace PeaceModel.Authoring;

/// <summary>A quoted passage found in a text: the words between the marks (without them), and how it stands.</summary>
/// <param name="Start">Where the words start (a UTF-16 offset, after the opening mark).</param>
/// <param name="Length">How long they are, in UTF-16 code units (the closing mark left out).</param>
/// <param name="Nested">Whether the passage stands inside another quoted passage (a quotation the speaker quotes).</param>
/// <param name="Continued">Whether the passage has no closing mark because the quotation goes on in the next paragraph, which opens with a mark again.</param>
internal readonly record struct QuotedSpan(int Start, int Length, bool Nested, bool Continued)
{
    public int End => Start + Length;
}

/// <summary>
/// Pairs the quotation marks of a text, line by line: double marks (curly “ ” and straight ", mixed as reports
/// mix them: “…" is a pair, and so is ”…” after a full stop when the first mark opens a passage), single marks
/// (‘ ’ and straight ') at the top level or nested in a double quotation, told apart from apostrophes (a mark
/// between letters, or after a letter with no quotation open, is an apostrophe). A quotation that runs over
/// several paragraphs (each opens with a mark, only the last closes) is one passage per paragraph. A mark
/// left open at the end of a line that the next does not continue pairs with nothing: no passage runs on
/// across paragraphs, and none is invented.
/// </summary>
internal static class QuotationPairing
{
    private const string DoubleMarks = "\u201C\u201D\u201E\"\u00AB\u00BB";
    private const string SingleMarks = "\u2018\u2019'";

    public static IReadOnlyList<QuotedSpan> Find(string text)
    {
        var spans = new List<QuotedSpan>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            PairLine(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static void PairLine(string text, int from, int to, List<QuotedSpan> spans)
    {
        int open = -1, single = -1, inner = -1;
        var straight = 0;
        for (var k = from; k < to; k++)
        {
            straight += text[k] == '"' ? 1 : 0;
        }

        for (var i = from; i < to; i++)
        {
            var c = text[i];
            var prev = i > from ? text[i - 1] : ' ';
            var next = i + 1 < to ? text[i + 1] : ' ';
            if (DoubleMarks.Contains(c, StringComparison.Ordinal))
            {
                if (inner >= 0)
                {
                    if (c is '"' or '\u201D' && !char.IsWhiteSpace(prev))
                    {
                        Add(text, spans, inner + 1, i, nested: true, continued: false); // the end of a straight quotation nested in another
                        inner = -1;
                    }

                    continue;
                }

                if (open >= 0 && c == '"' && text[open] == '"' && char.IsWhiteSpace(prev) && char.IsLetterOrDigit(next) && straight % 2 == 0 && MarksAfter(text, i, to) >= 2)
                {
                    inner = i; // a straight mark that opens words inside a straight quotation, on a line whose marks pair: "… "Mutual Respect" and …"
                    continue;
                }

                if (open < 0)
                {
                    // An opening mark: any mark followed by words, but a closing curly mark only where a passage can begin.
                    if (!char.IsWhiteSpace(next) && (c is not ('\u201D' or '\u00BB') || Opens(prev)))
                    {
                        open = i;
                        single = -1;
                    }
                }
                else if (c is '\u201C' or '\u201E' or '\u00AB' && Opens(prev) && !char.IsWhiteSpace(next))
                {
                    open = i; // an opening mark while one is open: the first was never closed
                    single = -1;
                }
                else if (i > open + 1)
                {
                    Add(text, spans, open + 1, i, nested: false, continued: false);
                    if (single >= 0)
                    {
                        single = -1;
                    }

                    open = -1;
                }

                continue;
            }

            if (SingleMarks.Contains(c, StringComparison.Ordinal))
            {
                var betweenLetters = char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next);
                if (betweenLetters)
                {
                    continue; // an apostrophe: Russia’s, don't
                }

                if (single < 0)
                {
                    if (c != '\u2019' && (Opens(prev) || DoubleMarks.Contains(prev, StringComparison.Ordinal)) && (char.IsLetterOrDigit(next) || next is '[' or '.'))
                    {
                        single = i;
                    }
                }
                else if (c != '\u2018' && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next) && i > single + 1)
                {
                    Add(text, spans, single + 1, i, nested: open >= 0 && open < single, continued: false);
                    single = -1;
                }
            }
        }

        // A quotation still open at the end of the line goes on when the next paragraph opens with a mark again.
        if (open >= 0 && NextLineOpensWithAMark(text, to) && open + 1 < to)
        {
            var end = to;
            while (end > open + 1 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            Add(text, spans, open + 1, end, nested: false, continued: true);
        }
    }

    private static int MarksAfter(string text, int at, int to)
    {
        var count = 0;
        for (var k = at + 1; k < to; k++)
        {
            count += text[k] is '"' or '\u201D' ? 1 : 0;
        }

        return count;
    }

    private static void Add(string text, List<QuotedSpan> spans, int start, int end, bool nested, bool continued)
    {
        if (end > start && !text.AsSpan(start, end - start).IsWhiteSpace())
        {
            spans.Add(new QuotedSpan(start, end - start, nested, continued));
        }
    }

    /// <summary>Whether a passage can open after this character: a space, the start of a line, an opening bracket or dash, or the end of a sentence run together with the next.</summary>
    private static bool Opens(char prev) => char.IsWhiteSpace(prev) || prev is '(' or '[' or '\u2014' or '\u2013' or '-' or '/' or ':' or '.' or '!' or '?' or ',';

    private static bool NextLineOpensWithAMark(string text, int lineEnd)
    {
        var i = lineEnd;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && i > lineEnd && text[i] is '\u201C' or '"' or '\u201E' or '\u00AB';
    }
}
