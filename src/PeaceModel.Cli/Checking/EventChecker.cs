using System.Buffers;
using System.Text.Unicode;
using PeaceModel.Cli.Input;
using PeaceModel.Serialization;
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

    private const int BatchSize = 256;
    private const long BatchBytes = 16 << 20;

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Events seen: those read and those that could not be read as events.</summary>
    private long events;
    private long validEvents;
    private long invalidEvents;
    private long bytes;
    private int unreadableInputs;
    private readonly List<ThreadDocument> threadDocuments = [];

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

        if (!Utf8.IsValid(json))
        {
            Unusable(name, "the file is not UTF-8 text");
        }
        else if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            Unusable(name, "the file is empty: it holds no event");
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
        var batch = new List<BatchItem>(BatchSize);
        var batchBytes = 0L;
        while (await lines.ReadLineAsync(cancellationToken) is { } memory)
        {
            var line = memory.Span;
            if (lines.LineNumber == 1 && line.StartsWith(ByteOrderMark))
            {
                line = line[ByteOrderMark.Length..];
            }

            if (lines.TooLong)
            {
                batch.Add(new BatchItem(lines.LineNumber, null, 0, Unread(new Problem(name, lines.LineNumber, "$", Problem.JsonCode, $"the line is longer than {MaxEventBytes >> 20} MiB and was not read."))));
            }
            else if (!Utf8.IsValid(line))
            {
                notUtf8 = true;
                writer.Write(new Problem(name, lines.LineNumber, null, Problem.IoCode, "the line is not UTF-8 text."));
            }
            else if (!line.Trim(" \t\r"u8).IsEmpty)
            {
                var copy = ArrayPool<byte>.Shared.Rent(line.Length);
                line.CopyTo(copy);
                batch.Add(new BatchItem(lines.LineNumber, copy, line.Length, null));
                batchBytes += line.Length;
            }

            if (batch.Count == BatchSize || batchBytes > BatchBytes)
            {
                CheckBatch(name, batch);
                batchBytes = 0;
                bytes = bytesBefore + lines.BytesRead;
                progress.Update(events, bytes);
            }
        }

        CheckBatch(name, batch);
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

    /// <summary>Checks a batch of lines on all cores, then records the outcomes in line order.</summary>
    private void CheckBatch(string name, List<BatchItem> batch)
    {
        var outcomes = new EventOutcome[batch.Count];
        Parallel.For(0, batch.Count, i =>
        {
            var item = batch[i];
            outcomes[i] = item.Outcome ?? Check(name, item.Bytes.AsSpan(0, item.Length), item.Line, isOneLine: true);
        });
        for (var i = 0; i < batch.Count; i++)
        {
            Record(outcomes[i]);
            if (batch[i].Bytes is { } rented)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        batch.Clear();
    }

    private void Record(EventOutcome outcome)
    {
        if (outcome.Document is { } document)
        {
            document.Valid = outcome.Valid;
            threadDocuments.Add(document);
        }

        events++;
        if (outcome.Valid)
        {
            validEvents++;
        }
        else
        {
            invalidEvents++;
        }

        foreach (var problem in outcome.Problems)
        {
            writer.Write(problem);
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

        var (texts, missing) = sources.For(diplomaticEvent);
        var result = sources.Any ? validator.Validate(diplomaticEvent, texts) : validator.Validate(diplomaticEvent);
        Problem[] notices = !sources.Any ? [] : [.. missing
            .Where(i => sources.FirstReport(diplomaticEvent.Sources[i]))
            .Select(i => new Problem(name, isOneLine ? firstLine : null, $"sources[{i}]", Problem.UncheckedSourceCode,
                $"no text was given for source '{diplomaticEvent.Sources[i].Id}' (by --source {diplomaticEvent.Sources[i].Id}=PATH, or a file with its SHA-256 in --sources), so its quotations were not checked.") { IsNotice = true })
            ];
        var document = diplomaticEvent.ThreadId is null ? null : new ThreadDocument(name, isOneLine ? firstLine : null, diplomaticEvent);
        if (result.IsValid)
        {
            return new EventOutcome(true, notices, document);
        }

        return new EventOutcome(false, [.. ValidationProblems(name, json, firstLine, isOneLine, result), .. notices], document);
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
    private readonly record struct EventOutcome(bool Valid, Problem[] Problems, ThreadDocument? Document = null);

    /// <summary>A document of a thread, kept until every input is read so that references across documents can be checked.</summary>
    private sealed record ThreadDocument(string File, long? Line, DiplomaticEvent Event)
    {
        public bool Valid { get; set; }
    }

    /// <summary>A line to check (rented bytes), or one whose outcome is already known.</summary>
    private readonly record struct BatchItem(long Line, byte[]? Bytes, int Length, EventOutcome? Outcome);
}
