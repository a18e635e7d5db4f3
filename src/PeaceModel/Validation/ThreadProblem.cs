using FluentValidation.Results;

namespace PeaceModel.Validation;

/// <summary>A problem found by checking the documents of a thread together: which document, and the failure (code, JSON path, message) within it.</summary>
public sealed record ThreadProblem
{
    /// <summary>Gets the position of the document in <see cref="Threads.EventThread.Documents"/>.</summary>
    public required int DocumentIndex { get; init; }

    /// <summary>Gets the document's id.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Gets the failure; its <see cref="ValidationFailure.PropertyName"/> is the JSON path within the document, and a notice has <see cref="FluentValidation.Severity.Info"/>.</summary>
    public required ValidationFailure Failure { get; init; }
}
