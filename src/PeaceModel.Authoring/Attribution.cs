using System.Globalization;
using System.Text.RegularExpressions;

namespace PeaceModel.Authoring;

/// <summary>
/// Finds who says each quoted passage and each sentence of reported speech, reading the report once in
/// order. The attribution patterns, in the order they are tried:
/// <list type="number">
/// <item>after the passage, a pronoun and a speech verb ("…,” he added): the last person named as speaking (coreference);</item>
/// <item>after the passage, a speech verb and who ("…,” said the US Department of State);</item>
/// <item>after the passage, who and a speech verb ("…,” the Russian Defense Ministry said);</item>
/// <item>the end of the sentence, who after a comma and a speech verb ("… “…” that must be condemned, Woodward added.");</item>
/// <item>before it in its sentence, "according to" who;</item>
/// <item>before it in its sentence, who and a speech verb (X said: “…”; X, who met Y, told CNN that “…”);</item>
/// <item>a headline's speaker after a colon or a dash ("‘…’: India abstains", "‘…’ — UN envoy");</item>
/// <item>a pronoun and a speech verb opening the next sentence, when the passage ends its own (“… peace.” He added that …);</item>
/// <item>a passage opening a sentence with none of these, or filling a paragraph: the words of the previous passage's speaker, else of the speaker of reported speech earlier in the paragraph;</item>
/// <item>the subject of the sentence ("X, in a statement posted on Y, called …", "X criticized …, saying “…”"), or of its main clause after an opening phrase ("In the draft, which …, X painted a picture … “…”").</item>
/// </list>
/// A statement's issuer is its speaker ("said an online statement of the Russian Foreign Ministry"; "the statement said": the body last named).
/// Who is named is read by <see cref="Phrase(string, int)"/>: a person's name after any title, a state, an international
/// organization or a body of government from the <see cref="Gazetteer"/>, a group, or a title alone that
/// stands for a person named elsewhere; an outlet is never a speaker.
/// </summary>
internal sealed partial class Attribution
{
    /// <summary>The speech verbs, declared once for every pattern.</summary>
    private const string Verb = @"(?:said|says|say|told|tells|added|adds|continued|wrote|writes|stated|states|noted|notes|stressed|emphasi[sz]ed|insisted|warned|declared|explained|asked|replied|urged|called|calls|announced|tweeted|posted|commented|remarked|argued|pointed out|confirmed|denied|proposed|acknowledged|underlined|cautioned|vowed|pledged|demanded|described|accused|reiterated|recalled|admitted|suggested|spoke|promised|critici[sz]ed)";

    /// <summary>Someone putting out a statement: "issued a statement", "released a written statement".</summary>
    private const string IssuedAStatement = @"\b(?:issued|released|put out|published)\s+a\s+(?:written\s+)?statement";

    /// <summary>What masks a quoted passage with its marks in <see cref="masked"/>, so that sentences and phrases are read around quotations.</summary>
    private const char QuoteMask = '\u00A4';

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "No", "Sen", "Rep", "Gov", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "Jr", "Sr", "Prof", "Amb" };

    private readonly string text;
    private readonly string masked;
    private readonly HashSet<string> lowerWords;
    private readonly List<(int Position, Speaker Speaker)> mentions = [];
    private readonly List<(int Position, Speaker Speaker)> subjects = [];
    private readonly List<(int Position, Speaker Speaker)> people = [];

    public Attribution(string text, IReadOnlyList<QuotedSpan> spans, int datelineStart, int bodyStart)
    {
        this.text = text;
        var chars = text.ToCharArray();
        foreach (var span in spans.Where(s => !s.Nested))
        {
            var end = span.Continued ? span.End - 1 : Math.Min(text.Length - 1, span.End); // a continued passage has no closing mark: its line break stays
            for (var i = Math.Max(0, span.Start - 1); i <= end && i < chars.Length; i++)
            {
                chars[i] = QuoteMask;
            }
        }

        for (var i = datelineStart; i < bodyStart && i < chars.Length; i++)
        {
            chars[i] = chars[i] == '\n' ? '\n' : ' '; // the dateline names no speaker
        }

        // The full stop of an honorific ("Ms. Rask said", "Amb. Vos") ends no phrase: read as "Ms  Rask".
        foreach (Match honorific in Honorific().Matches(text))
        {
            chars[honorific.Index + honorific.Length - 1] = ' ';
        }

        // An acronym written with full stops ("U.S.", "U.N.") inside a phrase ends none: read as "US  ", "UN  ".
        foreach (Match acronym in DottedAcronym().Matches(text))
        {
            var letters = acronym.Value.Replace(".", string.Empty, StringComparison.Ordinal);
            for (var i = 0; i < acronym.Length; i++)
            {
                chars[acronym.Index + i] = i < letters.Length ? letters[i] : ' ';
            }
        }

        masked = new string(chars);
        lowerWords = [.. WordPattern().Matches(masked).Select(m => m.Value).Where(w => char.IsLower(w[0]))];
    }

    /// <summary>The sentences of the text in order (start, end), read on the masked text so that a full stop inside a quotation ends none.</summary>
    public IEnumerable<(int Start, int End)> Sentences()
    {
        var start = 0;
        for (var i = 0; i < masked.Length; i++)
        {
            if (masked[i] == '\n' || (masked[i] is '.' or '!' or '?' && EndsSentence(i)) || QuotationEndsSentence(i))
            {
                if (i > start)
                {
                    yield return (start, masked[i] == '\n' ? i : i + 1);
                }

                start = i + 1;
            }
        }

        if (start < masked.Length)
        {
            yield return (start, masked.Length);
        }
    }

    /// <summary>The body that issued a statement ("the statement said") or speaks through an unnamed spokesperson ("a spokesperson said in a statement") when the text names it only nearby: <see cref="Issuer"/> names it.</summary>
    public static readonly Speaker UnnamedIssuer = new("the issuing body", ActorKind.Government) { Pending = true };

    /// <summary>How far (UTF-16 code units) from words credited to a statement or an unnamed spokesperson the body that issued them is looked for.</summary>
    private const int IssuerReach = 1200;

    /// <summary>
    /// The body that issued words credited to a statement or to an unnamed spokesperson at a position: the government body or
    /// international organization named nearest to it, before or after, as speaking or as a sentence's subject ("“…,” a
    /// spokesperson said in a statement. … The president's press service said …": the press service); <see langword="null"/>
    /// when none is named within reach (never a person, never the last person named).
    /// </summary>
    public Speaker? Issuer(int position) =>
        mentions.Concat(subjects)
            .Where(m => !m.Speaker.Pending && m.Speaker.Kind is ActorKind.Government or ActorKind.InternationalOrganization && Math.Abs(m.Position - position) <= IssuerReach)
            .OrderBy(m => Math.Abs(m.Position - position)).Select(m => m.Speaker).FirstOrDefault();

    /// <summary>The last speaker named as speaking before a position, quoted or reported ("Ness said the talks failed."), or <see langword="null"/>.</summary>
    public Speaker? LastSpeakerBefore(int at) => mentions.LastOrDefault(m => m.Position < at && !m.Speaker.Pending).Speaker;

    /// <summary>
    /// The person a title alone stands for when the report names them with that title only further on ("‘…’ says Qatari
    /// Foreign Minister" over a body that names "Foreign Minister Sheikh Mohammed …"): the first person named after the
    /// position with a title that holds the same office and agrees in its names; <see langword="null"/> when there is none.
    /// </summary>
    public Speaker? NamedLater(Speaker titleOnly, int at)
    {
        if (titleOnly is not { ByTitleOnly: true, Kind: ActorKind.Person })
        {
            return null;
        }

        var words = Words(titleOnly.Title ?? titleOnly.Name);
        var head = words.FindLastIndex(w => Gazetteer.PersonHeads.Contains(w));
        if (head < 0)
        {
            return null;
        }

        var titleNames = words.Take(head).Where(w => char.IsUpper(w[0]) && !Gazetteer.TitleWords.Contains(w)).ToList();
        return people.Concat(mentions).Where(m => m.Position > at && m.Speaker is { Kind: ActorKind.Person, ByTitleOnly: false, Title: { } title }
                && Words(title).Contains(words[head], StringComparer.OrdinalIgnoreCase) && TitlesAgree(titleNames, title))
            .OrderBy(m => m.Position).Select(m => m.Speaker).FirstOrDefault();
    }

    /// <summary>
    /// Who says a quotation nested in another: whoever the outer speaker quotes, named before it inside the outer quotation
    /// ("… The American president says: ‘…’" is the American president's); "I" or "we", or no one named (words the outer
    /// speaker calls so), the outer speaker; someone the text does not name ("they say: ‘…’"), nobody (<see langword="null"/>).
    /// </summary>
    public Speaker? Nested(QuotedSpan outer, QuotedSpan inner, Speaker? outerSpeaker)
    {
        var before = text[outer.Start..Math.Max(outer.Start, inner.Start - 1)];
        var sentence = before.LastIndexOfAny(['.', '!', '?', '\n']) + 1;
        before = before[sentence..];
        if (NestedIntroducer().Match(before) is not { Success: true } introducer)
        {
            return outerSpeaker; // words the outer speaker calls so, with no one named as saying them
        }

        var who = before[..introducer.Index].TrimEnd();
        var pronoun = who.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).LastOrDefault(w => w is "i" or "we" or "he" or "she" or "they" or "you" or "it");
        if (who.Length == 0 || pronoun is "i" or "we")
        {
            return outerSpeaker;
        }

        if (pronoun is not null)
        {
            return null; // someone the outer speaker does not name here
        }

        var quoted = Phrase(Tail(who), outer.Start + sentence, resolveTitles: false);
        return quoted is null || quoted == outerSpeaker || quoted.Pending ? null : quoted;
    }

    /// <summary>Notes the people a sentence names with an office ("Defence Minister Ivo Rask"), for pronouns and titles later on.</summary>
    public IEnumerable<Speaker> NoteTitledPeople(int start, int end)
    {
        foreach (Match named in TitledPerson().Matches(masked[start..end]))
        {
            var verb = SpeechVerbs().Match(named.Value);
            var phrase = verb.Success ? named.Value[..verb.Index] : named.Value;
            // "South Korean President Moon Jae-in": the state the words before the office name is part of the title.
            if (StateBefore().Match(masked[start..(start + named.Index)]) is { Success: true } state && Gazetteer.State(state.Groups["s"].Value.Trim()) is not null)
            {
                phrase = state.Groups["s"].Value + phrase;
            }

            if (Phrase(phrase, start + named.Index) is { Kind: ActorKind.Person, ByTitleOnly: false } person)
            {
                people.Add((start + named.Index, person));
                yield return person;
            }
        }
    }

    /// <summary>Notes the subject of a sentence when it names a state or body ("Varsh denied the accusation."), for "its defence ministry" in the next.</summary>
    public void NoteSubject(int start, int end)
    {
        var first = masked[start..end].Split([',', ';', ':', QuoteMask, '(', '\u2014', '\u2013'], 2)[0];
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && Phrase(Cut(string.Join(' ', words.Take(Math.Min(4, words.Length - 1)))), start) is { ByTitleOnly: false, Pending: false } subject)
        {
            subjects.Add((start, subject));
        }
    }

    /// <summary>Who says a passage, or <see langword="null"/> when the report does not say; the speaker found becomes the last one named.</summary>
    public Speaker? Find(QuotedSpan span, Speaker? previousInParagraph)
    {
        var (sentenceStart, sentenceEnd) = SentenceAround(span.Start);
        var close = Math.Min(masked.Length, span.End + 1);
        var after = masked[close..Math.Max(close, sentenceEnd)];
        var nextQuote = after.IndexOf(QuoteMask, StringComparison.Ordinal);
        after = nextQuote >= 0 ? after[..nextQuote] : after;
        var lead = masked[sentenceStart..Math.Max(sentenceStart, span.Start - 1)];
        var lastMark = masked.LastIndexOf(QuoteMask, Math.Max(0, sentenceEnd - 1));
        var sentenceTail = lastMark + 1 < sentenceEnd && lastMark >= close ? masked[(lastMark + 1)..sentenceEnd] : string.Empty;
        if ((OutletSays(after) || OutletSays(sentenceTail)) && !SpeechVerbs().IsMatch(lead) && !Participle().IsMatch(lead) && !SpeechParticiple().IsMatch(lead))
        {
            // "Envoys have made “progress”, Egyptian state TV reported": words credited only to an outlet have no speaker (an outlet
            // is never one), also when another passage stands between ("X “courteously” handed over a letter …, KCNA said"); "X
            // criticized …, saying “…”, Reuters reported" is X's, whom the outlet quotes.
            return null;
        }

        var speaker = PassiveBy(span, after, close) ?? Relayed(span, sentenceStart) ?? After(after, close) ?? Closing(span, sentenceEnd) ?? Before(masked[sentenceStart..Math.Max(sentenceStart, span.Start - 1)], sentenceStart, previousInParagraph ?? ReportedInParagraph(sentenceStart));
        if (speaker is null && sentenceEnd < masked.Length && PronounVerb().Match(masked[sentenceEnd..Math.Min(masked.Length, sentenceEnd + 80)]) is { Success: true } nextSentence)
        {
            speaker = Coreferent(nextSentence.Groups["p"].Value, close); // “… peace.” He further added that …
        }
        if (speaker is not null)
        {
            mentions.Add((span.Start, speaker));
        }

        return speaker;
    }

    /// <summary>A sentence without quotation marks that reports what someone said ("The ministry said it would consider the offer"): its speaker, or <see langword="null"/>.</summary>
    public Speaker? ReportedSpeech(int start, int end)
    {
        var sentence = masked[start..end];
        if (sentence.Contains(QuoteMask, StringComparison.Ordinal) || !sentence.TrimEnd().EndsWith('.'))
        {
            return null;
        }

        var verb = ReportingVerb().Match(sentence);
        if (!verb.Success)
        {
            // Not reported speech ("…, Russia's Foreign Ministry told TASS."), but who speaks is named for what follows.
            if (SpeechVerbs().Match(sentence) is { Success: true } speech && Subject(sentence[..speech.Index], start) is { } named)
            {
                mentions.Add((start + speech.Index, named));
            }

            return null;
        }

        var speaker = Subject(sentence[..verb.Index], start);
        if (speaker is not null)
        {
            mentions.Add((start + verb.Index, speaker));
        }

        return speaker;
    }

    /// <summary>
    /// A sentence that ends with who said it after a comma ("… is “a naked aggression” that must be condemned, Woodward added.";
    /// "Kallia has made “specific proposals”, Foreign Minister Pavo Ness has said."; "…, Kallia's spokeswoman, Mira Tann, told
    /// reporters."): that speaker says every passage of the sentence.
    /// </summary>
    private Speaker? Closing(QuotedSpan span, int sentenceEnd)
    {
        var lastMark = masked.LastIndexOf(QuoteMask, Math.Max(0, sentenceEnd - 1));
        var from = Math.Max(Math.Min(masked.Length, span.End + 1), lastMark + 1);
        if (from >= sentenceEnd)
        {
            return null;
        }

        var tail = masked[from..sentenceEnd];
        return ClosingWho().Match(tail) is { Success: true } who && Phrase(who.Groups["np"].Value, from + who.Groups["np"].Index) is { } speaker && !(speaker.ByTitleOnly && speaker.Kind == ActorKind.Person && Coreferent("he", from) is null) ? speaker : null;
    }

    /// <summary>
    /// Words someone said that the sentence's closing speaker only relays: who and a speech verb just before the opening mark
    /// ("The Keldor leader said in response “…”, spokesman Ivo Rask told a briefing." is the leader's, not the spokesman's);
    /// <see langword="null"/> when the passage is not introduced so.
    /// </summary>
    private Speaker? Relayed(QuotedSpan span, int sentenceStart)
    {
        if (span.Nested || span.Start - 1 <= sentenceStart)
        {
            return null;
        }

        var before = masked[sentenceStart..(span.Start - 1)];
        if (before.Contains(QuoteMask, StringComparison.Ordinal) || DirectVerb().Match(before) is not { Success: true } verb)
        {
            return null;
        }

        return Subject(before[..verb.Index], sentenceStart) is { } speaker && !speaker.Pending ? speaker : null;
    }

    [GeneratedRegex(@"\b(?:saying|adding|noting|stressing|warning|insisting|telling|declaring|calling)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechParticiple();

    /// <summary>Whether the words after a passage credit it to an outlet that reports it ("…, Egyptian state TV reported Monday", "…, KCNA said, without …").</summary>
    private static bool OutletSays(string after) =>
        OutletVerb().Match(after) is { Success: true } outlet && Gazetteer.IsOutlet(outlet.Groups["np"].Value.Trim());

    /// <summary>The person who last made a statement before a position ("X, …, said in a statement that …"), for "the statement said" in a later paragraph; <see langword="null"/> when none is within reach.</summary>
    private Speaker? StatementMaker(int at)
    {
        var from = Math.Max(0, at - IssuerReach);
        var made = InAStatement().Matches(masked[from..at]);
        if (made.Count == 0)
        {
            return null;
        }

        var position = from + made[^1].Index;
        var sentence = SentenceAround(position);
        return mentions.LastOrDefault(m => m.Position >= sentence.Start && m.Position <= position + made[^1].Length && !m.Speaker.Pending).Speaker;
    }

    /// <summary>
    /// The person a possessive kin or role noun stands for ("his sister", "her aide"): the last person the text named with that
    /// noun before a position ("Ama Rask, the younger sister of the president, …"; "his envoy Ivo Rask"), or <see langword="null"/>.
    /// </summary>
    private Speaker? Relative(string noun, int at)
    {
        var before = text[..Math.Min(at, text.Length)];
        var named = new Regex(@"(?<name>\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,3}),\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\p{Ll}+\s+)?" + Regex.Escape(noun) + @"\b|\b" + Regex.Escape(noun) + @",?\s+(?<name>\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,3})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            .Matches(before);
        for (var i = named.Count - 1; i >= 0; i--)
        {
            if (Phrase(named[i].Groups["name"].Value, named[i].Groups["name"].Index) is { Kind: ActorKind.Person, ByTitleOnly: false } person)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>The speaker of the last sentence of reported speech in the paragraph before a position ("Zhang said that … . “An immediate ceasefire …”").</summary>
    private Speaker? ReportedInParagraph(int at)
    {
        var paragraphStart = at == 0 ? 0 : masked.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return mentions.LastOrDefault(m => m.Position >= paragraphStart && m.Position < at).Speaker;
    }

    /// <summary>Words called so by someone, named after "by" ("hailed as “historic” by Ambassador Ivo Rask"; "described as “…” by the ministry").</summary>
    private Speaker? PassiveBy(QuotedSpan span, string after, int at)
    {
        var opening = Math.Max(0, span.Start - 1);
        var lead = masked[Math.Max(0, opening - 40)..opening];
        return PassiveLead().IsMatch(lead) && ByWho().Match(after) is { Success: true } by && Phrase(Cut(by.Groups["np"].Value), at + by.Groups["np"].Index) is { } speaker ? speaker : null;
    }

    private Speaker? After(string after, int at)
    {
        if (PronounVerb().Match(after) is { Success: true } pronoun)
        {
            return Coreferent(pronoun.Groups["p"].Value, at);
        }

        if (LaterPronounVerb().Match(after) is { Success: true } laterPronoun)
        {
            return Coreferent(laterPronoun.Groups["p"].Value, at); // "…” or even discuss them, he said
        }

        if (DashWho().Match(after) is { Success: true } dash && Phrase(dash.Groups["np"].Value, at + dash.Groups["np"].Index) is { } dashSpeaker)
        {
            return dashSpeaker; // a headline: … ‘…’ — UN special envoy
        }

        if (HeadlineWho().Match(after) is { Success: true } headline && Phrase(headline.Groups["np"].Value, at + headline.Groups["np"].Index) is { } headlineSpeaker)
        {
            return headlineSpeaker; // a headline: “…”: India abstains from …
        }

        if (AfterAccordingTo().Match(after) is { Success: true } according && Phrase(Cut(according.Groups["np"].Value), at + according.Groups["np"].Index) is { } source)
        {
            return source; // "…,” according to a statement from the ministry.
        }

        if (QuotedAsAfter().Match(after) is { Success: true } quotedAs && Phrase(quotedAs.Groups["np"].Value, at + quotedAs.Groups["np"].Index) is { } quoted)
        {
            return quoted; // "…,” Rask was quoted as saying; "…,” the agency quoted Rask as saying.
        }

        if (DocumentReads().Match(after) is { Success: true } document && Phrase(document.Groups["np"].Value, at + document.Groups["np"].Index) is { } issuer)
        {
            return issuer; // "…,” the statement read.
        }

        if (VerbThenWho().Match(after) is { Success: true } verbWho && Phrase(Cut(verbWho.Groups["np"].Value), at + verbWho.Groups["np"].Index) is { } postposed)
        {
            return postposed;
        }

        if (WhoThenVerb().Match(after) is { Success: true } whoVerb && Phrase(whoVerb.Groups["np"].Value, at + whoVerb.Groups["np"].Index) is { } subject)
        {
            return subject;
        }

        return null;
    }

    private Speaker? Before(string before, int at, Speaker? previousInParagraph)
    {
        if (string.IsNullOrWhiteSpace(before.Replace(QuoteMask, ' ')))
        {
            // A passage that opens its sentence without an attribution continues the previous speaker's words ("…,” Putin said. “…”).
            return previousInParagraph;
        }

        if (AccordingTo().Matches(before) is { Count: > 0 } according && Phrase(Cut(according[^1].Groups["np"].Value), at + according[^1].Index) is { } source)
        {
            return source;
        }

        if (QuotedAs().Matches(before) is { Count: > 0 } quotedAs && Phrase(quotedAs[^1].Groups["np"].Value, at + quotedAs[^1].Groups["np"].Index) is { } quotedSpeaker)
        {
            return quotedSpeaker; // "The agency quoted Foreign Minister Ivo Rask as saying: “…”"
        }

        if (SpeechVerbs().Matches(before) is { Count: > 0 } verbs)
        {
            for (var v = verbs.Count - 1; v >= 0; v--)
            {
                if (Subject(before[..verbs[v].Index], at) is { } subject)
                {
                    return subject;
                }

                // "“…,” said Pieter Vos, spokesman …, adding that … “…”": the speaker after the verb that follows an earlier passage.
                if (before[..verbs[v].Index].TrimEnd(' ', ',', '.').EndsWith(QuoteMask)
                    && VerbThenWho().Match(before[verbs[v].Index..]) is { Success: true } postposed && Phrase(Cut(postposed.Groups["np"].Value), at + verbs[v].Index) is { } postposedSpeaker)
                {
                    return postposedSpeaker;
                }
            }
        }

        // "X released a statement saying it was ready to abide by an “immediate” truce": X.
        if (StatementSaying().Match(before) is { Success: true } statement && Subject(before[..statement.Index], at) is { } maker)
        {
            return maker;
        }

        // The sentence's subject: "Zelensky, in a statement posted to X, called …", "X criticized …, saying “…”".
        var first = before.Split([',', ';', ':', QuoteMask, '(', '\u2014', '\u2013'], 2)[0];
        var participle = Participle().IsMatch(before);
        if (!OpeningPreposition().IsMatch(first) && (participle || first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8) && Phrase(participle ? Tail(Cut(first)) : Cut(first), at) is { ByTitleOnly: false } named && named.Kind != ActorKind.Group)
        {
            return named;
        }

        // The subject of the main clause after an opening phrase, with a verb that is no speech verb: "In the draft, which her
        // country helped craft, Ivo Rask painted a picture … that was “…”"; "She upheld that the draft sends “…”".
        foreach (var clause in before.Split([',', ';', QuoteMask]).Take(4))
        {
            if (ClauseSubject().Match(clause) is { Success: true } subject && !subject.Groups["np"].Value.EndsWith("ing", StringComparison.Ordinal) && !Gazetteer.NotNames.Contains(subject.Groups["np"].Value)
                && (subject.Groups["p"].Success ? Coreferent(subject.Groups["p"].Value, at) : Phrase(subject.Groups["np"].Value, at)) is { ByTitleOnly: false } who && who.Kind is ActorKind.Person)
            {
                return who;
            }
        }

        return null;
    }

    /// <summary>The subject before a verb: the phrase just before it, else the one before an apposition or a relative clause (X, the envoy to Y, said; X, who met Y on Thursday, told …).</summary>
    private Speaker? Subject(string before, int at)
    {
        var segments = SegmentBreak().Split(before);
        for (int i = segments.Length - 1, tried = 0; i >= 0 && tried < 4; i--)
        {
            var segment = segments[i].Trim();
            var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            while (words.Length > 0 && words[0].ToLowerInvariant() is "and" or "but" or "or" or "while" or "as" or "also" or "then" or "meanwhile" or "however")
            {
                words = words[1..];
            }

            if (words.Length == 0)
            {
                continue;
            }

            tried++;
            if (words[0].ToLowerInvariant() is "who" or "whose" or "where" or "when")
            {
                continue; // a relative clause about the subject
            }

            if (words[0].ToLowerInvariant() is "which" or "that" or "what" or "whom")
            {
                words = words[1..]; // "…, which Lind called “…”": the relative clause's own subject
                if (words.Length == 0)
                {
                    continue;
                }
            }

            var offset = before.LastIndexOf(segment, StringComparison.Ordinal);
            if (Phrase(Tail(string.Join(' ', words)), at + Math.Max(0, offset)) is { } subject)
            {
                // "George Mitchell, the US envoy to the Middle East, said": the name before the title.
                if (subject.ByTitleOnly && i > 0 && Phrase(Tail(segments[i - 1].Trim()), at) is { Kind: ActorKind.Person, ByTitleOnly: false } person)
                {
                    return person with { Title = subject.Title };
                }

                return subject;
            }

            if (i == segments.Length - 1 && !string.IsNullOrWhiteSpace(segment) && !words[0].StartsWith("the", StringComparison.OrdinalIgnoreCase) && !words[0].StartsWith('a'))
            {
                return null; // the words just before the verb name nobody the drafter knows; an earlier phrase is not its subject
            }
        }

        return null;
    }

    /// <summary>The noun phrase at the end of a clause, without what follows it ("Kuleba on Monday" → "Kuleba") or what precedes it ("… days after the Korean People's Army" → "the Korean People's Army").</summary>
    private string Tail(string clause)
    {
        var phrase = TrailingAuxiliary().Replace(clause, string.Empty);
        for (var strip = TrailingAdverbial().Match(phrase); strip.Success && strip.Index > 0; strip = TrailingAdverbial().Match(phrase))
        {
            var stripped = Words(strip.Value);
            if (NameRun(stripped) is { } named && !stripped.Skip(named.Start).Take(named.Length).All(w => Gazetteer.NotNames.Contains(w)))
            {
                break; // "Representative in Geneva Ivo Rask": a name stands in it
            }

            phrase = phrase[..strip.Index];
        }

        var boundaries = ClauseBoundary().Matches(phrase);
        return boundaries.Count > 0 ? phrase[(boundaries[^1].Index + boundaries[^1].Length)..] : phrase;
    }

    /// <summary>
    /// Who a phrase names: a pronoun's last referent; a state, organization or body of government; a person's name after
    /// any title ("Deputy Permanent Representative to the United Nations Ivo Rask"); a group ("Arab foreign ministers");
    /// a title alone ("the Saudi foreign minister"), taken for the person named with it elsewhere when there is one.
    /// Outlets, dateline words and words that open sentences name nobody: <see langword="null"/>.
    /// </summary>
    public Speaker? Phrase(string phrase, int at) => Phrase(phrase, at, resolveTitles: true);

    /// <summary>Who a phrase names; with <paramref name="resolveTitles"/> false, a title alone is a person named by the title, never someone named elsewhere (inside a quotation, a title names whom the quoted speaker means, which the report's other names do not tell).</summary>
    private Speaker? Phrase(string phrase, int at, bool resolveTitles)
    {
        // "A statement released after a meeting of Arab League ministers": the body whose statement it is.
        var document = DocumentOf().Match(phrase);
        if (document.Success)
        {
            var rest = phrase[(document.Index + document.Length)..];
            var issuer = Phrase(rest, at);
            return issuer is { Kind: not ActorKind.Person } ? issuer : Entities(Words(rest)).FirstOrDefault(m => m is { ByTitleOnly: false }) ?? issuer;
        }

        var words = Words(Cut(phrase));
        while (words.Count > 0 && words[^1] == ",")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 1 && words[0].ToLowerInvariant() is "its" or "their" && Gazetteer.BodyNouns.Contains(words[^1])
            && subjects.LastOrDefault(m => m.Position < at && (m.Speaker.Kind != ActorKind.Person || !m.Speaker.Name.Contains(' ', StringComparison.Ordinal))).Speaker is { } itsOwner)
        {
            return new Speaker($"{itsOwner.Name} {string.Join(' ', words.Skip(1))}", ActorKind.Government); // "Its defence ministry" after "Varsh denied …"
        }

        // A comma ends a name ("The Secretary-General of the Maritime Council, Jonas Feld").
        if (words.Contains(",") && NameRun(words) is { } appositive && appositive.Start > 0 && words[appositive.Start - 1] == ",")
        {
            return new Speaker(string.Join(' ', words.Skip(appositive.Start).Take(appositive.Length)), ActorKind.Person, string.Join(' ', words.Take(appositive.Start - 1)));
        }

        words.RemoveAll(w => w == ",");
        var definite = words.Count > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase);
        var indefinite = words.Count > 0 && words[0].ToLowerInvariant() is "a" or "an";
        while (words.Count > 0 && words[0].ToLowerInvariant() is "the" or "a" or "an" or "and" or "but" or "while" or "also" or "then" or "its" or "their" or "his" or "her" or "as" or "both" or "meanwhile")
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && (words[^1].EndsWith("ly", StringComparison.Ordinal) && char.IsLower(words[^1][0]) || words[^1].ToLowerInvariant() is "also" or "then" or "again" or "further" or "later" or "had" or "has" or "have" or "was" or "is" or "would" or "will"))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || words.Count > 14)
        {
            return null;
        }

        var joined = string.Join(' ', words);
        if (words.Count == 1 && words[0].ToLowerInvariant() is "he" or "she" or "they" or "it" or "we")
        {
            return Coreferent(words[0], at);
        }

        // "his sister", "her aide": the person named earlier with that noun, never a person named so.
        if (Kin().Match(Cut(phrase).Trim()) is { Success: true } kin)
        {
            return Relative(kin.Groups["noun"].Value.ToLowerInvariant(), at);
        }

        // "a spokesperson for the Foreign Ministry", "a spokesman of the Kremlin": the body the spokesperson speaks for.
        var spokes = words.FindIndex(IsSpokesWord);
        if (spokes >= 0 && spokes + 2 < words.Count && words[spokes + 1].ToLowerInvariant() is "for" or "of" && NameRun(words[..spokes]) is null)
        {
            return Phrase(string.Join(' ', words.Skip(spokes + 2)), at) is { Kind: not ActorKind.Person } spokenFor ? spokenFor : UnnamedIssuer;
        }

        if (words.Count <= 2 && Documents().IsMatch(joined))
        {
            // "the statement said": whoever last said something "in a statement", else the body whose statement was last quoted,
            // else the one named nearby (not a resolution's "text").
            return StatementMaker(at) ?? Coreferent("it", at) ?? (joined.Contains("text", StringComparison.OrdinalIgnoreCase) ? null : UnnamedIssuer);
        }

        if (Gazetteer.IsOutlet(joined) || Gazetteer.IsRegion(joined))
        {
            return null;
        }

        // "The Ministry of Foreign Affairs of Japan", "the Embassy of Brazil": a body "of" a state, named as the report names it.
        if (BodyOfState().Match(joined) is { Success: true } bodyOf && Gazetteer.State(bodyOf.Groups["state"].Value) is { } stateOfBody)
        {
            return new Speaker($"{Gazetteer.Adjective(stateOfBody)} {bodyOf.Groups["body"].Value}", ActorKind.Government) { Wording = joined };
        }

        if (Gazetteer.Body(joined) is { } knownBody)
        {
            return new Speaker(knownBody, ActorKind.Government); // "the Korean People's Army" is a name, not a possessive
        }

        // A possessive: "Russia's Foreign Ministry", "the prime minister's office", "Keldor's Defence Minister Ivo Rask", "Iran's foreign minister", "the Quell presidency's readout".
        var possessive = words.FindIndex(w => (w.EndsWith("'s", StringComparison.Ordinal) && !w.Equals("People's", StringComparison.Ordinal)) || (w.Length > 2 && w.EndsWith("s'", StringComparison.Ordinal)));
        if (possessive >= 0 && possessive + 2 == words.Count && words[^1].ToLowerInvariant() is "statement" or "communique" or "communiqué" or "message" or "letter" or "post" or "tweet" or "remarks" or "words")
        {
            // "Poroshenko's statement says": the owner's words.
            var ownerText = words[possessive][..^2];
            return Phrase(string.Join(' ', words.Take(possessive).Append(ownerText)), at);
        }

        if (possessive >= 0)
        {
            var ownerWords = words.Take(possessive + 1).ToList();
            ownerWords[^1] = ownerWords[^1].EndsWith("'s", StringComparison.Ordinal) ? ownerWords[^1][..^2] : ownerWords[^1][..^1];
            var owner = string.Join(' ', ownerWords);
            var rest = words.Skip(possessive + 1).ToList();
            if (rest.Count > 0 && Gazetteer.BodyNouns.Contains(rest[^1]))
            {
                var restText = string.Join(' ', rest);
                return Gazetteer.State(owner) is { } state
                    ? new Speaker($"{Gazetteer.Adjective(state)} {TitleCase(restText)}", ActorKind.Government) { Wording = string.Join(' ', words) }
                    : new Speaker($"{TitleCase(restText)} of the {TitleCase(owner)}", ActorKind.Government) { Wording = string.Join(' ', words) };
            }

            if (rest.Count > 0 && (NameRun(rest) is { Length: > 1 } || Gazetteer.PersonHeads.Contains(rest[^1])))
            {
                var ownerState = Gazetteer.State(owner);
                words = ownerState is not null ? [Gazetteer.Adjective(ownerState), .. rest] : rest;
                joined = string.Join(' ', words);
            }
            else
            {
                return Gazetteer.IsOutlet(owner) ? null : Phrase(owner, at); // whose readout, whose words
            }
        }

        if (Gazetteer.Body(joined) is { } body)
        {
            return new Speaker(body, ActorKind.Government);
        }

        if (Gazetteer.Organization(joined) is { } organization)
        {
            return new Speaker(organization, ActorKind.InternationalOrganization);
        }

        if (Gazetteer.State(joined) is { } named && !IsAdjective(joined))
        {
            return new Speaker(named, ActorKind.State);
        }

        if (Gazetteer.Group(joined) is { } movement)
        {
            return new Speaker(movement, ActorKind.Group);
        }

        var entities = Entities(words);
        if (words.Count > 1 && Enumerable.Range(0, words.Count).All(k => entities[k] is not null || words[k] is "and" or "," || words[k].Equals("the", StringComparison.OrdinalIgnoreCase)))
        {
            return null; // a list of states or bodies ("Egypt, Saudi Arabia and Bahrain"): no one speaker
        }

        if (Gazetteer.GroupHeads.Contains(words[^1]))
        {
            return words.Count == 1 ? null : new Speaker(joined, ActorKind.Group);
        }

        if (Gazetteer.BodyNouns.Contains(words[^1]))
        {
            var namedBody = words.Count > 1 && words.Any(w => char.IsUpper(w[0]));
            if (!namedBody)
            {
                // "the ministry", "the diplomatic agency": the body last named as speaking.
                return mentions.LastOrDefault(m => m.Position < at && m.Speaker.Kind == ActorKind.Government).Speaker
                    ?? new Speaker(TitleCase(joined), ActorKind.Government);
            }

            return words.Count <= 8 ? new Speaker(joined, ActorKind.Government) : null;
        }

        if (NameRun(words, entities) is { } run)
        {
            var title = string.Join(' ', words.Take(run.Start));
            return new Speaker(string.Join(' ', words.Skip(run.Start).Take(run.Length)), ActorKind.Person, title.Length > 0 ? title : null);
        }

        var head = words.FindIndex(w => Gazetteer.PersonHeads.Contains(w));
        if (head >= 0 && words.Count <= 8 && words.Take(head).All(w => Gazetteer.TitleWords.Contains(w) || Gazetteer.IsPlaceOrBody(w) || char.IsUpper(w[0])))
        {
            // A title alone ("the Saudi foreign minister", "the US envoy to the Middle East"): the person named with it, else a person named by the title.
            var headWord = words[head];
            if (!resolveTitles)
            {
                return new Speaker(TitleCase(string.Join(' ', words.Take(head + 1))), ActorKind.Person, joined) { ByTitleOnly = true };
            }

            var titleNames = words.Take(head).Where(w => char.IsUpper(w[0]) && !Gazetteer.TitleWords.Contains(w)).ToList();
            // "The American president" is no person titled "Syrian President": the title's names must agree.
            var same = indefinite ? null : mentions.Concat(people).Where(m => m.Speaker.Kind == ActorKind.Person && !m.Speaker.ByTitleOnly && (m.Speaker.Title ?? string.Empty).Contains(headWord, StringComparison.OrdinalIgnoreCase) && TitlesAgree(titleNames, m.Speaker.Title!))
                .OrderBy(m => m.Position < at ? 0 : 1).ThenByDescending(m => m.Position < at ? m.Position : -m.Position).FirstOrDefault().Speaker;
            var byTitle = mentions.LastOrDefault(m => m.Position < at && m.Speaker.ByTitleOnly && m.Speaker.Name.EndsWith(TitleCase(headWord), StringComparison.OrdinalIgnoreCase)).Speaker;
            // "The top U.S. diplomat said" after Kerry spoke: a definite title with no one named with it is the last person who spoke.
            // "The NATO chief" after "NATO Secretary-General Mark Rutte": the person whose title names the same body or state.
            var sharing = titleNames.Count == 0 ? null : mentions.Concat(people).Where(m => m.Position < at && m.Speaker is { Kind: ActorKind.Person, ByTitleOnly: false, Title: { } t } && titleNames.Any(w => Words(t).Contains(w)))
                .OrderByDescending(m => m.Position).FirstOrDefault().Speaker;
            if (IsSpokesWord(headWord))
            {
                // A spokesperson named nowhere ("a spokesperson said", "the Kremlin spokesman said"): the body it speaks for, never a person named "Spokesperson".
                return same ?? sharing ?? (head > 0 && Phrase(string.Join(' ', words.Take(head)), at) is { Kind: not ActorKind.Person } owner ? owner : UnnamedIssuer);
            }

            var last = definite ? mentions.LastOrDefault(m => m.Position < at && m.Speaker.Kind == ActorKind.Person && !m.Speaker.ByTitleOnly && TitlesAgree(titleNames, m.Speaker.Title ?? string.Empty) && OfficesAgree(headWord, m.Speaker.Title ?? string.Empty)).Speaker : null;
            return same ?? byTitle ?? sharing ?? last ?? new Speaker(TitleCase(string.Join(' ', words.Take(head + 1))), ActorKind.Person, joined) { ByTitleOnly = true };
        }

        return null;
    }

    private static bool IsSpokesWord(string word) => word.ToLowerInvariant() is "spokesman" or "spokeswoman" or "spokesperson" or "spokespeople" or "spokespersons";

    /// <summary>Whether a title's names ("American" in "the American president") agree with a person's title: either names nothing, or one name is in both, or both name the same state ("US President").</summary>
    private static bool TitlesAgree(List<string> titleNames, string title)
    {
        var titleWords = Words(title);
        var named = titleWords.Where(w => char.IsUpper(w[0]) && !Gazetteer.TitleWords.Contains(w)).ToList();
        return titleNames.Count == 0 || named.Count == 0
            || titleNames.Any(n => named.Contains(n, StringComparer.OrdinalIgnoreCase) || (Gazetteer.State(n) is { } state && named.Any(w => Gazetteer.State(w) == state)));
    }

    /// <summary>Offices that are not one another: "the American president" is not the last speaker when that was a prime minister.</summary>
    private static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase) { "president", "minister", "king", "queen", "prince", "emir", "sheikh", "chancellor", "secretary-general", "premier", "ambassador" };

    /// <summary>Whether a title's head ("president") may name a person whose title holds another office ("Prime Minister"): only when the head is no office, or the title holds it or no office.</summary>
    private static bool OfficesAgree(string head, string title)
    {
        var offices = Words(title).Where(Offices.Contains).ToList();
        return !Offices.Contains(head) || offices.Count == 0 || offices.Contains(head, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The words of a phrase, curly apostrophes straightened, a comma kept as a word of its own (it ends a name).</summary>
    private static List<string> Words(string phrase) =>
        [.. phrase.Replace('\u2019', '\'').Replace(",", " , ", StringComparison.Ordinal).Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w == "," ? w : w.Trim(';', ':', '"', '(', ')', '[', ']')).Where(w => w.Length > 0)];

    /// <summary>For each word, the state, organization or body it is part of ("Arab League", "United Arab Emirates", "UN"), longest first; <see langword="null"/> for other words.</summary>
    private static Speaker?[] Entities(List<string> words)
    {
        var marks = new Speaker?[words.Count];
        for (var length = Math.Min(5, words.Count); length >= 1; length--)
        {
            for (var i = 0; i + length <= words.Count; i++)
            {
                if (marks.Skip(i).Take(length).Any(m => m is not null))
                {
                    continue;
                }

                var candidate = string.Join(' ', words.Skip(i).Take(length)).TrimEnd('\'', 's');
                var exact = string.Join(' ', words.Skip(i).Take(length));
                Speaker? entity = Gazetteer.Body(exact) is { } b ? new Speaker(b, ActorKind.Government)
                    : Gazetteer.Organization(exact) is { } o ? new Speaker(o, ActorKind.InternationalOrganization)
                    : Gazetteer.State(exact) is { } st ? new Speaker(st, ActorKind.State)
                    : Gazetteer.Group(exact) is { } g ? new Speaker(g, ActorKind.Group)
                    : Gazetteer.IsRegion(exact) || Gazetteer.IsRegion(candidate) ? new Speaker(exact, ActorKind.Group) { ByTitleOnly = true }
                    : null;
                if (entity is not null)
                {
                    for (var k = i; k < i + length; k++)
                    {
                        marks[k] = entity;
                    }
                }
            }
        }

        return marks;
    }

    /// <summary>The last person (he, she) or body (it, they, we) named as speaking before a position; for he or she, when no person has spoken yet, the last person named with an office ("US Ambassador Ivo Rask painted … “…” she said").</summary>
    private Speaker? Coreferent(string pronoun, int at)
    {
        var person = pronoun.ToLowerInvariant() is "he" or "she";
        return mentions.LastOrDefault(m => m.Position <= at && (m.Speaker.Kind == ActorKind.Person) == person).Speaker
            ?? (person ? people.LastOrDefault(m => m.Position <= at).Speaker : null); // no one has spoken yet: the person last named with an office
    }

    /// <summary>The last run of words that make a name: capitalised, not a title, place, body or common word; particles inside ("bin", "al-") allowed.</summary>
    private (int Start, int Length)? NameRun(List<string> words, Speaker?[]? entities = null)
    {
        entities ??= Entities(words);
        (int Start, int Length)? last = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (entities[i] is not null || !IsNameWord(words[i]))
            {
                continue;
            }

            var j = i + 1;
            while (j < words.Count && entities[j] is null && (IsNameWord(words[j]) || Gazetteer.NameParticles.Contains(words[j]) && j + 1 < words.Count && IsNameWord(words[j + 1])))
            {
                j++;
            }

            var length = j - i;
            var adjective = length == 1 && j < words.Count && char.IsLower(words[j][0])
                && (Gazetteer.TitleWords.Contains(words[j]) || Gazetteer.PersonHeads.Contains(words[j]) || Gazetteer.BodyNouns.Contains(words[j]) || Gazetteer.GroupHeads.Contains(words[j]));
            if (!adjective && (length > 1 || !lowerWords.Contains(words[i].ToLowerInvariant())))
            {
                last = (i, length);
            }

            i = j - 1;
        }

        return last is { Length: <= 6 } ? last : null;
    }

    private bool IsNameWord(string word)
    {
        var bare = word.TrimEnd('.', ',');
        if (bare.Length < 2 || Gazetteer.NotNames.Contains(bare) || SpeechVerbWord().IsMatch(bare))
        {
            return false;
        }

        if (bare.StartsWith("al-", StringComparison.Ordinal) || bare.StartsWith("el-", StringComparison.Ordinal))
        {
            return bare.Length > 3 && char.IsUpper(bare[3]);
        }

        return char.IsUpper(bare[0]) && bare.Skip(1).Any(char.IsLower) && !Gazetteer.TitleWords.Contains(bare) && !Gazetteer.IsPlaceOrBody(bare) && !Gazetteer.IsOutlet(bare);
    }

    private static bool IsAdjective(string words) => words.EndsWith("an", StringComparison.Ordinal) && Gazetteer.State(words) != words && !words.Contains(' ', StringComparison.Ordinal)
        || words.EndsWith("ese", StringComparison.Ordinal) || words.EndsWith("ish", StringComparison.Ordinal) || (words.EndsWith('i') && Gazetteer.State(words) != words);

    /// <summary>Cuts a phrase before what follows a name: time, place and manner ("Kuleba on Monday", "the minister in a statement").</summary>
    private static string Cut(string phrase)
    {
        var cut = PhraseEnd().Match(phrase);
        return cut.Success ? phrase[..cut.Index] : phrase;
    }

    private (int Start, int End) SentenceAround(int position) => Sentences().FirstOrDefault(s => s.Start <= position && position < s.End) is var s && s.End > 0 ? s : (0, masked.Length);

    /// <summary>Whether a quotation closing here ends its sentence: its words end with a full stop and a capital follows (“… this week.” He also said …).</summary>
    private bool QuotationEndsSentence(int i)
    {
        if (masked[i] != QuoteMask || i + 1 >= masked.Length || masked[i + 1] == QuoteMask || i < 2 || text[i - 1] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var next = i + 1;
        while (next < masked.Length && masked[next] == ' ')
        {
            next++;
        }

        return next < masked.Length && char.IsUpper(masked[next]);
    }

    private bool EndsSentence(int i)
    {
        var next = i + 1 < masked.Length ? masked[i + 1] : ' ';
        if (!(char.IsWhiteSpace(next) || char.IsUpper(next) || next == QuoteMask))
        {
            return false;
        }

        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(masked[wordStart - 1]))
        {
            wordStart--;
        }

        var word = masked[wordStart..i];
        return !(word.Length == 1 && char.IsUpper(word[0])) && !Abbreviations.Contains(word) && !(char.IsUpper(next) && word.Length > 0 && char.IsUpper(word[^1]));
    }

    private static string TitleCase(string words) =>
        string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((w, i) => i > 0 && w is "of" or "the" or "to" or "for" or "and" ? w : char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));

    [GeneratedRegex(@"^\W*(?:a|an|the|its|their)?\s*(?:\p{Ll}+\s+){0,2}(?:statement|communiqu[eé]|readout|release|declaration)\b[^,]*?\b(?:by|of|from)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DocumentOf();

    [GeneratedRegex(@"^(?:\p{Ll}+\s+)?(?:statement|communiqu[eé]|readout|release|declaration|text)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Documents();

    /// <summary>After a passage, a document that "reads" it ("…,” the statement read"; "…,” the communiqué went on).</summary>
    [GeneratedRegex(@"^[\s,.;:\u2014\u2013-]*(?<np>(?:the|a|an|its|their|this)\s+(?:\p{Ll}+\s+){0,2}(?:statement|communiqu[eé]|readout|release|declaration)(?:\s+(?:of|by|from)(?:\s+(?!(?:read|reads|went|goes|continued|continues)\b)[^\s,.;:\u00A4]+){1,8})?)\s+(?:read|reads|went on|goes on|continued|continues)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DocumentReads();

    /// <summary>Before a passage, a verb that calls something so in the passive ("hailed as", "described as", "called", "dubbed").</summary>
    /// <summary>A speech verb ending the words before an opening mark, with at most a short phrase between ("said in response", "told reporters on Monday", "said:").</summary>
    [GeneratedRegex(@"\b" + Verb + @"(?:\s+(?:in response|in reply|in a statement|on \p{Lu}\p{Ll}+|\p{Ll}+ly|then|also|later|again|reporters|journalists))?\s*[,:]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectVerb();

    /// <summary>One or two capitalised words just before a position ("South Korean " before "President Moon"), read as a state when the gazetteer knows them.</summary>
    [GeneratedRegex(@"(?<s>(?:\p{Lu}[\p{L}.]*\s+){1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex StateBefore();

    /// <summary>Who and a verb of reporting after a passage, the first such clause of the sentence ("…, the state news agency reported").</summary>
    [GeneratedRegex(@"^[^\u00A4]*?(?:^|,)\s*(?<np>(?:the\s+)?[\p{L}][\p{L}'\u2019.-]*(?:\s+[\p{L}'\u2019.-]+){0,5}?)\s+(?:said|says|reported|reports)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutletVerb();

    /// <summary>An acronym with full stops ("U.S.", "U.N.") followed by more of its sentence (a lower-case word or a name, not a word that opens a sentence).</summary>
    [GeneratedRegex(@"\b(?:\p{Lu}\.){2,}(?= (?:\p{Ll}|(?!(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|His|Her|Its|Their|There)\b)\p{Lu}))", RegexOptions.CultureInvariant)]
    private static partial Regex DottedAcronym();

    /// <summary>A body of government "of" a state: "Ministry of Foreign Affairs of Japan", "Embassy of Brazil".</summary>
    [GeneratedRegex(@"^(?<body>(?:\p{Lu}\p{L}+\s+)*(?:Ministry|Embassy|Office|Department|Mission|Government)(?:\s+of\s+(?!the\s+(?:Republic|Kingdom|State)\b)(?:\p{Lu}\p{L}+(?:\s+and\s+|\s+)?)+?)?)\s+of\s+(?:the\s+)?(?<state>\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex BodyOfState();

    /// <summary>Someone making a statement: "said in a statement", "issued a statement".</summary>
    [GeneratedRegex(@"\b(?:said|says|added|stated|announced)\s+in\s+a\s+(?:written\s+|joint\s+)?statement\b|" + IssuedAStatement + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex InAStatement();

    /// <summary>"released a statement saying", "issued a statement stating" just before the words it introduces.</summary>
    [GeneratedRegex(IssuedAStatement + @"\s+(?:saying|stating)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StatementSaying();

    /// <summary>A possessive and a kin or role noun: "his sister", "her younger brother", "their aide".</summary>
    [GeneratedRegex(@"^(?:his|her|their)\s+(?:(?:younger|elder|older|senior|top|chief)\s+)?(?<noun>sister|brother|wife|husband|son|daughter|father|mother|aide|adviser|advisor|deputy)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Kin();

    /// <summary>A clause opened by a preposition ("Regarding the East China Sea", "As for the talks"): no subject.</summary>
    [GeneratedRegex(@"^\s*(?:Regarding|Concerning|As for|As to|With regard to|With respect to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningPreposition();

    [GeneratedRegex(@"\b(?:hailed|described|called|termed|dubbed|labell?ed|branded|praised|condemned|denounced|criticized|criticised|welcomed|slammed|characteri[sz]ed|decried|lauded)(?:\s+it)?(?:\s+as)?\s*[\u00A4]?$", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveLead();

    /// <summary>After a passage, who called it so: "by" and a phrase.</summary>
    [GeneratedRegex(@"^[\s,]*by\s+(?<np>[^,.;:\u00A4\n]{2,140})", RegexOptions.CultureInvariant)]
    private static partial Regex ByWho();

    /// <summary>Inside a quotation, who introduces a quotation nested in it: "The American president says:", "I told them:", "they said,".</summary>
    [GeneratedRegex(@"\s+(?:(?:also|then|always|just|often|\w+ly)\s+)?(?:says|said|say|told\s+\w+|tells?\s+\w+|telling\s+\w+|saying|asks|asked|ask|asking\s+\w+|replied|added|wrote|writes|declared|insists|insisted)\s*[:,]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NestedIntroducer();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^[\s,.;:\u2014\u2013-]*(?<p>he|she|they|it|we)\s+(?:(?:also|further|then|later|again|\w+ly)\s+)*" + Verb + @"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PronounVerb();

    [GeneratedRegex(@"^\s*[\u2014\u2013-]\s+(?<np>[^\n.,;:]{2,80})$", RegexOptions.CultureInvariant)]
    private static partial Regex DashWho();

    [GeneratedRegex(@"^\s*:\s+(?<np>[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3})\s+\p{Ll}+s\b", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineWho();

    [GeneratedRegex(@",\s*(?<p>he|she|they|it|we)\s+(?:(?:also|further|then|later|again|\w+ly)\s+)*" + Verb + @"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LaterPronounVerb();

    [GeneratedRegex(@"^[\s,.;:\u2014\u2013-]*(?:\w+ly\s+)?" + Verb + @"\s+(?<np>[^,.;:\u00A4\n]{2,140})", RegexOptions.CultureInvariant)]
    private static partial Regex VerbThenWho();

    [GeneratedRegex(@"^[\s,.;:\u2014\u2013-]*(?<np>[^,.;:\u00A4\n]{1,120}?)\s+(?:(?:also|further|then|later|again|\w+ly)\s+)*" + Verb + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex WhoThenVerb();

    [GeneratedRegex(@",\s*(?<np>[^,.;:\u00A4\n]{2,90}?),?\s+(?:(?:has|had|also|further|then|later|again|\w+ly)\s+)*" + Verb + @"(?:\s+(?:reporters|journalists|the \w+|a \w+|\w+))?\s*[.!?]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingWho();

    [GeneratedRegex(@"^\s*(?:(?<p>He|She)|(?<np>(?:[A-Z][\p{L}’'.-]*\s+){0,5}[A-Z][\p{L}’'-]+))\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseSubject();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Dr|Prof|Amb|Sen|Rep|Gov|Gen|Lt|Col)\.(?= [A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"\b[Aa]ccording to (?<np>[^,.;:\u00A4\n]{2,120})", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    /// <summary>Just after a passage, "according to" who.</summary>
    [GeneratedRegex(@"^[\s,.;:\u2014\u2013-]*according to (?<np>[^,.;:\u00A4\n]{2,120})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterAccordingTo();

    /// <summary>"quoted X as saying": X says the passage (an outlet that quotes is never the speaker).</summary>
    [GeneratedRegex(@"\b(?:quoted|cited)\s+(?<np>(?:(?!as\b)[^\s,.;:\u00A4]+\s+){1,12})as\s+(?:saying|telling)\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedAs();

    /// <summary>Just after a passage: "X was quoted as saying", "the agency quoted X as saying".</summary>
    [GeneratedRegex(@"^[\s,.;:\u2014\u2013-]*(?:(?<np>(?:(?!(?:was|were)\b)[^\s,.;:\u00A4]+\s+){1,12})(?:was|were)\s+quoted(?:\s+by(?:\s+(?!as\b)[^\s,.;:\u00A4]+){1,6})?\s+as\s+(?:saying|telling)|(?:(?!quoted\b)[^\s,.;:\u00A4]+\s+){1,6}quoted\s+(?<np>(?:(?!as\b)[^\s,.;:\u00A4]+\s+){1,12})as\s+(?:saying|telling))\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedAsAfter();

    /// <summary>Any speech verb, as a word.</summary>
    [GeneratedRegex(@"\b(?:" + Verb + @"|Says|Said|Calls|Tells|Urges|Warns|Vows|Insists|Denies|Stresses)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex SpeechVerbs();

    [GeneratedRegex(@"^" + Verb + @"$|^(?:Calls|Says|Urges|Warns|Tells|Vows|Slams|Rejects|Backs|Accuses|Denies)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerbWord();

    [GeneratedRegex(@"\b(?:said|says|told(?:\s+[\p{L}’'.]+){1,4}|stated|announced|noted|stressed|warned|insisted|confirmed|added|declared|reiterated)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?=(?:it|he|she|they|we|the|a|an|there|[A-Z])\b\S*(?:\s+\S+){2,})", RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"\s+(?:on|in|at|during|late|early|earlier|later|also|again|then|last|this|yesterday|today|tonight|repeatedly|publicly|separately|vehemently)(?:\s+[\p{L}\d'’.-]+){0,5}$|\s+\p{Ll}+ly$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAdverbial();

    [GeneratedRegex(@",\s*(?:saying|adding|noting|stressing|warning|insisting|calling)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Participle();

    [GeneratedRegex(@"(?:\s+(?:have|has|had|was|were|is|are|would|will|also|then|again|further|later|had\s+also))+\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAuxiliary();

    [GeneratedRegex(@"\b(?:that|after|before|when|while|because|since|where|as|than|said|says|told|was|were|is|are|had|has|have|and|but|if|whether|so)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"\s*[,;:\u00A4(\u2014\u2013]\s*|\s+-\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentBreak();

    [GeneratedRegex(@"\s+(?:on|in|at|during|after|before|when|while|as|that|who|which|from|with|via|last|earlier|later|yesterday|today|tonight|this|late|early|also|again|adding|saying|according)\b|\s+(?:had|has|have|was|is|were|would|will)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhraseEnd();

    [GeneratedRegex(@"\b(?:(?:[A-Z]{2,5} )?(?:Deputy |Vice |Prime |Foreign |Defence |Defense |Interior |Special |Chief |Permanent |Press )*(?:President|Minister|Secretary-General|Secretary|Chancellor|[Ss]pokes(?:man|woman|person)|[Ee]nvoy|Ambassador|Representative|Prince|Sheikh|King|Emir)(?: of (?:the )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)*| to (?:the )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)*)?,?\s+)(?:[A-Z][\p{L}’'-]+)(?:\s+(?:(?:bin|ibn|al|el|de|da|di|van|von|der|du|la|le)\s+|al-)?[A-Z][\p{L}’'-]+){0,4}", RegexOptions.CultureInvariant)]
    private static partial Regex TitledPerson();
}
