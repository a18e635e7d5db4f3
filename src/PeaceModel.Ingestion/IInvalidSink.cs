namespace PeaceModel.Ingestion;

/// <summary>
/// Where an <see cref="IngestLoop"/> puts what it refused: the original bytes with the problems (for NATS, a subject of
/// its own). The message is terminated only after <see cref="PublishAsync"/> completed; when it throws, the message is
/// handed back for redelivery instead, so that nothing refused is lost.
/// </summary>
public interface IInvalidSink
{
    /// <summary>Publishes a refused document.</summary>
    /// <param name="invalid">The original bytes, where they came from, and the problems.</param>
    /// <param name="cancellationToken">Cancels the publication.</param>
    /// <returns>A task that completes when the invalid document is durably kept.</returns>
    ValueTask PublishAsync(InvalidDocument invalid, CancellationToken cancellationToken);
}
