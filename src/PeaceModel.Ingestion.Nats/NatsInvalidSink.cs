using System.Text;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace PeaceModel.Ingestion.Nats;

/// <summary>
/// Publishes refused documents to a subject through JetStream (a stream must capture it): the original bytes as the message,
/// the problems as one line of JSON in the <see cref="NatsHeaderNames.Problems"/> header, where it came from in
/// <see cref="NatsHeaderNames.Origin"/>, and a message id made from the origin, so that publishing again after a crash adds
/// no second copy.
/// </summary>
public sealed class NatsInvalidSink : IInvalidSink
{
    private readonly INatsJSContext js;

    /// <summary>Initializes a sink.</summary>
    /// <param name="js">The JetStream context.</param>
    /// <param name="subject">The invalid subject.</param>
    public NatsInvalidSink(INatsJSContext js, string subject)
    {
        ArgumentNullException.ThrowIfNull(js);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        this.js = js;
        Subject = subject;
    }

    /// <summary>Gets the invalid subject.</summary>
    public string Subject { get; }

    /// <inheritdoc/>
    public async ValueTask PublishAsync(InvalidDocument invalid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        var headers = new NatsHeaders
        {
            [NatsHeaderNames.Problems] = Encoding.ASCII.GetString(invalid.ProblemsJson()),
            [NatsHeaderNames.Origin] = invalid.Origin,
        };
        var ack = await js.PublishAsync(
            Subject,
            invalid.Data.ToArray(),
            opts: new NatsJSPubOpts { MsgId = $"invalid@{invalid.Origin}" },
            headers: headers,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        ack.EnsureSuccess();
    }
}
