using PeaceModel.Cli.Synthetic;
using PeaceModel.Kinds;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Storage.Tests.Support;

/// <summary>Documents for the store tests: the modeled episodes of the repository, and generated threads.</summary>
internal static class Documents
{
    public const string Ceasefire = "port-amrel-ceasefire-2026-04-14";

    public const string BreachClaims = "port-amrel-breach-claims-2026-04-20";

    public const string Thread = "port-amrel-process";

    public static DiplomaticEvent Episode(string name) => PeaceModelJson.Deserialize(File.ReadAllText(RepositoryFiles.EpisodePath(name, ".json")));

    public static string EpisodeJson(string name) => File.ReadAllText(RepositoryFiles.EpisodePath(name, ".json"));

    public static DiplomaticEvent Seed() => PeaceModelJson.Deserialize(RepositoryFiles.ReadSeedJson());

    public static byte[] Canonical(DiplomaticEvent document) => PeaceModelJson.SerializeToUtf8Bytes(document);

    /// <summary>
    /// Generated documents in <paramref name="threads"/> threads: actors named the same in every document (so that each
    /// thread is valid), and in each thread, by date, each document's first reaction answers the first proposal of the
    /// document before it when that is at least five days older (a reference across documents).
    /// </summary>
    public static List<DiplomaticEvent> Threads(int count, int threads, int seed)
    {
        var generator = new SyntheticEvents(seed);
        var documents = Enumerable.Range(0, count)
            .Select(i => generator.Next(i))
            .Select((d, i) => d with
            {
                ThreadId = threads > 0 ? $"thread-{seed}-{i % threads}" : null,
                Actors = [.. d.Actors.Select(a => a with { Name = $"Actor {a.Id}", Aliases = [] })],
            })
            .ToList();
        if (threads == 0)
        {
            return documents;
        }

        var byId = documents.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        foreach (var thread in documents.GroupBy(d => d.ThreadId).Select(g => g.OrderBy(d => d.Date.FirstDay).ThenBy(d => d.Id, StringComparer.Ordinal).ToList()))
        {
            for (var k = 1; k < thread.Count; k++)
            {
                var (previous, current) = (thread[k - 1], thread[k]);
                if (current.Date.FirstDay > previous.Date.LastDay.AddDays(5) && current.Reactions.Count > 0 && previous.Proposals.Count > 0)
                {
                    documents[byId[current.Id]] = current with
                    {
                        Reactions = [current.Reactions[0] with { TargetId = ExternalId.Create(previous.Id, previous.Proposals[0].Id) }, .. current.Reactions.Skip(1)],
                    };
                }
            }
        }

        return documents;
    }

    /// <summary>The records of a document as (document id, record id) pairs, from the declarations: what a query should find.</summary>
    public static IEnumerable<(string Document, string Record)> Records(DiplomaticEvent document, RecordKind? kind = null) =>
        (kind is null ? RecordKinds.All : [kind]).SelectMany(k => k.GetRecords(document)).Select(r => (document.Id, r.Id));
}
