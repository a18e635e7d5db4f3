#if PEACEMODEL_BASELINE
extern alias baseline;
#endif
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PeaceModel.Serialization;

namespace PeaceModel.Benchmarks;

/// <summary>Reading one event of each workload: PeaceModel (and the version before, when built with one), the baselines, and the raw-reader floor.</summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private byte[] utf8 = [];
    private string text = string.Empty;

    [ParamsSource(typeof(Workloads), nameof(Workloads.Names))]
    public string Workload { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        var diplomaticEvent = Workloads.Named(Workload);
        utf8 = Workloads.Utf8(diplomaticEvent);
        text = Encoding.UTF8.GetString(utf8);
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader floor")]
    public long Floor()
    {
        var reader = new Utf8JsonReader(utf8);
        long touched = 0;
        while (reader.Read())
        {
            touched += reader.ValueSpan.Length + (int)reader.TokenType;
        }

        return touched;
    }

    [Benchmark(Description = "PeaceModelJson read")]
    public object PeaceModel() => PeaceModelJson.Deserialize(utf8);

#if PEACEMODEL_BASELINE
    [Benchmark(Description = "PeaceModelJson read, before")]
    public object PeaceModelBefore() => baseline::PeaceModel.Serialization.PeaceModelJson.Deserialize(utf8);
#endif

    [Benchmark(Description = "System.Text.Json reflection read")]
    public object StjReflection() => JsonSerializer.Deserialize<DiplomaticEvent>(utf8, Baselines.Reflection)!;

    [Benchmark(Description = "Newtonsoft.Json read")]
    public object Newtonsoft() => global::Newtonsoft.Json.JsonConvert.DeserializeObject<DiplomaticEvent>(text, Baselines.Newtonsoft)!;
}
