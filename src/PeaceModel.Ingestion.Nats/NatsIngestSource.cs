using System.Diagnostics;
using System.Runtime.CompilerServices;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace PeaceModel.Ingestion.Nats;

/// <summary>
/// A durable JetStream pull consumer as an <see cref="IIngestSource"/>: batches fetched from the stream, each message
/// acknowledged, handed back or terminated by the <see cref="IngestLoop"/>. Several processes opening the same consumer share
/// the messages; a message one of them took and did not acknowledge within <see cref="NatsIngestOptions.AckWait"/> (its
/// process died) is delivered again.
/// </summary>
/// <example>
/// <code>
/// await using var nats = new NatsConnection(new NatsOpts { Url = "nats://127.0.0.1:4222" });
/// var js = new NatsJSContext(nats);
/// var source = await NatsIngestSource.OpenAsync(js, new NatsIngestOptions { Stream = "PEACE", Subject = "peace.documents" });
/// var loop = new IngestLoop(store, source.InvalidSink);
/// await loop.RunAsync(source, stopping);
/// </code>
/// </example>
public sealed class NatsIngestSource : IIngestSource
{
    /// <summary>The shortest wait of a fetch the client takes (it must be over one second).</summary>
    private static readonly TimeSpan MinFetchWait = TimeSpan.FromSeconds(1.1);

    private readonly INatsJSConsumer consumer;
    private readonly NatsIngestOptions options;

    private NatsIngestSource(INatsJSConsumer consumer, NatsIngestOptions options, IInvalidSink invalidSink)
    {
        this.consumer = consumer;
        this.options = options;
        InvalidSink = invalidSink;
    }

    /// <summary>Gets the sink that publishes refused documents to the invalid subject of the same stream's server.</summary>
    public IInvalidSink InvalidSink { get; }

    /// <summary>
    /// Opens the consumer: creates the stream when it does not exist (capturing the subject and the invalid subject, file
    /// storage), and creates or updates the durable consumer (explicit acknowledgement, every message from the start, the
    /// subject as filter).
    /// </summary>
    /// <param name="js">The JetStream context of a connection.</param>
    /// <param name="options">The stream, the subjects and the consumer.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException">The invalid subject is missing or one the consumer reads.</exception>
    /// <exception cref="NatsJSException">The server refused the stream or the consumer.</exception>
    public static async Task<NatsIngestSource> OpenAsync(INatsJSContext js, NatsIngestOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(js);
        ArgumentNullException.ThrowIfNull(options);
        var invalidSubject = options.ResolveInvalidSubject();
        await NatsStreams.EnsureAsync(js, options.Stream, [options.Subject, invalidSubject], cancellationToken).ConfigureAwait(false);
        var consumer = await js.CreateOrUpdateConsumerAsync(
            options.Stream,
            new ConsumerConfig(options.Consumer)
            {
                AckPolicy = ConsumerConfigAckPolicy.Explicit,
                DeliverPolicy = ConsumerConfigDeliverPolicy.All,
                AckWait = options.AckWait,
                FilterSubject = options.Subject,
                MaxAckPending = Math.Max(1000, options.BatchSize * 8),
            },
            cancellationToken).ConfigureAwait(false);
        return new NatsIngestSource(consumer, options, new NatsInvalidSink(js, invalidSubject));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Takes what is waiting (up to <see cref="NatsIngestOptions.BatchSize"/>) without waiting; when nothing is, waits up to
    /// <see cref="NatsIngestOptions.FetchWait"/> for the next message, so that a trickle is stored at once and a flood in batches.
    /// </remarks>
    public async IAsyncEnumerable<IReadOnlyList<IIngestMessage>> ReadBatchesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var idle = Stopwatch.StartNew();
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await FetchAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count > 0)
            {
                idle.Restart();
            }
            else if (options.IdleTimeout is { } timeout && idle.Elapsed >= timeout)
            {
                yield break;
            }

            yield return batch;
        }
    }

    /// <summary>Gets the last failure of a fetch (the connection lost, the consumer deleted), or <see langword="null"/>; reading goes on after it.</summary>
    public Exception? LastFetchFailure { get; private set; }

    private async Task<List<IIngestMessage>> FetchAsync(CancellationToken cancellationToken)
    {
        var batch = new List<IIngestMessage>(options.BatchSize);
        try
        {
            await foreach (var message in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = options.BatchSize }, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                batch.Add(new NatsIngestMessage(message));
            }

            if (batch.Count == 0)
            {
                await foreach (var message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1, Expires = options.FetchWait > MinFetchWait ? options.FetchWait : MinFetchWait }, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    batch.Add(new NatsIngestMessage(message));
                }
            }
        }
        catch (NATS.Client.Core.NatsException ex)
        {
            // The client reconnects on its own; messages fetched and not settled are delivered again after the ack wait.
            LastFetchFailure = ex;
            await Task.Delay(options.FetchWait, cancellationToken).ConfigureAwait(false);
        }

        return batch;
    }
}
