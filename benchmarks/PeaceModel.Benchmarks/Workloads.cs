using System.Text;
using PeaceModel.Cli.Synthetic;
using PeaceModel.Validation;
using PeaceModel.Serialization;

namespace PeaceModel.Benchmarks;

/// <summary>
/// The inputs every benchmark shares, built once: the seed, a typical synthetic event, one of 10x and one
/// of 100x its records, and a JSON Lines stream of typical events. Every workload is valid, so the
/// benchmarks measure the path users take most, not error reporting.
/// </summary>
public static class Workloads
{
    /// <summary>The number of events in <see cref="JsonLines"/>.</summary>
    public const int JsonLinesCount = 2_000;

    public static DiplomaticEvent Seed { get; } = PeaceModelJson.Deserialize(File.ReadAllText(FindSeed()));

    /// <summary>Gets <see cref="JsonLinesCount"/> synthetic events of typical shape from seed number 2025, as one JSON Lines stream.</summary>
    public static byte[] JsonLines { get; } = Lines(new SyntheticEvents(2025), JsonLinesCount);

    /// <summary>One event ten times the typical size.</summary>
    public static DiplomaticEvent Large { get; } = new SyntheticEvents(7).Next(0, scale: 10);

    /// <summary>Gets an event with a hundred times the typical event's records (the 100x workload).</summary>
    public static DiplomaticEvent Huge { get; } = new SyntheticEvents(7).Next(0, scale: 100);

    /// <summary>
    /// Gets the names of the workloads the benchmarks run: all four, or those listed in the environment
    /// variable <c>PEACEMODEL_WORKLOADS</c> (such as <c>typical,large</c>, for a longer run of a few).
    /// </summary>
    public static IEnumerable<string> Names =>
        Environment.GetEnvironmentVariable("PEACEMODEL_WORKLOADS")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        ?? ["seed", "typical", "large", "huge"];

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

    /// <summary>Gets the canonical UTF-8 JSON of a workload, after checking that it is valid.</summary>
    public static byte[] Utf8(DiplomaticEvent diplomaticEvent)
    {
        var result = new DiplomaticEventValidator().Validate(diplomaticEvent);
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"Workload {diplomaticEvent.Id} is not valid: {result}");
        }

        return Encoding.UTF8.GetBytes(PeaceModelJson.Serialize(diplomaticEvent));
    }

    private static byte[] Lines(SyntheticEvents generator, int count)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            lines.Append(PeaceModelJson.SerializeLine(generator.Next(i)));
        }

        return Encoding.UTF8.GetBytes(lines.ToString());
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
