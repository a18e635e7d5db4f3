using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using PeaceModel.Kinds;
using PeaceModel.Serialization;
using PeaceModel.Threads;

namespace PeaceModel.Validation;

/// <summary>
/// Checks what spans the documents of a thread: each reference to a record of another document
/// (<c>document-id/record-id</c>) names a record of the right kind there, within the same thread; an
/// actor id means the same actor in every document (same name or an alias of it, same Wikidata id
/// where both give one). Each document is checked on its own by <see cref="DiplomaticEventValidator"/>,
/// which leaves references into other documents to this check.
/// </summary>
/// <example>
/// <code>
/// var result = ThreadValidator.Validate(EventThread.Create([ceasefireReport, breachReport]));
/// foreach (var problem in result.Errors) Console.WriteLine($"{problem.DocumentId}: {problem.Failure.PropertyName}: {problem.Failure.ErrorMessage}");
/// </code>
/// </example>
public static class ThreadValidator
{
    private static readonly string TermIdPath = ContractNames.Of(typeof(Implementation), nameof(Implementation.TermId));
    private static readonly string NamePath = ContractNames.Of(typeof(Actor), nameof(Actor.Name));
    private static readonly string WikidataPath = ContractNames.Of(typeof(Actor), nameof(Actor.WikidataId));
    private static readonly string IdPath = ContractNames.Of(typeof(DiplomaticEvent), nameof(DiplomaticEvent.Id));

    /// <summary>Checks a thread.</summary>
    /// <param name="thread">The thread.</param>
    /// <returns>The errors and notices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thread"/> is <see langword="null"/>.</exception>
    public static ThreadValidationResult Validate(EventThread thread)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var errors = new List<ThreadProblem>();
        var notices = new List<ThreadProblem>();
        var indexes = thread.Documents.DistinctBy(d => d.Id).ToDictionary(d => d.Id, EventIndex.Create, StringComparer.Ordinal);
        var seenDocuments = new HashSet<string>(StringComparer.Ordinal);
        var firstActors = new Dictionary<string, (Actor Actor, string DocumentId)>(StringComparer.Ordinal);

        for (var d = 0; d < thread.Documents.Count; d++)
        {
            var document = thread.Documents[d];
            if (!seenDocuments.Add(document.Id))
            {
                Add(errors, d, document, IdPath, ErrorCodes.DuplicateId, document.Id, $"another document of the thread already has the id '{document.Id}'; document ids are unique within a thread.");
            }

            CheckActors(document, d, firstActors, errors);
            foreach (var (link, id) in EventIndex.Links(document))
            {
                if (!link.Reference.AllowsExternal || !ExternalId.TryParse(id, out var documentId, out var recordId) || documentId == document.Id)
                {
                    continue;
                }

                var path = $"{link.From.Kind.ListName}[{link.From.Position.ToString(CultureInfo.InvariantCulture)}].{link.Reference.PathAt(link.From.Record, link.Element)}";
                if (!indexes.TryGetValue(documentId, out var target))
                {
                    Add(notices, d, document, path, ErrorCodes.UnresolvedReference, id,
                        $"'{id}' names record '{recordId}' of document '{documentId}', which was not checked with this one; check the documents of the thread together to resolve it.", Severity.Info);
                }
                else if (document.ThreadId is null || target.Event.ThreadId != document.ThreadId)
                {
                    Add(errors, d, document, path, ErrorCodes.ThreadMismatch, id,
                        $"'{documentId}' belongs to {Thread(target.Event.ThreadId)} and this document to {Thread(document.ThreadId)}; references across documents stay within one thread (give both the same 'threadId').");
                }
                else if (!target.TryFind(recordId, out var found))
                {
                    Add(errors, d, document, path, ErrorCodes.DanglingReference, id,
                        $"document '{documentId}' has no record '{recordId}'.");
                }
                else if (!link.Reference.CanTarget(found.Kind))
                {
                    Add(errors, d, document, path, ErrorCodes.WrongReferenceKind, id,
                        $"'{recordId}' of document '{documentId}' is {CrossRecordRules.WithArticle(found.Kind.Noun)} ({found.Path}), which '{link.Reference.JsonName}' cannot name.");
                }
                else if (link.From.Record is Implementation { TermId: { Length: > 0 } termId } && found.Record is Agreement agreement && !agreement.Terms.Any(t => t?.Id == termId))
                {
                    Add(errors, d, document, $"{link.From.Kind.ListName}[{link.From.Position.ToString(CultureInfo.InvariantCulture)}].{TermIdPath}", ErrorCodes.DanglingReference, termId,
                        $"agreement '{id}' has no term '{termId}'; its terms: {string.Join(", ", agreement.Terms.Select(t => t?.Id).OfType<string>())}.");
                }
            }
        }

        return new ThreadValidationResult { Errors = [.. errors], Notices = [.. notices] };
    }

    private static void CheckActors(DiplomaticEvent document, int d, Dictionary<string, (Actor Actor, string DocumentId)> firstActors, List<ThreadProblem> errors)
    {
        for (var a = 0; a < document.Actors.Count; a++)
        {
            if (document.Actors[a] is not { Id: { } id } actor)
            {
                continue;
            }

            if (!firstActors.TryGetValue(id, out var first))
            {
                firstActors[id] = (actor, document.Id);
                continue;
            }

            var location = $"{RecordKinds.Actor.ListName}[{a.ToString(CultureInfo.InvariantCulture)}]";
            if (!SameName(first.Actor, actor))
            {
                Add(errors, d, document, $"{location}.{NamePath}", ErrorCodes.ActorConflict, actor.Name,
                    $"actor '{id}' is '{first.Actor.Name}' in document '{first.DocumentId}'; one id names one actor across a thread (add the other spelling to 'aliases', or use another id).");
            }
            else if (first.Actor.WikidataId is { } known && actor.WikidataId is { } other && known != other)
            {
                Add(errors, d, document, $"{location}.{WikidataPath}", ErrorCodes.ActorConflict, other,
                    $"actor '{id}' is Wikidata {known} in document '{first.DocumentId}', not {other}; one id names one actor across a thread.");
            }
        }
    }

    private static bool SameName(Actor first, Actor other) =>
        first.Name == other.Name || first.Aliases.Contains(other.Name) || other.Aliases.Contains(first.Name);

    private static string Thread(string? threadId) => threadId is null ? "no thread" : $"thread '{threadId}'";

    private static void Add(List<ThreadProblem> problems, int index, DiplomaticEvent document, string path, string code, object? value, string message, Severity severity = Severity.Error) =>
        problems.Add(new ThreadProblem
        {
            DocumentIndex = index,
            DocumentId = document.Id,
            Failure = new ValidationFailure(path, message, value) { ErrorCode = code, Severity = severity },
        });
}
