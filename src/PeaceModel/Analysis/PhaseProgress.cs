namespace PeaceModel.Analysis;

/// <summary>How far one phase of an agreement is carried out: the combined progress of its terms.</summary>
public sealed record PhaseProgress
{
    /// <summary>Gets the phase, counted from 1.</summary>
    public required int Phase { get; init; }

    /// <summary>
    /// Gets the phase's progress: implemented when every term is; not started when every term waits;
    /// in progress when any progress is reported; not reported otherwise.
    /// </summary>
    public required ImplementationStatus Status { get; init; }

    /// <summary>Gets the ids of the phase's terms.</summary>
    public required ValueList<string> TermIds { get; init; }
}
