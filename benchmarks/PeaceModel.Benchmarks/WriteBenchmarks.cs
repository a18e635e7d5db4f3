using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PeaceModel.Serialization;

namespace PeaceModel.Benchmarks;

/// <summary>Writing one event of each workload to UTF-8.</summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private DiplomaticEvent diplomaticEvent = Workloads.Seed;

    [Params("seed", "typical", "large", "huge")]
    public string Workload { get; set; } = "seed";

    [GlobalSetup]
    public void Setup() =>
        diplomaticEvent = Workloads.Named(Workload);

    [Benchmark(Baseline = true, Description = "PeaceModelJson write")]
    public byte[] PeaceModel() => PeaceModelJson.SerializeToUtf8Bytes(diplomaticEvent);

    [Benchmark(Description = "System.Text.Json reflection write")]
    public byte[] StjReflection() => JsonSerializer.SerializeToUtf8Bytes(diplomaticEvent, Baselines.Reflection);

    [Benchmark(Description = "Newtonsoft.Json write")]
    public string Newtonsoft() => global::Newtonsoft.Json.JsonConvert.SerializeObject(diplomaticEvent, global::Newtonsoft.Json.Formatting.Indented, Baselines.Newtonsoft);
}
