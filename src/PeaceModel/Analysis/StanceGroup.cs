namespace PeaceModel.Analysis;

/// <summary>The reactions of one stance, in the order of the event.</summary>
public sealed record StanceGroup
{
    /// <summary>Gets the stance they share.</summary>
    public required Stance Stance { get; init; }

    /// <summary>Gets the reactions.</summary>
    public required ValueList<Reaction> Reactions { get; init; }
}
