using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PeaceModel.Authoring;

/// <summary>
/// Drafts an event from a news report: the source with its SHA-256 and date, every quoted passage with
/// its exact offsets, one statement per utterance with the speaker found from the attribution around
/// the quote ("X said", "said X", "X told reporters", "X wrote", "according to X", "he"/"she" for the
/// last speaker), speakers as actor stubs (matched against known actors), and the day each statement
/// was made where the attribution says it ("on Monday", "yesterday"). It invents nothing: what it
/// cannot decide is a placeholder starting with <c>TODO:</c>, which validation reports
/// (<see cref="Validation.ErrorCodes.DraftPlaceholder"/>) with what to fill in.
/// </summary>
/// <example>
/// <code>
/// var draft = ReportDrafter.Draft(File.ReadAllText("report.txt"), new DraftOptions { KnownActors = earlier.Actors });
/// File.WriteAllText("report.json", PeaceModelJson.Serialize(draft.Event));
/// </code>
/// </example>
public static partial class ReportDrafter
{
    private const string Name = @"[A-Z][\p{L}’'\.-]+(?:\s+[A-Z][\p{L}’'\.-]+)*";
    private const string Verb = @"(?:said|says|told|wrote|added|called|calls|proposed|urged|denied)";

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "its", "their", "president", "prime", "minister", "deputy", "defence", "defense", "foreign", "interior",
        "secretary-general", "secretary", "general", "spokesman", "spokeswoman", "spokesperson", "government", "presidential",
        "special", "envoy", "chancellor", "king", "queen", "u.s.", "also", "then", "later", "readout", "statement",
    };

    private static readonly HashSet<string> OrganizationNouns = new(StringComparer.Ordinal)
    {
        "presidency", "ministry", "government", "delegation", "office", "council", "parliament", "army", "military",
    };

    /// <summary>Drafts an event from a report.</summary>
    /// <param name="text">The report (UTF-8 text; a first line <c> date YYYY-MM-DD title</c> is optional).</param>
    /// <param name="options">The report's date when the text has none, its language, and known actors.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The text has no date line and <see cref="DraftOptions.ReportDate"/> is not given, or its date line holds no valid date.</exception>
    public static Draft Draft(string text, DraftOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var dateLine = ReportDateLine().Match(text);
        DateOnly reportDate;
        if (!dateLine.Success)
        {
            reportDate = options.ReportDate ?? throw new ArgumentException("The text has no ' date YYYY-MM-DD' first line; give the report's date.", nameof(options));
        }
        else if (!DateOnly.TryParseExact(dateLine.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out reportDate))
        {
            throw new ArgumentException($"The first line gives '{dateLine.Groups["date"].Value}', which is no date; write it YYYY-MM-DD.", nameof(text));
        }
        var title = dateLine.Success ? dateLine.Groups["title"].Value.Trim() : FirstLine(text);
        var sourceId = "report-" + Text.EventText.Day(reportDate);

        var actors = new ActorBook(options.KnownActors);
        var passages = new List<(Quotation Quotation, string? Speaker, int Paragraph, int Sentence)>();
        var speakerIds = new List<string>();
        string? lastSpeaker = null;
        foreach (var (start, end) in Quotes(text))
        {
            var enclosing = passages.Count > 0 && passages[^1].Quotation.Start < start && start < passages[^1].Quotation.Start + passages[^1].Quotation.Length;
            var speaker = enclosing ? passages[^1].Speaker : Attribute(text, start, end, passages.Count > 0 ? passages[^1] : default, lastSpeaker, actors.Knows);
            if (speaker is not null)
            {
                lastSpeaker = speaker;
            }

            var quotation = new Quotation { Text = text[(start + 1)..end], Start = start + 1, Length = end - start - 1 };
            passages.Add((quotation, speaker, Paragraph(text, start), SentenceStart(text, start)));
            speakerIds.Add(actors.IdOf(speaker, quotation.Text));
        }

        // Other people named with an office ("Defence Minister Ivo Rask"), and known actors named in the text, become actors too.
        foreach (Match named in TitledPerson().Matches(text))
        {
            actors.Mention(named.Groups["name"].Value, named.Groups["title"].Value);
        }

        actors.MentionKnown(text);

        var statements = new List<Statement>();
        var drafted = new List<DraftedPassage>();
        for (var i = 0; i < passages.Count; i++)
        {
            var (quotation, speaker, paragraph, _) = passages[i];
            var previous = statements.Count > 0 ? statements[^1] : null;
            var speakerId = speakerIds[i];
            if (previous is not null && i > 0 && passages[i - 1].Paragraph == paragraph && previous.SpeakerId == speakerId)
            {
                statements[^1] = previous with { Quotations = [.. previous.Quotations, quotation] };
            }
            else
            {
                statements.Add(new Statement
                {
                    Id = $"statement-{statements.Count + 1}",
                    SpeakerId = speakerId,
                    SaidOn = SaidOn(text, quotation, reportDate),
                    SourceId = sourceId,
                    Quotations = [quotation],
                    Paraphrase = "TODO: say what this statement does (proposes, answers, claims, announces), and model it as a proposal, reaction, claim, meeting or agreement; then replace this paraphrase with a summary or remove it.",
                });
            }

            drafted.Add(new DraftedPassage { Quotation = quotation, Speaker = speaker, StatementId = statements[^1].Id });
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
        return new Draft { Event = diplomaticEvent, Passages = [.. drafted], Dates = TimeExpressions.Find(text, reportDate) };
    }

    /// <summary>Every quoted passage: curly “…” and straight "…" double quotes, and a quotation nested in them in single quotes ‘…’.</summary>
    private static IEnumerable<(int Open, int Close)> Quotes(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] switch
            {
                '\u201C' => text.IndexOf('\u201D', i + 1),
                '"' => text.IndexOf('"', i + 1),
                _ => -1,
            };
            var newline = text.IndexOf("\n\n", i + 1, StringComparison.Ordinal);
            if (close > i + 1 && (newline < 0 || close < newline))
            {
                yield return (i, close);

                // A quotation nested in single quotes (‘bloodbath’) is a passage of its own, said by the same speaker.
                for (var inner = text.IndexOf('\u2018', i + 1); inner > 0 && inner < close; inner = text.IndexOf('\u2018', inner + 1))
                {
                    var innerClose = text.IndexOf('\u2019', inner + 1);
                    if (innerClose > inner + 1 && innerClose < close)
                    {
                        yield return (inner, innerClose);
                    }
                }

                i = close;
            }
        }
    }

    /// <summary>Finds who said a passage: after it ("…,” X said), before it in its sentence (X said “…”), or the last speaker for a pronoun or a passage that continues the last one.</summary>
    private static string? Attribute(string text, int open, int close, (Quotation Quotation, string? Speaker, int Paragraph, int Sentence) previous, string? lastSpeaker, Func<string, bool> isKnown)
    {
        var after = text[(close + 1)..Math.Min(text.Length, close + 120)];
        var cut = after.IndexOfAny(['.', '\n', '\u201C']);
        after = cut >= 0 ? after[..cut] : after;
        if (AfterPronoun().IsMatch(after))
        {
            return lastSpeaker;
        }

        if (AfterSaidName().Match(after) is { Success: true } saidName)
        {
            return Clean(saidName.Groups["name"].Value);
        }

        if (AfterNameSaid().Match(after) is { Success: true } nameSaid && Clean(nameSaid.Groups["phrase"].Value) is { } subject)
        {
            return subject;
        }

        var sentenceStart = SentenceStart(text, open);
        var before = text[sentenceStart..open];
        if (string.IsNullOrWhiteSpace(before))
        {
            // A passage that opens its sentence without an attribution continues the previous speaker's words ("…,” Putin said. “…”).
            return previous.Quotation is not null && previous.Paragraph == Paragraph(text, open) ? previous.Speaker : null;
        }

        if (BeforeSaidName().Matches(before) is { Count: > 0 } saidNames)
        {
            return Clean(saidNames[^1].Groups["name"].Value);
        }

        if (AccordingTo().Match(before) is { Success: true } according && Clean(according.Groups["phrase"].Value) is { } source)
        {
            return source;
        }

        foreach (var match in BeforeNameVerb().Matches(before).Reverse())
        {
            var phrase = match.Groups["phrase"].Value;
            if (Pronoun().IsMatch(phrase) || PronounLast().IsMatch(phrase))
            {
                // "Putin dismissed what he called": a speaker named earlier in the sentence; else the last speaker.
                var named = KnownName().Matches(before[..(match.Index + match.Groups["phrase"].Length)]).Select(m => Clean(m.Value)).LastOrDefault(n => n is not null && isKnown(n));
                return named ?? lastSpeaker;
            }

            if (Clean(phrase) is { } name)
            {
                return name;
            }
        }

        if (AppositiveSaid().Matches(before) is { Count: > 0 } appositives)
        {
            return Clean(appositives[^1].Groups["name"].Value);
        }

        // The sentence's subject: "Zelensky, in a statement posted to X, called …", "Oskaria signed …, saying …".
        var opening = DatelinePrefix().Replace(before, string.Empty);
        return SubjectAtStart().Match(opening) is { Success: true } subjectMatch ? Clean(subjectMatch.Groups["phrase"].Value) : null;
    }

    /// <summary>A name without the titles, possessives and lower-case words around it: "Keldor’s Defence Minister Ivo Rask" → "Ivo Rask"; "The Quell presidency’s readout" → "Quell presidency".</summary>
    private static string? Clean(string phrase)
    {
        var words = phrase.Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var readout = words.FindIndex(w => w.EndsWith("’s", StringComparison.Ordinal) && !char.IsUpper(w[0]));
        if (readout > 0)
        {
            // "the Aramorian presidency’s readout": the body whose readout it is.
            words = [.. words.Take(readout), words[readout][..^2]];
        }

        var kept = new List<string>();
        foreach (var word in words)
        {
            var bare = word.TrimEnd('’', '\'');
            if (TitleWords.Contains(bare) || bare.EndsWith("’s", StringComparison.Ordinal) || bare.EndsWith("'s", StringComparison.Ordinal))
            {
                kept.Clear();
                continue;
            }

            kept.Add(bare);
        }

        while (kept.Count > 0 && !char.IsUpper(kept[0][0]))
        {
            kept.RemoveAt(0);
        }

        // The name is the run of capitalized words, with an organization's noun after it ("Quell presidency").
        var run = kept.TakeWhile(w => char.IsUpper(w[0])).Count();
        if (run < kept.Count && run > 0 && OrganizationNouns.Contains(kept[run]))
        {
            run++;
        }

        kept = [.. kept.Take(run)];

        var name = string.Join(' ', kept);
        return kept.Count == 0 || kept.Count > 4 || name.Length < 2 ? null : name;
    }

    private static EventDate SaidOn(string text, Quotation quotation, DateOnly reportDate)
    {
        // The words around the passage, not the passage itself ("Today we stop counting" is no date of the saying).
        var start = SentenceStart(text, quotation.Start - 1);
        var end = text.IndexOfAny(['.', '\n'], quotation.Start + quotation.Length + 1);
        var around = (DatelinePrefix().Replace(text[start..Math.Max(start, quotation.Start - 1)], string.Empty) + " " + text[(quotation.Start + quotation.Length)..(end < 0 ? text.Length : end)]).ToLowerInvariant();
        if (SaidWhen().Match(around) is not { Success: true } when)
        {
            return EventDate.InferredFrom(reportDate);
        }

        var word = when.Groups["day"].Value;
        var offset = word switch { "yesterday" => -1, "today" => 0, _ => -TimeExpressions.DaysBack(reportDate, Array.IndexOf(TimeExpressions.Weekdays, word)) };

        // Said on a weekday: the last such day on or before the report's date (what was said is past).
        return EventDate.Relative(reportDate.AddDays(offset), word is "yesterday" or "today" ? word : "on " + word, reportDate);
    }

    private static int SentenceStart(string text, int position)
    {
        for (var i = position - 1; i > 0; i--)
        {
            if (text[i] == '\n' || (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && text[i - 1] != '\u201D'))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int Paragraph(string text, int position) => text.AsSpan(0, position).Count("\n\n");

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();


    /// <summary>When the saying happened, attached to the speech verb: "said on Friday", "told parliament on Monday", "Sorrel on Thursday gave", "said yesterday".</summary>
    [GeneratedRegex(@"(?:\b(?:said|says|told(?:\s+[\p{L}]+){0,2}|wrote|added|announced|asked about[^,]*)\s+(?:on\s+)?|^\W*[\p{L}’']+(?:\s+[\p{L}’']+)?\s+on\s+)(?<day>sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|today)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaidWhen();

    [GeneratedRegex(@"\b(?<title>(?:Deputy )?(?:Prime Minister|Foreign Minister|Defence Minister|Defense Minister|Interior Minister|President|Secretary-General|[Ss]pokes(?:man|woman)|[Ee]nvoy|Chancellor))(?:,| of (?:the )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)*,)?\s+(?<name>[A-Z][\p{L}’'-]+\s+[A-Z][\p{L}’'-]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitledPerson();

    /// <summary>The line a draft may start with to give the report's date and title: <c>date 2025-05-11 Putin proposes talks</c>.</summary>
    [GeneratedRegex(@"^\s*date (?<date>\d{4}-\d{2}-\d{2})(?<title>[^\n]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportDateLine();

    [GeneratedRegex(@"^[\s,]*(?:he|she)\s+" + Verb + @"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterPronoun();

    [GeneratedRegex(@"^[\s,]*(?:said|wrote|added)\s+(?<name>" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex AfterSaidName();

    [GeneratedRegex(@"^[\s,]*(?<phrase>[^,;:]{1,80}?)\s+(?:said|told|wrote|added)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AfterNameSaid();

    [GeneratedRegex(@"[\u201D""]\s*said\s+(?<name>" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeSaidName();

    [GeneratedRegex(@"\b[Aa]ccording to (?<phrase>[^,“]{2,80})", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"(?<phrase>(?:\b[\p{L}’'\.-]+\s+){0,5}?)" + Verb + @"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BeforeNameVerb();

    [GeneratedRegex(@"^\s*(?:he|she)\s*(?:also\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(?:he|she)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PronounLast();

    [GeneratedRegex(Name, RegexOptions.CultureInvariant)]
    private static partial Regex KnownName();

    [GeneratedRegex(@"(?<name>[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)+),\s+(?:said|called)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveSaid();

    /// <summary>A wire-style dateline before the first sentence: <c>KYIV — </c>.</summary>
    [GeneratedRegex(@"^\s*(?:[A-Z][A-Z ]+\s+—\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix();

    [GeneratedRegex(@"^\s*(?<phrase>(?:[\p{L}’'\.-]+\s+){0,5}?[A-Z][\p{L}’'\.-]+(?:\s+[A-Z][\p{L}’'\.-]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectAtStart();
}
