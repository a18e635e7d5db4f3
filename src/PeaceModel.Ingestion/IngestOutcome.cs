using PeaceModel.Storage;

namespace PeaceModel.Ingestion;

/// <summary>What became of one message: how it was settled, what the store said, and why when it failed.</summary>
public sealed record IngestOutcome
{
    /// <summary>Gets the message.</summary>
    public required IIngestMessage Message { get; init; }

    /// <summary>Gets how the message was settled.</summary>
    public required IngestDecision Decision { get; init; }

    /// <summary>Gets the store's answer (stored, unchanged or invalid with the problems), or <see langword="null"/> when the store failed or the message was refused before the store (too large).</summary>
    public WriteResult? Result { get; init; }

    /// <summary>Gets the problems of a refused message; empty otherwise.</summary>
    public ValueList<StoreProblem> Problems { get; init; }

    /// <summary>
    /// Gets the failure that made the loop hand the message back (<see cref="IngestDecision.Redelivered"/>), or, for another
    /// decision, the failure of settling it with the transport (the connection lost: the transport delivers it again); otherwise <see langword="null"/>.
    /// </summary>
    public Exception? Failure { get; init; }

    /// <summary>Gets a line saying what became of the message, such as <c>stream PEACE, sequence 42: invalid document 'x': statements[2].speakerId: PM0009: ...</c>.</summary>
    public string Description => IngestText.Outcome(this);

    /// <inheritdoc/>
    public override string ToString() => Description;
}
