using CsCheck;
using PeaceModel.Tests.Properties;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Storage;

/// <summary>
/// The events every store must give back unchanged: the seed, and generated ones with nasty text
/// (deterministic). PostgreSQL's jsonb cannot hold U+0000 at all (it refuses it loudly; see
/// <see cref="PostgresStorageTests"/>), so these events carry none.
/// </summary>
internal static class StoredEvents
{
    public static IReadOnlyList<DiplomaticEvent> All { get; } =
        [TestData.Seed, .. Generators.ValidEvent.Array[60].Generate(new PCG(20250511), null, out _)
            .Where(e => !PeaceModel.Serialization.PeaceModelJson.Serialize(e).Contains("\\u0000", StringComparison.Ordinal))
            .Take(40)
            .Select((e, i) => e with { Id = $"generated-{i}" })];
}
