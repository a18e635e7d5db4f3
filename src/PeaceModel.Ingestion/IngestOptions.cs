using PeaceModel.Serialization;

namespace PeaceModel.Ingestion;

/// <summary>How an <see cref="IngestLoop"/> treats messages. The defaults suit most uses.</summary>
public sealed record IngestOptions
{
    /// <summary>Gets the defaults: the reader's default limits, a five-second delay before redelivery.</summary>
    public static IngestOptions Default { get; } = new();

    /// <summary>
    /// Gets the reader's limits. A message longer than <see cref="ReadLimits.MaxDocumentBytes"/> is refused before it is read
    /// (so that a 50 MB message costs no parse); the other limits are the store's reader's (<see cref="ReadLimits.Default"/>).
    /// </summary>
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>Gets how long a message the store could not take waits before it is delivered again. Default 5 seconds.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);
}
