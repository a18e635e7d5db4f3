using PeaceModel.Storage;

namespace PeaceModel.Ingestion;

/// <summary>
/// The ingestion loop, independent of the transport: reads batches of messages from an <see cref="IIngestSource"/>,
/// validates and puts them into an <see cref="IEventStore"/> (one transaction per batch), and settles each message:
/// acknowledged only after the store committed it, published to the <see cref="IInvalidSink"/> with its problems and then
/// terminated when it is invalid, handed back for redelivery when the store or the sink failed.
/// </summary>
/// <remarks>
/// <para>
/// Delivery is at least once, storing exactly once: a message delivered again (its process died before the
/// acknowledgement) holds the same content, which the store's put leaves <see cref="WriteOutcome.Unchanged"/>.
/// </para>
/// <para>
/// A poison message never stops the loop: bytes that are not JSON, or break a reader limit, are refused as the store
/// refuses them (code <c>JSON</c>); a message longer than <see cref="Serialization.ReadLimits.MaxDocumentBytes"/> is refused
/// before it is read. Only a failure of the store or of the sink hands messages back, never an invalid document.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// await using var store = await SqliteEventStore.OpenAsync("events.db");
/// var loop = new IngestLoop(store, invalidSink);
/// loop.Settled += outcome => Console.Error.WriteLine(outcome);
/// var statistics = await loop.RunAsync(source, stopping);
/// </code>
/// </example>
public sealed class IngestLoop
{
    private readonly IEventStore store;
    private readonly IInvalidSink invalidSink;
    private readonly IngestOptions options;

    /// <summary>Initializes a loop.</summary>
    /// <param name="store">The store documents are put into.</param>
    /// <param name="invalidSink">Where refused documents go.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="IngestOptions.Default"/>.</param>
    public IngestLoop(IEventStore store, IInvalidSink invalidSink, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(invalidSink);
        this.store = store;
        this.invalidSink = invalidSink;
        this.options = options ?? IngestOptions.Default;
    }

    /// <summary>Occurs when a message has been settled, on the loop's thread; keep handlers short.</summary>
    public event Action<IngestOutcome>? Settled;

    /// <summary>Gets the counts of what the loop did so far.</summary>
    public IngestStatistics Statistics { get; } = new();

    /// <summary>Reads and settles batches until the source ends or <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="source">The transport's consumer.</param>
    /// <param name="cancellationToken">Stops the loop: the batch in hand is not settled, so the transport delivers its messages again.</param>
    /// <returns>The counts; cancellation ends the loop normally.</returns>
    public async Task<IngestStatistics> RunAsync(IIngestSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            await foreach (var batch in source.ReadBatchesAsync(cancellationToken).ConfigureAwait(false))
            {
                await ProcessAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        return Statistics;
    }

    /// <summary>Puts one batch into the store (one transaction) and settles every message of it.</summary>
    /// <param name="batch">The messages.</param>
    /// <param name="cancellationToken">Cancels the batch; messages not yet settled are left to the transport's redelivery.</param>
    /// <returns>What became of each message, in order.</returns>
    public async Task<IReadOnlyList<IngestOutcome>> ProcessAsync(IReadOnlyList<IIngestMessage> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new IngestOutcome[batch.Count];
        var toStore = new List<int>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var length = batch[i].Data.Length;
            if (length > options.Limits.MaxDocumentBytes)
            {
                StoreProblem tooLarge = new() { Path = "$", Code = StoreProblem.JsonCode, Message = IngestText.TooLarge(length, options.Limits.MaxDocumentBytes) };
                outcomes[i] = await RefuseAsync(batch[i], null, [tooLarge], cancellationToken).ConfigureAwait(false);
            }
            else
            {
                toStore.Add(i);
            }
        }

        var results = await PutAsync(batch, toStore, cancellationToken).ConfigureAwait(false);
        for (var k = 0; k < toStore.Count; k++)
        {
            var message = batch[toStore[k]];
            outcomes[toStore[k]] = results[k] switch
            {
                { Result: { Succeeded: true } stored } => await AckAsync(message, stored, cancellationToken).ConfigureAwait(false),
                { Result: { Outcome: WriteOutcome.Invalid } invalid } => await RefuseAsync(message, invalid, invalid.Problems, cancellationToken).ConfigureAwait(false),
                { Result: { } other } => await RetryAsync(message, new EventStoreException(other.Message), cancellationToken).ConfigureAwait(false),
                { Failure: var failure } => await RetryAsync(message, failure!, cancellationToken).ConfigureAwait(false),
            };
        }

        return outcomes;
    }

    /// <summary>The store's answer for each message to store: the whole batch in one transaction, or one by one when the batch fails.</summary>
    private async Task<(WriteResult? Result, Exception? Failure)[]> PutAsync(IReadOnlyList<IIngestMessage> batch, List<int> toStore, CancellationToken cancellationToken)
    {
        var answers = new (WriteResult? Result, Exception? Failure)[toStore.Count];
        if (toStore.Count == 0)
        {
            return answers;
        }

        try
        {
            var results = await store.PutManyAsync([.. toStore.Select(i => batch[i].Data)], cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < answers.Length; k++)
            {
                answers[k] = (results[k], null);
            }

            return answers;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (toStore.Count == 1)
            {
                answers[0] = (null, ex);
                return answers;
            }
        }

        // One message the store cannot take must not hold the others back: each alone, and only the failing ones retried.
        for (var k = 0; k < answers.Length; k++)
        {
            try
            {
                answers[k] = (await store.PutJsonAsync(batch[toStore[k]].Data, cancellationToken: cancellationToken).ConfigureAwait(false), null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                answers[k] = (null, ex);
            }
        }

        return answers;
    }

    private async Task<IngestOutcome> AckAsync(IIngestMessage message, WriteResult result, CancellationToken cancellationToken) =>
        Settle(new IngestOutcome { Message = message, Decision = IngestDecision.Acknowledged, Result = result, Failure = await TryAsync(message.AckAsync, cancellationToken).ConfigureAwait(false) });

    /// <summary>
    /// Settles a message with the transport; a failure (the connection lost) is kept on the outcome, never thrown: the
    /// transport delivers an unsettled message again, and the store's put makes that harmless.
    /// </summary>
    private static async Task<Exception?> TryAsync(Func<CancellationToken, ValueTask> settle, CancellationToken cancellationToken)
    {
        try
        {
            await settle(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ex;
        }
    }

    private async Task<IngestOutcome> RefuseAsync(IIngestMessage message, WriteResult? result, ValueList<StoreProblem> problems, CancellationToken cancellationToken)
    {
        var invalid = new InvalidDocument { Data = message.Data, Origin = message.Origin, Sequence = message.Sequence, DocumentId = result?.DocumentId, Problems = problems };
        try
        {
            await invalidSink.PublishAsync(invalid, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return await RetryAsync(message, ex, cancellationToken).ConfigureAwait(false);
        }

        var reason = problems.Count > 0 ? $"invalid: {problems[0].Code} at {problems[0].Path}" : "invalid";
        var failure = await TryAsync(token => message.TermAsync(reason, token), cancellationToken).ConfigureAwait(false);
        return Settle(new IngestOutcome { Message = message, Decision = IngestDecision.Terminated, Result = result, Problems = problems, Failure = failure });
    }

    private async Task<IngestOutcome> RetryAsync(IIngestMessage message, Exception failure, CancellationToken cancellationToken)
    {
        await TryAsync(token => message.NakAsync(options.RetryDelay, token), cancellationToken).ConfigureAwait(false);
        return Settle(new IngestOutcome { Message = message, Decision = IngestDecision.Redelivered, Failure = failure });
    }

    private IngestOutcome Settle(IngestOutcome outcome)
    {
        Statistics.Count(outcome);
        Settled?.Invoke(outcome);
        return outcome;
    }
}
