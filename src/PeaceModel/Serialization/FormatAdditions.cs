using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>
/// What each minor version of the format adds: the one list of the members and enum values a document
/// of an older minor version may not hold. A 2.0 document is read unchanged, its version included, so
/// a member added in 2.1 in a document that declares 2.0 would be written back under a version that has
/// no such member; validation refuses it with the path of the member (PM0017).
/// </summary>
internal static class FormatAdditions
{
    /// <summary>The version the additions below belong to.</summary>
    public const string Version = "2.1";

    private static readonly (Type Type, string Member)[] Members =
    [
        (typeof(DiplomaticEvent), nameof(DiplomaticEvent.Votes)),
        (typeof(DiplomaticEvent), nameof(DiplomaticEvent.Commitments)),
        (typeof(Meeting), nameof(Meeting.Duration)),
        (typeof(Meeting), nameof(Meeting.Pauses)),
        (typeof(Meeting), nameof(Meeting.Agenda)),
        (typeof(Meeting), nameof(Meeting.ProducedIds)),
        (typeof(Meeting), nameof(Meeting.UnresolvedIds)),
        (typeof(Participant), nameof(Participant.Course)),
        (typeof(Participant), nameof(Participant.CourseDate)),
        (typeof(Agreement), nameof(Agreement.Kind)),
        (typeof(Agreement), nameof(Agreement.VerifierIds)),
        (typeof(Agreement), nameof(Agreement.Links)),
        (typeof(Proposal), nameof(Proposal.Points)),
        (typeof(Proposal), nameof(Proposal.PointCount)),
        (typeof(Proposal), nameof(Proposal.Links)),
        (typeof(Reaction), nameof(Reaction.PointIds)),
        (typeof(Term), nameof(Term.Phase)),
        (typeof(Term), nameof(Term.StartsAt)),
        (typeof(Term), nameof(Term.EndsAt)),
        (typeof(Term), nameof(Term.OnlyIf)),
        (typeof(Term), nameof(Term.Area)),
        (typeof(Implementation), nameof(Implementation.CommitmentId)),
        (typeof(Implementation), nameof(Implementation.VerifiedById)),
        (typeof(Statement), nameof(Statement.UnnamedSpeaker)),
        (typeof(Statement), nameof(Statement.RelayedByIds)),
        (typeof(Meeting), nameof(Meeting.InitiatorId)),
        (typeof(Claim), nameof(Claim.ConflictsWithIds)),
        (typeof(Claim), nameof(Claim.Terms)),
        (typeof(SourceDocument), nameof(SourceDocument.UpdatedAt)),
        (typeof(SourceDocument), nameof(SourceDocument.Dateline)),
        (typeof(SourceDocument), nameof(SourceDocument.PublishedAt)),
        (typeof(Quotation), nameof(Quotation.Unclosed)),
        (typeof(EventDate), nameof(EventDate.AnchorId)),
    ];

    private static readonly Enum[] Values =
    [
        MeetingStatus.Ongoing, MeetingStatus.Suspended, MeetingStatus.Resumed, MeetingStatus.Collapsed, MeetingStatus.AgreedInPrinciple,
        MeetingKind.Session,
        SigningAct.NotReported,
        Stance.Negotiate, Stance.Undisclosed,
        ActorKind.Media,
        ClaimKind.Credit, ClaimKind.Forecast,
    ];

    private static readonly Lazy<HashSet<(Type, string)>> ByJsonName = new(() => [.. Members.Select(m => (m.Type, ContractNames.Of(m.Type, m.Member)))]);

    private static readonly JsonSerializerOptions Options = SerializerOptions.Create(indented: false);

    /// <summary>The JSON paths, in document order, of what <paramref name="diplomaticEvent"/> holds that its declared version does not have.</summary>
    public static IEnumerable<string> NewerThanDeclared(DiplomaticEvent diplomaticEvent)
    {
        ArgumentNullException.ThrowIfNull(diplomaticEvent);
        if (diplomaticEvent.SchemaVersion is not { } declared || string.CompareOrdinal(declared, Version) >= 0 || !declared.StartsWith("2.", StringComparison.Ordinal))
        {
            return [];
        }

        var found = new List<string>();
        Walk(diplomaticEvent, Options.GetTypeInfo(typeof(DiplomaticEvent)), "$", found);
        return found;
    }

    private static void Walk(object value, JsonTypeInfo info, string path, List<string> found)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    if (property.Get?.Invoke(value) is not { } member || member is IValueList { Count: 0 } or false)
                    {
                        continue;
                    }

                    var at = $"{path}.{property.Name}";
                    if (ByJsonName.Value.Contains((info.Type, property.Name)))
                    {
                        found.Add(at);
                        continue;
                    }

                    Value(member, at, found);
                }

                break;
            case JsonTypeInfoKind.Enumerable when value is IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        Value(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), found);
                    }

                    index++;
                }

                break;
        }
    }

    private static void Value(object value, string path, List<string> found)
    {
        if (value is Enum member)
        {
            if (Array.IndexOf(Values, member) >= 0)
            {
                found.Add(path);
            }
        }
        else if (value is not string && value.GetType().Namespace == typeof(DiplomaticEvent).Namespace)
        {
            Walk(value, Options.GetTypeInfo(value.GetType()), path, found);
        }
    }
}
