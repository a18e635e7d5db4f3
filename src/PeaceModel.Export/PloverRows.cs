using System.Globalization;
using System.Text.Json;
using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Storage;

namespace PeaceModel.Export;

/// <summary>
/// The rows of a document: one per coded record, every record taken through the store's projection
/// (<see cref="RecordProjection"/>: kinds from <see cref="RecordKinds.All"/>, dates from <see cref="RecordKind.GetDates"/>,
/// actors and links by role from the declared references), its codes and place as its kind declares them
/// (<see cref="RecordKind.GetCodes"/>, <see cref="RecordKind.GetPlace"/>), never listed per kind.
/// </summary>
internal static class PloverRows
{
    public const string Coder = "PeaceModel";

    private static readonly string AuthorRole = RecordProjection.RoleName(ReferenceRole.Author);
    private static readonly string ParticipantRole = RecordProjection.RoleName(ReferenceRole.Participant);
    private static readonly string AddresseeRole = RecordProjection.RoleName(ReferenceRole.Addressee);
    private static readonly string AudienceRole = RecordProjection.RoleName(ReferenceRole.Audience);
    private static readonly string SourceRole = RecordProjection.RoleName(ReferenceRole.Source);

    public static IEnumerable<PloverRow> Rows(DiplomaticEvent document, long? version, DateTimeOffset? storedAt, DateOnly asOf)
    {
        var projection = RecordProjection.Project(document);
        var records = new List<(RecordKind Kind, IDiplomaticRecord Record)>();
        foreach (var kind in RecordKinds.All)
        {
            foreach (var record in kind.GetRecords(document))
            {
                if (record?.Id is not null)
                {
                    records.Add((kind, record));
                }
            }
        }

        var actors = RecordKinds.Actor.GetRecords(document).OfType<Actor>().GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var sources = RecordKinds.Source.GetRecords(document).OfType<SourceDocument>().GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Dictionary<string, string>? statuses = null;
        for (var i = 0; i < projection.Records.Count; i++)
        {
            var (kind, record) = records[i];
            var projected = projection.Records[i];
            var codes = kind.GetCodes(record);
            if (codes.Count == 0)
            {
                continue;
            }

            statuses ??= Statuses(document, asOf);
            var plover = codes.FirstOrDefault(c => c.Scheme == EventCodeScheme.Plover);
            var cited = projected.Links.Where(l => l.Role == SourceRole && l.Document == document.Id && sources.ContainsKey(l.Record)).Select(l => sources[l.Record]).ToList();
            var place = kind.GetPlace(record);
            yield return new PloverRow
            {
                Id = $"{document.Id}/{record.Id}",
                Date = projected.FirstDay is { } first ? DateOnly.FromDayNumber(first) : null,
                EndDate = projected.LastDay is { } last && last != projected.FirstDay ? DateOnly.FromDayNumber(last) : null,
                Time = projected.Instant is { } instant ? DateTimeOffset.FromUnixTimeMilliseconds(instant).UtcDateTime : null,
                Actor = Entities(projected, actors, AuthorRole, ParticipantRole),
                Recipient = Entities(projected, actors, AddresseeRole, AudienceRole),
                Event = plover?.Code,
                Mode = plover?.Mode,
                Context = plover is null ? [] : [.. plover.Contexts],
                QuadCode = plover is null ? null : PloverEventTypes.QuadClassOf(plover.Code),
                EventLocation = place is null ? null : new PloverPlace { Name = place.Name, Country = place.Country, WikidataId = place.WikidataId },
                EventText = kind.GetSummary(record),
                Link = document.ThreadId,
                CiteInfo = [.. cited.Select(Citation)],
                Source = cited.Count == 0 ? null : string.Join("; ", cited.Select(s => s.Publisher).OfType<string>().Distinct(StringComparer.Ordinal)) is { Length: > 0 } publishers ? publishers : null,
                CodedDate = storedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null,
                Version = plover?.Version,
                CameoCode = codes.FirstOrDefault(c => c.Scheme == EventCodeScheme.Cameo)?.Code,
                Codes = [.. codes.Select(c => $"{Name(c.Scheme)}:{c.Version}:{c.Code}{(c.Mode is { } mode ? "/" + mode : string.Empty)}")],
                DocumentId = document.Id,
                DocumentVersion = version,
                RecordId = record.Id,
                RecordKind = kind.ListName,
                Status = statuses.GetValueOrDefault(record.Id),
            };
        }
    }

    private static List<PloverEntity> Entities(ProjectedRecord record, Dictionary<string, Actor> actors, string role, string fallbackRole)
    {
        var ids = record.Actors.Where(a => a.Role == role).Select(a => a.ActorId).ToList();
        if (ids.Count == 0)
        {
            ids = [.. record.Actors.Where(a => a.Role == fallbackRole).Select(a => a.ActorId)];
        }

        return [.. ids.Distinct(StringComparer.Ordinal).Select(id => Entity(id, actors.GetValueOrDefault(id)))];
    }

    private static PloverEntity Entity(string id, Actor? actor)
    {
        var cameo = actor?.CameoCode;
        return new PloverEntity
        {
            ActorId = id,
            Text = actor?.Name,
            Code = actor?.Country ?? (cameo is { Length: >= 3 } ? cameo[..3] : null),
            Sector = cameo is { Length: > 3 } ? cameo[3..] : null,
            WikidataId = actor?.WikidataId,
        };
    }

    private static string Citation(SourceDocument source) => string.Join(
        ", ",
        new[] { source.Title, source.Publisher, string.Create(CultureInfo.InvariantCulture, $"{source.PublishedOn:yyyy-MM-dd}"), source.Url }.Where(part => !string.IsNullOrEmpty(part)));

    /// <summary>Proposal and agreement statuses as of a day, by record id, as the analysis finds them.</summary>
    private static Dictionary<string, string> Statuses(DiplomaticEvent document, DateOnly asOf)
    {
        var analysis = EpisodeAnalysis.Analyze(EventIndex.Create(document), asOf);
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var proposal in analysis.Proposals)
        {
            statuses[proposal.Proposal.Id] = Name(proposal.Status);
        }

        foreach (var agreement in analysis.Agreements)
        {
            statuses[agreement.Agreement.Id] = Name(agreement.Status);
        }

        return statuses;
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
