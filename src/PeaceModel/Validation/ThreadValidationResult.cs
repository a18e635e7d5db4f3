namespace PeaceModel.Validation;

/// <summary>What checking a thread found: errors, and notices (references to documents that were not checked with it).</summary>
public sealed record ThreadValidationResult
{
    /// <summary>Gets the errors: dangling references across documents, actors that differ between documents, references out of the thread.</summary>
    public required ValueList<ThreadProblem> Errors { get; init; }

    /// <summary>Gets the notices: references to records of documents that are not in the thread checked (<see cref="ErrorCodes.UnresolvedReference"/>).</summary>
    public required ValueList<ThreadProblem> Notices { get; init; }

    /// <summary>Gets whether no error was found (notices do not count).</summary>
    public bool IsValid => Errors.Count == 0;
}
