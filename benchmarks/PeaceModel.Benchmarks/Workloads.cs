using System.Text;
using PeaceModel.Cli.Synthetic;
using PeaceModel.Serialization;

namespace PeaceModel.Benchmarks;

/// <summary>The inputs every benchmark shares, built once: the seed, a corpus of typical events, and one 10x event.</summary>
public static class Workloads
{
    public const int CorpusSize = 10_000;

    public static DiplomaticEvent Seed { get; } = PeaceModelJson.Deserialize(File.ReadAllText(FindSeed()));

    /// <summary>10,000 synthetic events of typical shape (6 statements, 2 proposals, 2 conditions, 4 reactions), from seed number 2025.</summary>
    public static DiplomaticEvent[] Corpus { get; } = Generate(CorpusSize, scale: 1);

    /// <summary>One event ten times the typical size.</summary>
    public static DiplomaticEvent Large { get; } = new SyntheticEvents(7).Next(0, scale: 10);

    /// <summary>Gets an event with a hundred times the typical event's records (the 100x workload).</summary>
    public static DiplomaticEvent Huge { get; } = new SyntheticEvents(7).Next(0, scale: 100);

    /// <summary>Gets a workload by its name in the benchmarks' parameters: seed, typical, large (10x), huge (100x).</summary>
    public static DiplomaticEvent Named(string name) => name switch
    {
        "seed" => Seed,
        "typical" => Typical,
        "large" => Large,
        "huge" => Huge,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "seed, typical, large or huge"),
    };

    /// <summary>One typical event, the same generator's first.</summary>
    public static DiplomaticEvent Typical { get; } = new SyntheticEvents(7).Next(0, scale: 1);

    public static byte[] Utf8(DiplomaticEvent diplomaticEvent) => Encoding.UTF8.GetBytes(PeaceModelJson.Serialize(diplomaticEvent));

    private static DiplomaticEvent[] Generate(int count, int scale)
    {
        var generator = new SyntheticEvents(2025);
        return [.. Enumerable.Range(0, count).Select(i => generator.Next(i, scale))];
    }

    private static string FindSeed()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "seeds", "000_f59af2df9e05eeb5.json");
            if (File.Exists(seed))
            {
                return seed;
            }
        }

        throw new FileNotFoundException("seeds/000_f59af2df9e05eeb5.json not found above " + AppContext.BaseDirectory);
    }
}
