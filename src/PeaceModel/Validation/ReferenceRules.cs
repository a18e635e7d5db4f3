using FluentValidation.Results;
using PeaceModel.Kinds;
using PeaceModel.Serialization;

namespace PeaceModel.Validation;

/// <summary>Ids are unique across kinds, and every declared link names a record of a kind it may name (or, where allowed, a record of another document of the thread).</summary>
internal sealed class ReferenceRules(EventIndex index, Action<ValidationFailure> report) : CrossRecordRuleSet(index, report)
{
    private static readonly string IdPath = ContractNames.Of(typeof(Actor), nameof(Actor.Id));

    public override void Check()
    {
        CheckUniqueIds();
        CheckReferences();
    }

    private void CheckUniqueIds()
    {
        foreach (var duplicate in Index.Duplicates)
        {
            var id = duplicate.Record.Id;
            Index.TryFind(id, out var first);
            Fail($"{duplicate.Path}.{IdPath}", ErrorCodes.DuplicateId, id,
                $"'{id}' is already the id of {first.Path}; ids are unique within the event, across all kinds of record.");
        }
    }

    /// <summary>Every id slot of every declared link (<see cref="EventIndex.Links"/>); a path is built only for a failure.</summary>
    private void CheckReferences()
    {
        foreach (var (link, id) in EventIndex.Links(Event))
        {
            Reference(id, link);
        }
    }

    private void Reference(string? id, IncomingReference link)
    {
        var reference = link.Reference;
        if (string.IsNullOrEmpty(id))
        {
            return; // Absent or blank ids are the record validators' to report.
        }

        if (reference.AllowsExternal && ExternalId.TryParse(id, out var documentId, out var recordId))
        {
            if (documentId != Event.Id)
            {
                if (Event.ThreadId is null)
                {
                    Fail(Where(link), ErrorCodes.ThreadMismatch, id,
                        $"'{id}' names a record of document '{documentId}', but this document belongs to no thread; references across documents stay within one thread (give both documents the same 'threadId').");
                }

                return; // A record of another document: resolved when the thread is checked (ThreadValidator).
            }

            id = recordId; // This document's own record, named the long way.
        }

        if (!Index.TryFind(id, out var entry))
        {
            Fail(Where(link), ErrorCodes.UnknownReference, id, $"'{id}' names no {Describe(reference)}; {KnownIds(reference)}.");
        }
        else if (!reference.CanTarget(entry.Kind))
        {
            Fail(Where(link), ErrorCodes.WrongReferenceKind, id,
                $"'{id}' names {WithArticle(entry.Kind.Noun)} ({entry.Path}); expected {WithArticle(Describe(reference))}.");
        }
    }

    /// <summary>Lists the ids of the kinds a reference may name, for the message of a failed look-up (only then: it is not on the hot path).</summary>
    private string KnownIds(RecordReference reference)
    {
        const int Shown = 12;
        var ids = EventIndex.Records(Event)
            .Where(entry => reference.CanTarget(entry.Kind) && Index.TryFind(entry.Record.Id, out var first) && first == entry)
            .Select(entry => entry.Record.Id)
            .ToList();

        if (ids.Count == 0)
        {
            return $"the event has no {Describe(reference)}";
        }

        var list = string.Join(", ", ids.Take(Shown));
        return $"known: {list}{(ids.Count > Shown ? $" and {ids.Count - Shown} more" : string.Empty)}";
    }

    /// <summary>The nouns of the kinds a reference may name, joined with "or": <c>proposal, statement or condition</c>.</summary>
    private static string Describe(RecordReference reference)
    {
        var names = RecordKinds.All.Where(reference.CanTarget).Select(k => k.Noun).ToList();
        return names.Count < 2 ? string.Concat(names) : string.Join(", ", names[..^1]) + " or " + names[^1];
    }

    /// <summary>Where a link stands, for a failure (built only then: every slot of every event is checked).</summary>
    private static RecordLocation Where(IncomingReference link) =>
        new(link.From.Kind, link.From.Position, link.Reference.PathAt(link.From.Record, link.Element));
}
