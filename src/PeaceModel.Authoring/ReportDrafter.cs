using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PeaceModel.Authoring;

/// <summary>
/// Drafts an event from a news report: the source with its SHA-256 and date (the text's date line, else
/// <see cref="DraftOptions.ReportDate"/>, else its dateline: <see cref="ReportHeader"/>), every quoted
/// passage with its exact offsets (<see cref="QuotationPairing"/>), one statement per utterance with the
/// speaker found from the attribution around the quote, its kind (person, state, government body,
/// international organization, group) and the day and time it was said (<see cref="Attribution"/>,
/// <see cref="Gazetteer"/>, <see cref="TimeExpressions"/>), one statement per sentence of reported speech,
/// and every time expression of the report. It invents nothing: what it cannot decide is a placeholder
/// starting with <c>TODO:</c>, which validation reports (<see cref="Validation.ErrorCodes.DraftPlaceholder"/>)
/// with what to fill in. How well it does on real reports: <c>docs/drafting.md</c>.
/// </summary>
/// <example>
/// <code>
/// var draft = ReportDrafter.Draft(File.ReadAllText("report.txt"), new DraftOptions { KnownActors = earlier.Actors });
/// File.WriteAllText("report.json", PeaceModelJson.Serialize(draft.Event));
/// </code>
/// </example>
public static partial class ReportDrafter
{
    /// <summary>Drafts an event from a report.</summary>
    /// <param name="text">The report (UTF-8 text; a first line <c> date YYYY-MM-DD title</c> is optional).</param>
    /// <param name="options">The report's date when the text gives none, its language, and known actors.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The text has no date line, no dateline or date line with a full date, and <see cref="DraftOptions.ReportDate"/> is not given; or its date line holds no valid date.</exception>
    public static Draft Draft(string text, DraftOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var dateLine = ReportDateLine().Match(text);
        var header = ReportHeader.Read(dateLine.Success ? text[dateLine.Length..] : text);
        DateOnly reportDate;
        if (dateLine.Success)
        {
            if (!DateOnly.TryParseExact(dateLine.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out reportDate))
            {
                throw new ArgumentException($"The first line gives '{dateLine.Groups["date"].Value}', which is no date; write it YYYY-MM-DD.", nameof(text));
            }
        }
        else
        {
            reportDate = options.ReportDate ?? header.Date
                ?? throw new ArgumentException("The text gives no date of its own (no ' date YYYY-MM-DD' first line, no dateline or date line with a full date such as 'CITY, 25 July 2025 -'); give the report's date.", nameof(options));
        }

        var title = dateLine.Success && dateLine.Groups["title"].Value.Trim() is { Length: > 0 } given ? given : header.Title;
        var shift = dateLine.Success ? dateLine.Length : 0;
        var (datelineStart, bodyStart) = (header.DatelineStart + shift, header.BodyStart + shift);
        var sourceId = "report-" + Text.EventText.Day(reportDate);

        var spans = QuotationPairing.Find(text);
        var attribution = new Attribution(text, spans, datelineStart, bodyStart);
        var actors = new ActorBook(options.KnownActors);
        var speakers = new Speaker?[spans.Count];
        var reported = new List<(int Start, int End, Speaker Speaker)>();
        var next = 0;
        foreach (var (start, end) in attribution.Sentences())
        {
            foreach (var person in attribution.NoteTitledPeople(start, end))
            {
                actors.Mention(person);
            }

            attribution.NoteSubject(start, end);
            var any = false;
            for (; next < spans.Count && spans[next].Start < end; next++)
            {
                any = true;
                var span = spans[next];
                var enclosing = Enumerable.Range(0, next).LastOrDefault(j => spans[j].Start < span.Start && span.End <= spans[j].End + 1, -1);
                var samePara = next > 0 && Paragraph(text, spans[next - 1].Start) == Paragraph(text, span.Start);
                var alone = !samePara && next > 0 && FillsItsLine(text, span);
                // A paragraph that is only a quotation goes on with whoever spoke last before it: the previous passage's speaker, or someone reported speaking after it.
                var previous = samePara ? speakers[next - 1] : alone ? attribution.LastSpeakerBefore(span.Start) ?? speakers[next - 1] : null;
                speakers[next] = span.Nested && enclosing >= 0 ? attribution.Nested(spans[enclosing], span, speakers[enclosing]) : attribution.Find(span, previous);
            }

            if (!any && (end <= datelineStart || end > bodyStart) && attribution.ReportedSpeech(start >= datelineStart && start < bodyStart ? bodyStart : start, end) is { } speaker)
            {
                reported.Add((start, end, speaker));
            }
        }

        // Words credited to a statement or an unnamed spokesperson are the issuing body's, named nearby.
        for (var i = 0; i < spans.Count; i++)
        {
            if (speakers[i] is { Pending: true })
            {
                speakers[i] = attribution.Issuer(spans[i].Start);
            }
        }

        for (var i = 0; i < reported.Count; i++)
        {
            if (reported[i].Speaker.Pending)
            {
                reported[i] = attribution.Issuer(reported[i].Start) is { } issuer ? reported[i] with { Speaker = issuer } : reported[i];
            }
        }

        reported.RemoveAll(r => r.Speaker.Pending);

        // A title alone ("‘…’ says Qatari Foreign Minister" in a subhead) is the person the body names with it further on.
        for (var i = 0; i < spans.Count; i++)
        {
            if (!spans[i].Nested && speakers[i] is { ByTitleOnly: true } titleOnly && attribution.NamedLater(titleOnly, spans[i].Start) is { } named)
            {
                speakers[i] = named;
            }
        }

        // A quotation running over several paragraphs is said by whoever says its last paragraph.
        for (var i = spans.Count - 2; i >= 0; i--)
        {
            if (spans[i].Continued && speakers[i] is null)
            {
                speakers[i] = speakers[i + 1];
            }
        }

        // A headline or subhead quoting words the body quotes in full is said by the body's speaker ("Iran says progress
        // made in ‘very difficult’ talks" over "“It was very difficult …,” he said" of the foreign minister). Words in
        // quotation marks after "so-called" are the writer's, said by nobody.
        for (var i = 0; i < spans.Count; i++)
        {
            if (ScareQuoted(text, spans[i]))
            {
                speakers[i] = null;
                continue;
            }

            if (!InAHeadline(text, spans[i]))
            {
                continue;
            }

            var words = text.Substring(spans[i].Start, spans[i].Length).Trim().TrimEnd(',', '.', ';', ':', '!', '?');
            var echo = Enumerable.Range(0, spans.Count).FirstOrDefault(
                j => j != i && speakers[j] is not null && spans[j].Length > words.Length && !InAHeadline(text, spans[j])
                     && words.Length > 0 && text.AsSpan(spans[j].Start, spans[j].Length).Contains(words, StringComparison.OrdinalIgnoreCase),
                -1);
            if (echo >= 0)
            {
                speakers[i] = speakers[echo];
            }
        }

        var passages = new List<(Quotation Quotation, Speaker? Speaker, string SpeakerId)>();
        for (var i = 0; i < spans.Count; i++)
        {
            var quotation = new Quotation { Text = text.Substring(spans[i].Start, spans[i].Length), Start = spans[i].Start, Length = spans[i].Length };
            passages.Add((quotation, speakers[i], actors.IdOf(speakers[i], quotation.Text)));
        }

        actors.MentionKnown(text);

        var found = TimeExpressions.Find(text, reportDate);
        var saidOn = new EventDate[passages.Count];
        var saidIn = new (int Start, int End)[passages.Count];
        for (var i = 0; i < passages.Count; i++)
        {
            var (start, end) = (passages[i].Quotation.Start, passages[i].Quotation.Start + passages[i].Quotation.Length);
            saidIn[i] = SentenceAround(text, start, end);
            saidOn[i] = SaidOn(text, start, end, reportDate, found);
            if (saidOn[i].Basis == DateBasis.Inferred && DayLastGiven(saidIn[i].Start, reportDate, found, passages.Select(p => p.Quotation)) is { } day)
            {
                saidOn[i] = new EventDate { Value = day, Basis = DateBasis.Inferred, ResolvedAgainst = day };
            }
        }

        var statements = new List<Statement>();
        var drafted = new List<DraftedPassage>();
        for (var i = 0; i < passages.Count; i++)
        {
            var (quotation, speaker, speakerId) = passages[i];
            var previous = statements.Count > 0 ? statements[^1] : null;
            if (previous is not null && i > 0 && Paragraph(text, passages[i - 1].Quotation.Start) == Paragraph(text, quotation.Start) && previous.SpeakerId == speakerId)
            {
                statements[^1] = previous with { Quotations = [.. previous.Quotations, quotation] };
            }
            else
            {
                statements.Add(new Statement
                {
                    Id = $"statement-{statements.Count + 1}",
                    SpeakerId = speakerId,
                    SaidOn = saidOn[i],
                    SourceId = sourceId,
                    Quotations = [quotation],
                    Paraphrase = "TODO: say what this statement does (proposes, answers, claims, announces), and model it as a proposal, reaction, claim, meeting or agreement; then replace this paraphrase with a summary or remove it.",
                });
            }

            drafted.Add(new DraftedPassage { Quotation = quotation, Speaker = speaker?.Wording ?? speaker?.Name, StatementId = statements[^1].Id });
        }

        var reportedSpeech = new List<DraftedReportedSpeech>();
        foreach (var (start, end, speaker) in reported)
        {
            var sentenceStart = start + (text[start..end].Length - text[start..end].TrimStart().Length);
            var sentence = text[sentenceStart..end].TrimEnd();
            var id = $"statement-{statements.Count + 1}";
            statements.Add(new Statement
            {
                Id = id,
                SpeakerId = actors.IdOf(speaker, sentence),
                SaidOn = SaidOn(text, sentenceStart, sentenceStart, reportDate, found),
                SourceId = sourceId,
                Paraphrase = string.Create(CultureInfo.InvariantCulture, $"TODO: reported speech at {sentenceStart}–{sentenceStart + sentence.Length} of the report; say in your own words what was said (the report: “{(sentence.Length > 160 ? sentence[..157] + "..." : sentence)}”), or remove this statement."),
            });
            reportedSpeech.Add(new DraftedReportedSpeech { Start = sentenceStart, Length = sentence.Length, Speaker = speaker.Name, StatementId = id });
        }

        var diplomaticEvent = new DiplomaticEvent
        {
            Id = "draft-" + Text.EventText.Day(reportDate),
            Title = title.Length > 0 ? title : "TODO: a title",
            Date = EventDate.Stated(reportDate),
            Sources =
            [
                new SourceDocument
                {
                    Id = sourceId,
                    PublishedOn = reportDate,
                    Language = options.Language,
                    Sha256 = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant(),
                },
            ],
            Actors = [.. actors.Actors],
            Statements = [.. statements],
        };

        // "Today" in a quotation is counted from the day its words were said; in the sentence that reports it, too, when
        // that sentence gives the saying no day of its own ("he said, when asked about talks expected to start tomorrow").
        DateOnly? AnchorAt(int position)
        {
            for (var i = 0; i < passages.Count; i++)
            {
                var q = passages[i].Quotation;
                if (position >= q.Start && position < q.Start + q.Length && saidOn[i].Granularity == DateGranularity.Day)
                {
                    return saidOn[i].Value;
                }
            }

            for (var i = 0; i < passages.Count; i++)
            {
                if (position >= saidIn[i].Start && position < saidIn[i].End && saidOn[i] is { Basis: DateBasis.Inferred, Granularity: DateGranularity.Day })
                {
                    return saidOn[i].Value;
                }
            }

            return null;
        }

        return new Draft
        {
            Event = diplomaticEvent,
            Passages = [.. drafted],
            ReportedSpeech = [.. reportedSpeech],
            Dates = TimeExpressions.Find(text, reportDate, AnchorAt),
            ReportDate = reportDate,
            Dateline = header.Place,
        };
    }

    /// <summary>
    /// The day (and time) a passage or a sentence of reported speech was said: the time expression attached to the
    /// speech verb around it ("said on Friday", "told parliament on Monday at 5:25 pm", "Sorrel on Thursday gave"),
    /// else the report's date, inferred.
    /// </summary>
    private static EventDate SaidOn(string text, int start, int end, DateOnly reportDate, IReadOnlyList<DraftedDate> dates)
    {
        var (sentenceStart, stop) = SentenceAround(text, start, end);

        var verbs = Attribution.SpeechVerbs().Matches(text[sentenceStart..stop]).Where(v => sentenceStart + v.Index < start - 1 || sentenceStart + v.Index >= end).Select(v => (Start: sentenceStart + v.Index, End: sentenceStart + v.Index + v.Length)).ToList();
        DraftedDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in dates)
        {
            if (date.Date is not { Granularity: DateGranularity.Day } || date.Start < sentenceStart || date.Start >= stop || (date.Start >= start && date.Start < end))
            {
                continue;
            }

            foreach (var (verbStart, verbEnd) in verbs)
            {
                var distance = date.Start >= verbEnd ? date.Start - verbEnd : verbStart - (date.Start + date.Text.Length) + 20;
                var between = date.Start >= verbEnd ? text[verbEnd..date.Start] : text[Math.Min(verbStart, date.Start + date.Text.Length)..verbStart];
                // A day after a future word belongs to what is planned, not to the saying ("said, when asked about talks expected to start tomorrow").
                if (distance >= 0 && distance < bestDistance && distance <= 45 && between.IndexOfAny(['\u201C', '\u201D', '"', ';']) < 0
                    && !(date.Start >= verbEnd && TimeExpressions.Future().IsMatch(between.ToLowerInvariant())))
                {
                    best = date;
                    bestDistance = distance;
                }
            }
        }

        return best?.Date ?? EventDate.InferredFrom(reportDate);
    }

    /// <summary>The sentence around a passage: from the start of the sentence it stands in to the end of the sentence it ends in.</summary>
    private static (int Start, int End) SentenceAround(string text, int start, int end)
    {
        var sentenceStart = TimeExpressions.SentenceStartOf(text, Math.Max(0, start - 1));
        var stop = end;
        while (stop < text.Length && text[stop] != '\n' && !(text[stop] is '.' or '!' or '?' && (stop + 1 == text.Length || char.IsWhiteSpace(text[stop + 1]))))
        {
            stop++;
        }

        return (sentenceStart, stop);
    }

    /// <summary>
    /// The day of a statement whose speech verb carries none: the last day the text gave before its sentence, outside
    /// quotations ("The ministers ended their meeting Wednesday. … “We saw progress today,” said Steinmeier": Wednesday),
    /// when that day is in the week up to the report's date (the days the report's news is about); else none, and the
    /// report's date stands.
    /// </summary>
    private static DateOnly? DayLastGiven(int sentenceStart, DateOnly reportDate, IReadOnlyList<DraftedDate> dates, IEnumerable<Quotation> quotations)
    {
        var quoted = quotations.Select(q => (q.Start, End: q.Start + q.Length)).ToList();
        DateOnly? day = null;
        foreach (var date in dates)
        {
            if (date.Start >= sentenceStart)
            {
                break;
            }

            if (date.Date is { Granularity: DateGranularity.Day, End: null, Modifier: null } given && given.Value <= reportDate && given.Value >= reportDate.AddDays(-7)
                && !quoted.Exists(q => date.Start >= q.Start && date.Start < q.End))
            {
                day = given.Value;
            }
        }

        return day;
    }

    /// <summary>Whether a passage stands in a headline or subhead: a line of under 200 characters that ends with no full stop (nor with a quotation mark after one).</summary>
    private static bool InAHeadline(string text, QuotedSpan span)
    {
        var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', span.Start);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd().TrimEnd('"', '\u201D', '\u2019', '\'', '\u00BB');
        return line.Length < 200 && !line.EndsWith('.') && !line.EndsWith('!') && !line.EndsWith('?');
    }

    /// <summary>Whether a passage follows "so-called": the writer's marks around a name others use.</summary>
    private static bool ScareQuoted(string text, QuotedSpan span) =>
        text.AsSpan(0, Math.Max(0, span.Start - 1)).TrimEnd().EndsWith("so-called", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a passage is a paragraph of its own (“…” and nothing else): it goes on with the words of the passage before it.</summary>
    private static bool FillsItsLine(string text, QuotedSpan span)
    {
        var lineStart = span.Start - 1 <= 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', span.End);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var rest = text[Math.Min(lineEnd, span.End + 1)..lineEnd];
        var sentence = text[span.Start..span.End].TrimEnd().EndsWith('.') || rest.TrimStart().StartsWith('.');
        return sentence && text[lineStart..Math.Max(lineStart, span.Start - 1)].Trim().Length == 0 && rest.All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c));
    }

    private static int Paragraph(string text, int position) => text.AsSpan(0, position).Count('\n');

    /// <summary>The line a draft may start with to give the report's date and title: <c>date 2025-05-11 Putin proposes talks</c>.</summary>
    [GeneratedRegex(@"^\s*date (?<date>\d{4}-\d{2}-\d{2})(?<title>[^\n]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportDateLine();
}
