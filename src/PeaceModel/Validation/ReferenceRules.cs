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

    /// <summary>Every id slot of every declared link, in the order of <see cref="EventIndex.Links"/>, walked without an iterator; a path is built only for a failure.</summary>
    private void CheckReferences()
    {
        var diplomaticEvent = Event;
        var kinds = RecordKinds.All;
        for (var k = 0; k < kinds.Count; k++)
        {
            var kind = kinds[k];
            var references = kind.References;
            if (references.Count == 0)
            {
                continue;
            }

            var count = kind.Count(diplomaticEvent);
            for (var i = 0; i < count; i++)
            {
                if (kind.At(diplomaticEvent, i) is not { } record)
                {
                    continue;
                }

                for (var r = 0; r < references.Count; r++)
                {
                    var reference = references[r];
                    var slots = reference.Count(record);
                    for (var j = 0; j < slots; j++)
                    {
                        Reference(reference.IdAt(record, j), kind, i, record, reference, reference.IsMany ? j : -1);
                    }
                }
            }
        }
    }

    private void Reference(string? id, RecordKind kind, int position, IDiplomaticRecord record, RecordReference reference, int element)
    {
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
                    Fail(new RecordLocation(kind, position, reference.PathAt(record, element)), ErrorCodes.ThreadMismatch, id,
                        $"'{id}' names a record of document '{documentId}', but this document belongs to no thread; references across documents stay within one thread (give both documents the same 'threadId').");
                }

                return; // A record of another document: resolved when the thread is checked (ThreadValidator).
            }

            id = recordId; // This document's own record, named the long way.
        }

        if (!Index.TryFind(id, out var entry))
        {
            Fail(new RecordLocation(kind, position, reference.PathAt(record, element)), ErrorCodes.UnknownReference, id, $"'{id}' names no {Describe(reference)}; {KnownIds(reference)}.");
        }
        else if (!reference.CanTarget(entry.Kind))
        {
            Fail(new RecordLocation(kind, position, reference.PathAt(record, element)), ErrorCodes.WrongReferenceKind, id,
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
}
