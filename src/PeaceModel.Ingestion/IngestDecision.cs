namespace PeaceModel.Ingestion;

/// <summary>How the <see cref="IngestLoop"/> settled a message.</summary>
public enum IngestDecision
{
    /// <summary>The store committed the document (a new version, or the same content again): acknowledged.</summary>
    Acknowledged,

    /// <summary>The document is invalid: published with its problems to the <see cref="IInvalidSink"/>, then terminated.</summary>
    Terminated,

    /// <summary>The store or the invalid sink failed: handed back to be delivered again after <see cref="IngestOptions.RetryDelay"/>.</summary>
    Redelivered,
}
