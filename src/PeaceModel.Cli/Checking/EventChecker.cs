using System.Buffers;
using System.Text.Unicode;
using PeaceModel.Cli.Input;
using PeaceModel.Serialization;
using PeaceModel.Text;
using PeaceModel.Threads;
using PeaceModel.Validation;

namespace PeaceModel.Cli.Checking;

/// <summary>
/// Reads events from inputs and checks each: reading (a JSON problem) and validation (one problem per
/// failure). Every problem is written as it is found; <c>.jsonl</c> inputs are streamed line by line.
/// </summary>
internal sealed class EventChecker(DiplomaticEventValidator validator, SourceTexts sources, IProblemWriter writer, ProgressMeter progress)
{
    /// <summary>The longest JSON Lines line, and the largest <c>.json</c> file, read: the library's document limit (16 MiB).</summary>
    public static readonly int MaxEventBytes = ReadLimits.Default.MaxDocumentBytes;

    /// <summary>The most lines checked or waiting to be recorded at once: enough to keep every core busy.</summary>
    private static readonly int InFlight = Math.Max(4, Environment.ProcessorCount * 4);

    /// <summary>About the most bytes of lines held at once (one longer line is still checked, alone).</summary>
    private const long InFlightBytes = 8 << 20;

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Events seen: those read and those that could not be read as events.</summary>
    private long events;
    private long validEvents;
    private long invalidEvents;
    private long bytes;
    private int unreadableInputs;
    private readonly List<ThreadDocument> threadDocuments = [];

    /// <summary>Quotations of the current input not checked because no source text at all was given.</summary>
    private long uncheckedQuotations;
    private long eventsWithUncheckedQuotations;

    /// <summary>The sources of the current input whose quotations went unchecked, and the first few, in order, to name.</summary>
    private readonly HashSet<string> uncheckedSources = new(StringComparer.Ordinal);
    private readonly List<string> namedSources = [];
    private const int NamedSources = 3;

    /// <summary>Gets whether events are validated; when not, an event is accepted once it reads (<c>format</c> without <c>--validate</c>).</summary>
    public bool Validates { get; init; } = true;

    /// <summary>Gets whether quotations that could not be checked against a source text are reported as notices (<c>validate</c>).</summary>
    public bool ReportsUncheckedQuotations { get; init; }

    /// <summary>Gets the list that keeps every accepted event with its input, in input order, for the commands that use the events (<c>summarize</c>, <c>graph</c>, <c>format</c>); <see langword="null"/> keeps none, so memory stays flat.</summary>
    public List<(string Input, DiplomaticEvent Event)>? Accepted { get; init; }

    /// <summary>
    /// Why a whole input cannot be read as events, or <see langword="null"/> when it can: one rule for
    /// every command (text that is not UTF-8, and an input with nothing but white space, are unusable).
    /// </summary>
    public static string? WhyUnusable(ReadOnlySpan<byte> content) =>
        !Utf8.IsValid(content) ? "the file is not UTF-8 text"
        : content.Trim(" \t\r\n"u8).IsEmpty ? "the file is empty: it holds no event"
        : null;

    /// <summary>Reports an input that cannot be used at all.</summary>
    public void Unusable(string name, string message)
    {
        unreadableInputs++;
        writer.Write(new Problem(name, null, null, Problem.IoCode, message));
    }

    public async Task<CheckSummary> CheckAsync(IReadOnlyList<EventInput> inputs, int inputCount, CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            await using var stream = input.Open();
            if (input.Kind == InputKind.JsonLines)
            {
                await CheckJsonLinesAsync(input.Name, stream, cancellationToken);
            }
            else
            {
                await CheckJsonAsync(input.Name, stream, cancellationToken);
            }

            ReportUncheckedQuotations(input.Name);
        }

        progress.Finish();
        CheckThreads();
        var exitCode = unreadableInputs > 0 ? ExitCodes.Unusable : invalidEvents > 0 ? ExitCodes.Invalid : ExitCodes.Success;
        var summary = new CheckSummary(inputCount, events, validEvents, invalidEvents, unreadableInputs, exitCode);
        writer.Complete(summary);
        return summary;
    }

    private async Task CheckJsonAsync(string name, Stream stream, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (content.Length + read > MaxEventBytes)
            {
                Unusable(name, $"the file is larger than {MaxEventBytes >> 20} MiB; put one event per line in a .jsonl file instead");
                return;
            }

            content.Write(buffer, 0, read);
        }

        bytes += content.Length;
        var json = content.GetBuffer().AsSpan(0, (int)content.Length);
        if (json.StartsWith(ByteOrderMark))
        {
            json = json[ByteOrderMark.Length..];
        }

        if (WhyUnusable(json) is { } reason)
        {
            Unusable(name, reason);
        }
        else
        {
            Record(Check(name, json, firstLine: 1, isOneLine: false));
        }
    }

    private async Task CheckJsonLinesAsync(string name, Stream stream, CancellationToken cancellationToken)
    {
        using var lines = new JsonLinesReader(stream, MaxEventBytes);
        var seenBefore = events;
        var bytesBefore = bytes;
        var notUtf8 = false;
        // A bounded pipeline: this loop splits lines and starts checking each on the thread pool while
        // earlier lines are still being checked; outcomes are recorded strictly in line order. At most
        // InFlight lines (and about InFlightBytes of them) are held at once, so memory does not grow with
        // the file, and each event is dropped as soon as it is recorded.
        var pending = new Queue<PendingLine>(InFlight);
        var pendingBytes = 0L;
        try
        {
            while (await lines.ReadLineAsync(cancellationToken) is { } memory)
            {
                var line = memory.Span;
                if (lines.LineNumber == 1 && line.StartsWith(ByteOrderMark))
                {
                    line = line[ByteOrderMark.Length..];
                }

                PendingLine next;
                if (lines.TooLong)
                {
                    next = new PendingLine(Task.FromResult(Unread(new Problem(name, lines.LineNumber, "$", Problem.JsonCode, $"the line is longer than {MaxEventBytes >> 20} MiB and was not read."))), null, 0, null);
                }
                else if (!Utf8.IsValid(line))
                {
                    notUtf8 = true;
                    next = new PendingLine(null, null, 0, new Problem(name, lines.LineNumber, null, Problem.IoCode, "the line is not UTF-8 text."));
                }
                else if (!line.Trim(" \t\r"u8).IsEmpty)
                {
                    var copy = ArrayPool<byte>.Shared.Rent(line.Length);
                    line.CopyTo(copy);
                    var length = line.Length;
                    var lineNumber = lines.LineNumber;
                    next = new PendingLine(Task.Run(() => Check(name, copy.AsSpan(0, length), lineNumber, isOneLine: true), cancellationToken), copy, length, null);
                }
                else
                {
                    continue;
                }

                pending.Enqueue(next);
                pendingBytes += next.Length;
                while (pending.Count >= InFlight || (pendingBytes > InFlightBytes && pending.Count > 1))
                {
                    pendingBytes -= await RecordOldestAsync(pending);
                    bytes = bytesBefore + lines.BytesRead;
                    progress.Update(events, bytes);
                }
            }

            while (pending.Count > 0)
            {
                await RecordOldestAsync(pending);
            }
        }
        finally
        {
            // Cancelled or failed: let the lines still being checked finish before their buffers go back.
            while (pending.TryDequeue(out var left))
            {
                if (left.Work is { } work)
                {
                    await ((Task)work).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }

                left.Return();
            }
        }

        bytes = bytesBefore + lines.BytesRead;
        if (notUtf8)
        {
            unreadableInputs++;
        }
        else if (events == seenBefore)
        {
            Unusable(name, "the file is empty: it holds no event");
        }
    }

    /// <summary>Waits for the oldest line in the pipeline, records its outcome and returns its buffer; returns its length in bytes.</summary>
    private async Task<int> RecordOldestAsync(Queue<PendingLine> pending)
    {
        var oldest = pending.Peek();
        if (oldest.Work is { } work)
        {
            var outcome = await work;
            Record(outcome);
        }
        else
        {
            writer.Write(oldest.Problem!);
        }

        pending.Dequeue();
        oldest.Return();
        return oldest.Length;
    }

    private void Record(EventOutcome outcome)
    {
        if (outcome.Document is { } document)
        {
            document.Valid = outcome.Valid;
            threadDocuments.Add(document);
        }

        events++;
        if (outcome.UncheckedQuotations > 0)
        {
            uncheckedQuotations += outcome.UncheckedQuotations;
            eventsWithUncheckedQuotations++;
            foreach (var source in outcome.UncheckedSources ?? [])
            {
                if (uncheckedSources.Add(source) && namedSources.Count < NamedSources + 1)
                {
                    namedSources.Add(source);
                }
            }
        }

        if (outcome.Valid)
        {
            validEvents++;
            if (outcome.Read is { } read)
            {
                Accepted?.Add(read);
            }
        }
        else
        {
            invalidEvents++;
        }

        foreach (var problem in outcome.Problems)
        {
            writer.Write(problem);
        }

        foreach (var (source, notice) in outcome.SourceNotices ?? [])
        {
            if (sources.FirstReport(source))
            {
                writer.Write(notice);
            }
        }
    }

    /// <summary>
    /// Checks what spans the documents that declare a thread (only those are kept, so memory stays flat
    /// for files of unrelated events): references across documents, and actors shared by id. An error
    /// makes its document invalid; a reference into a document that was not given is a notice.
    /// </summary>
    private void CheckThreads()
    {
        if (threadDocuments.Count == 0)
        {
            return;
        }

        var thread = EventThread.Create(threadDocuments.Select(d => d.Event));
        var byEvent = new Dictionary<DiplomaticEvent, ThreadDocument>(ReferenceEqualityComparer.Instance);
        foreach (var document in threadDocuments)
        {
            byEvent.TryAdd(document.Event, document);
        }

        var result = ThreadValidator.Validate(thread);
        foreach (var problem in result.Errors.Concat(result.Notices))
        {
            var document = byEvent[thread.Documents[problem.DocumentIndex]];
            var notice = problem.Failure.Severity != FluentValidation.Severity.Error;
            writer.Write(new Problem(document.File, document.Line, problem.Failure.PropertyName, problem.Failure.ErrorCode, problem.Failure.ErrorMessage) { IsNotice = notice });
            if (!notice && document.Valid)
            {
                document.Valid = false;
                validEvents--;
                invalidEvents++;
            }
        }
    }

    /// <summary>
    /// Without any source text, no quotation is checked against its source: said once per input, with
    /// how many quotations (and events) that leaves unchecked, so a valid run never suggests otherwise.
    /// </summary>
    private void ReportUncheckedQuotations(string name)
    {
        if (uncheckedQuotations > 0)
        {
            writer.Write(new Problem(name, null, null, Problem.UncheckedSourceCode,
                $"no source text was given (--source ID=PATH, --source PATH or --sources DIR), so {EventText.Count(uncheckedQuotations, "quotation")} in {EventText.Count(eventsWithUncheckedQuotations, "event")} were not checked against their sources{SourceNames()}.") { IsNotice = true });
        }

        uncheckedQuotations = 0;
        eventsWithUncheckedQuotations = 0;
        uncheckedSources.Clear();
        namedSources.Clear();
    }

    /// <summary>The sources that were not checked, for the notice: <c> (source 'a')</c>, <c> (sources 'a', 'b' and 'c')</c>, <c> (sources 'a', 'b', 'c' and 97 more)</c>.</summary>
    private string SourceNames()
    {
        if (uncheckedSources.Count == 0)
        {
            return string.Empty;
        }

        var names = namedSources.Take(uncheckedSources.Count > NamedSources + 1 ? NamedSources : NamedSources + 1).Select(id => $"'{id}'").ToList();
        var rest = uncheckedSources.Count - names.Count;
        var list = rest > 0
            ? $"{string.Join(", ", names)} and {rest.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} more"
            : names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
        return $" ({(uncheckedSources.Count == 1 ? "source" : "sources")} {list})";
    }

    private static EventOutcome Unread(Problem problem) => new(false, [problem]);

    /// <summary>Reads and validates one event; thread-safe (the validator is, and nothing here is shared).</summary>
    private EventOutcome Check(string name, ReadOnlySpan<byte> json, long firstLine, bool isOneLine)
    {
        // Bad documents are expected in a batch: the non-throwing read costs no exception per document.
        if (!PeaceModelJson.TryDeserialize(json, out var diplomaticEvent, out var error))
        {
            var problem = Problem.FromReadError(name, isOneLine ? firstLine : firstLine + (error.LineNumber ?? 0), error);
            if (name == "-" && error.Reason == ReadErrorReason.TrailingContent)
            {
                problem = problem with { Message = problem.Message + " For one event per line on standard input, add --stdin-format jsonl." };
            }

            return Unread(problem);
        }

        var (texts, missing) = sources.Any ? sources.For(diplomaticEvent) : (null, null);
        var result = !Validates ? new FluentValidation.Results.ValidationResult() : texts is not null ? validator.Validate(diplomaticEvent, texts) : validator.Validate(diplomaticEvent);
        // The quotations of each source, by source id: what a missing text leaves unchecked.
        Dictionary<string, int>? quoted = null;
        var uncheckedQuotations = 0;
        if (ReportsUncheckedQuotations)
        {
            foreach (var statement in diplomaticEvent.Statements)
            {
                if (statement.Quotations.Count > 0 && statement.SourceId is { } sourceId)
                {
                    quoted ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    quoted[sourceId] = quoted.GetValueOrDefault(sourceId) + statement.Quotations.Count;
                }

                uncheckedQuotations += sources.Any ? 0 : statement.Quotations.Count;
            }
        }

        // Whether a source is reported now (the first time in the run) is decided when the outcome is recorded, in input order.
        List<SourceNotice>? notices = null;
        if (missing is not null && quoted is not null)
        {
            foreach (var i in missing)
            {
                var source = diplomaticEvent.Sources[i];
                if (source.Id is { } id && quoted.TryGetValue(id, out var count))
                {
                    (notices ??= []).Add(new SourceNotice(source, new Problem(name, isOneLine ? firstLine : null, $"sources[{i}]", Problem.UncheckedSourceCode,
                        $"no text was given for source '{id}' (by --source {id}=PATH, or a file with its SHA-256 in --sources), so its {EventText.Count(count, "quotation")} were not checked.") { IsNotice = true }));
                }
            }
        }

        var document = diplomaticEvent.ThreadId is null || !Validates ? null : new ThreadDocument(name, isOneLine ? firstLine : null, diplomaticEvent);
        var uncheckedSources = sources.Any ? null : quoted?.Keys;
        if (result.IsValid)
        {
            return new EventOutcome(true, [], document, Accepted is null ? null : (name, diplomaticEvent), uncheckedQuotations, uncheckedSources, notices);
        }

        return new EventOutcome(false, ValidationProblems(name, json, firstLine, isOneLine, result), document, null, uncheckedQuotations, uncheckedSources, notices);
    }

    /// <summary>The validation failures of one event as problems, each on the line its path stands on.</summary>
    public static Problem[] ValidationProblems(string name, ReadOnlySpan<byte> json, long firstLine, bool isOneLine, FluentValidation.Results.ValidationResult result)
    {
        var locator = isOneLine ? null : new JsonLineLocator(json, (int)firstLine);
        var problems = new Problem[result.Errors.Count];
        for (var i = 0; i < problems.Length; i++)
        {
            var failure = result.Errors[i];
            var path = string.IsNullOrEmpty(failure.PropertyName) ? "$" : failure.PropertyName;
            problems[i] = new Problem(name, locator?.LineOf(failure.PropertyName) ?? firstLine, path, failure.ErrorCode, failure.ErrorMessage);
        }

        return problems;
    }

    /// <summary>What checking one event found: whether it is valid, and its problems in order.</summary>
    private readonly record struct EventOutcome(bool Valid, Problem[] Problems, ThreadDocument? Document = null, (string Input, DiplomaticEvent Event)? Read = null, int UncheckedQuotations = 0, IEnumerable<string>? UncheckedSources = null, List<SourceNotice>? SourceNotices = null);

    /// <summary>The notice for a source whose text was not given, written only if no earlier event reported that source.</summary>
    private readonly record struct SourceNotice(SourceDocument Source, Problem Notice);

    /// <summary>A document of a thread, kept until every input is read so that references across documents can be checked.</summary>
    private sealed record ThreadDocument(string File, long? Line, DiplomaticEvent Event)
    {
        public bool Valid { get; set; }
    }

    /// <summary>A line in the pipeline: its check (on rented bytes, or an outcome already known), or a problem that is no event (a line that is not UTF-8).</summary>
    private readonly record struct PendingLine(Task<EventOutcome>? Work, byte[]? Rented, int Length, Problem? Problem)
    {
        public void Return()
        {
            if (Rented is { } rented)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
