namespace PeaceModel.Ingestion;

/// <summary>Counts of what an <see cref="IngestLoop"/> did; safe to read while it runs.</summary>
public sealed class IngestStatistics
{
    private long messages;
    private long stored;
    private long unchanged;
    private long invalid;
    private long redelivered;

    /// <summary>Gets how many messages were settled.</summary>
    public long Messages => Interlocked.Read(ref messages);

    /// <summary>Gets how many messages stored a new version.</summary>
    public long Stored => Interlocked.Read(ref stored);

    /// <summary>Gets how many messages held content the store already had (a resend, a redelivery).</summary>
    public long Unchanged => Interlocked.Read(ref unchanged);

    /// <summary>Gets how many messages were refused, published as invalid and terminated.</summary>
    public long Invalid => Interlocked.Read(ref invalid);

    /// <summary>Gets how many messages were handed back for redelivery because the store or the invalid sink failed.</summary>
    public long Redelivered => Interlocked.Read(ref redelivered);

    /// <inheritdoc/>
    public override string ToString() => IngestText.Statistics(this);

    internal void Count(IngestOutcome outcome)
    {
        Interlocked.Increment(ref messages);
        switch (outcome.Decision)
        {
            case IngestDecision.Acknowledged when outcome.Result?.Outcome == Storage.WriteOutcome.Unchanged:
                Interlocked.Increment(ref unchanged);
                break;
            case IngestDecision.Acknowledged:
                Interlocked.Increment(ref stored);
                break;
            case IngestDecision.Terminated:
                Interlocked.Increment(ref invalid);
                break;
            default:
                Interlocked.Increment(ref redelivered);
                break;
        }
    }
}
