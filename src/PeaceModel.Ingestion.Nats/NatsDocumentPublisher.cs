using NATS.Client.JetStream;

namespace PeaceModel.Ingestion.Nats;

/// <summary>
/// Publishes documents to a subject through JetStream, each with its <see cref="DocumentMessageId"/> as <c>Nats-Msg-Id</c>,
/// so that the stream drops a document sent again within its duplicate window (two minutes by default).
/// </summary>
public sealed class NatsDocumentPublisher
{
    private readonly INatsJSContext js;

    /// <summary>Initializes a publisher.</summary>
    /// <param name="js">The JetStream context.</param>
    /// <param name="subject">The subject documents are published to (a stream must capture it).</param>
    public NatsDocumentPublisher(INatsJSContext js, string subject)
    {
        ArgumentNullException.ThrowIfNull(js);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        this.js = js;
        Subject = subject;
    }

    /// <summary>Gets the subject.</summary>
    public string Subject { get; }

    /// <summary>Publishes one document and waits for the stream's acknowledgement.</summary>
    /// <param name="utf8Json">The document's bytes, sent as they are.</param>
    /// <param name="cancellationToken">Cancels the publication.</param>
    /// <returns>The stream's sequence of the message, and whether the stream had it already (a duplicate, dropped).</returns>
    /// <exception cref="NatsJSException">No stream captures the subject, or the stream refused the message.</exception>
    public async Task<PublishedDocument> PublishAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken = default)
    {
        var id = DocumentMessageId.Compute(utf8Json.Span);
        try
        {
            var ack = await js.PublishAsync(Subject, utf8Json.ToArray(), opts: new NatsJSPubOpts { MsgId = id }, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!ack.Duplicate)
            {
                ack.EnsureSuccess();
            }

            return new PublishedDocument { MessageId = id, Sequence = ack.Seq, Duplicate = ack.Duplicate };
        }
        catch (NATS.Client.Core.NatsNoRespondersException ex)
        {
            throw new NatsJSException(NatsText.NoStream(Subject), ex);
        }
        catch (NatsJSPublishNoResponseException ex)
        {
            throw new NatsJSException(NatsText.NoStream(Subject), ex);
        }
    }

    /// <summary>Creates the stream when it does not exist, capturing the subject (and, when given, other subjects such as the invalid one).</summary>
    /// <param name="stream">The stream's name.</param>
    /// <param name="otherSubjects">More subjects for a new stream.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the stream exists.</returns>
    public Task EnsureStreamAsync(string stream, IReadOnlyList<string>? otherSubjects = null, CancellationToken cancellationToken = default) =>
        NatsStreams.EnsureAsync(js, stream, [Subject, .. otherSubjects ?? []], cancellationToken);
}
