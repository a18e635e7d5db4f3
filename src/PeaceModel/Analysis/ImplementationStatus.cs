namespace PeaceModel.Analysis;

/// <summary>How far an agreement's term is carried out (rules I1–I5 in <c>docs/analysis.md</c>).</summary>
public enum ImplementationStatus
{
    /// <summary>No progress reported (I4).</summary>
    NotReported,

    /// <summary>Progress reported without a count against the term's own (about 60 percent) (I3).</summary>
    InProgress,

    /// <summary>A count short of the term's own (12 of 40 monitors) (I2).</summary>
    PartlyImplemented,

    /// <summary>Reported complete (I1).</summary>
    Implemented,

    /// <summary>Not started: it waits for what it is anchored to (<see cref="Term.StartsAt"/>), or for the terms of the phase before it, to happen (I5).</summary>
    NotStarted,
}
