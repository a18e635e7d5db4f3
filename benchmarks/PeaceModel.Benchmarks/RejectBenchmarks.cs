using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PeaceModel.Serialization;

namespace PeaceModel.Benchmarks;

/// <summary>
/// Rejecting bad input: the throwing read with the exception caught, against the non-throwing
/// <c>TryDeserialize</c>, on the seed damaged in the ways incoming data is usually wrong.
/// </summary>
[MemoryDiagnoser]
public class RejectBenchmarks
{
    private byte[] utf8 = [];

    /// <summary>Gets the damages: an unknown property, a missing required one, an unknown enum name, a wrong type, text that is not JSON.</summary>
    public static IEnumerable<string> Damages => ["unknown-property", "missing-required", "unknown-enum", "wrong-type", "not-json"];

    [ParamsSource(nameof(Damages))]
    public string Damage { get; set; } = "unknown-property";

    [GlobalSetup]
    public void Setup()
    {
        var seed = Encoding.UTF8.GetString(Workloads.Utf8(Workloads.Named("seed")));
        var damaged = Damage switch
        {
            "unknown-property" => seed.Replace("\"title\":", "\"titel\": \"x\",\n  \"title\":", StringComparison.Ordinal),
            "missing-required" => seed.Replace("\"title\":", "\"unused\":", StringComparison.Ordinal),
            "unknown-enum" => seed.Replace("\"kind\": \"person\"", "\"kind\": \"persn\"", StringComparison.Ordinal),
            "wrong-type" => seed.Replace("\"title\": \"", "\"title\": 1, \"x\": \"", StringComparison.Ordinal),
            _ => seed[..(seed.Length / 2)],
        };
        utf8 = Encoding.UTF8.GetBytes(damaged);
        if (PeaceModelJson.TryDeserialize(utf8, out _, out _))
        {
            throw new InvalidOperationException($"the damage '{Damage}' left a readable event");
        }
    }

    [Benchmark(Baseline = true, Description = "Deserialize, exception caught")]
    public object? Catch()
    {
        try
        {
            return PeaceModelJson.Deserialize(utf8);
        }
        catch (JsonException ex)
        {
            return ex;
        }
    }

    [Benchmark(Description = "TryDeserialize")]
    public object? Try() => PeaceModelJson.TryDeserialize(utf8, out var read, out var error) ? read : error;
}
